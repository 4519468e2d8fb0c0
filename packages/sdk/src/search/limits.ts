// How much of a query is searched: a pasted page is searched by its beginning. Kept apart from the engine so that a
// page can set its search field's `maxlength` without loading the search.

/** The longest query searched, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** The most words of a query searched. */
export const MAX_QUERY_WORDS = 12;
/** The longest word searched as typed; a longer one is cut (no real word is longer, and typo search costs its square). */
export const MAX_WORD_LENGTH = 40;
