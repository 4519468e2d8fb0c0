// The child's age in a parent's own words: "5-åringen", "treåringen", "sønnen på 14", "14 år", "tenåring", "baby",
// "gravid", "my 5 year old", "toddler", in bokmål, nynorsk and English. The search ranks records made for other ages
// below those that fit, and the finder shows the age it read so the reader can take it away.
import { Memo } from '../internal/memo.js';

/** An age read from a query: the years it spans, or the time before birth, and where the query says it. */
export interface QueryAge {
  /** The youngest and oldest age meant, in whole years. */
  readonly min: number;
  readonly max: number;
  /** The query is about expecting a child ("gravid", "venter barn", "expecting"). */
  readonly fromPregnancy?: true;
  /** What the query says, as typed ("5-åringen", "tenåring"). */
  readonly text: string;
  /**
   * Where the query says it, `[start, end)` of each phrase. Phrases of numbers ("14 år", "5-åringen") are taken out of
   * what is searched; words ("tenåring", "baby") are searched too, as they name the topics of those ages.
   */
  readonly spans: readonly (readonly [number, number, 'number' | 'word'])[];
}

/** Numbers as words, for "treåringen", "sjuåring", "fjorten år". */
const NORWEGIAN_NUMBERS: Record<string, number> = {
  ett: 1,
  ein: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
};
/** And for "five year old", "a 13-year-old". */
const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
};
const NUMBER_WORDS = { ...NORWEGIAN_NUMBERS, ...ENGLISH_NUMBERS };
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** Before "-åring", only Norwegian numbers: "tenåring" is a teenager, not a ten-year-old. */
const NUMBER_NORWEGIAN = `(\\d{1,2}|${Object.keys(NORWEGIAN_NUMBERS).join('|')})`;
/** A child, as a parent names them before saying the age ("sønnen min på 14", "my son is 14", "jenta (15)"). */
const CHILD =
  '(?:sønn(?:en)?|sonen|son|datter(?:en)?|dotter(?:a)?|daughter|jent(?:a|en|e)|gutt(?:en)?|gut(?:en)?|boy|girl|barn(?:et)?|born(?:et)?|ung(?:en|e)|child|kid)';
/** Age words and the years they mean; the first that matches a word wins. */
const AGE_WORDS: [RegExp, number, number, boolean?][] = [
  [/^(?:tenåring|tenaring|teen|teenage|adolescen|ungdom|ungdomsskole|ungdomsskule)/, 13, 18],
  [/^(?:gravid|pregnan|førstegangsfødende|førstegongsfødande|vordende|expecting|svangerskap)/, 0, 0, true],
  [/^(?:baby|babyer|babyen|spedbarn|spedborn|nyfødt|nyfødd|newborn|infant)/, 0, 1],
  [/^(?:toddler|smårolling)/, 1, 3],
  [/^(?:småbarn|småborn)/, 0, 5],
  [/^(?:barnehagebarn|førskolebarn|preschool)/, 1, 5],
  [/^(?:skolebarn|skuleborn|schoolchild|barneskole|barneskule)/, 6, 12],
];
/** Words before a number of years that make it a length of time, not an age: "i 2 år", "for 3 years". */
const DURATION = /(?:^|\s)(?:i|for|in|over|siden|sidan|etter|på over|om|ago|since)\s*$/;

/** The patterns below, compiled once: a search reads the age at every keystroke. */
const compiled = new Map<string, RegExp>();

const number = (text: string) => (/^\d+$/.test(text) ? Number(text) : (NUMBER_WORDS[text] ?? NaN));

/** Ages read, by query: the finder and both of its searches ask about the same query at every keystroke. */
const read = new Memo<string, QueryAge | undefined>(32);

/**
 * The child's age a query states, or undefined: "5-åringen" (5), "treåringen" (3), "sønnen på 14" (14), "14 år" (not
 * "i 2 år"), "8 måneder" (0), "tenåring" (13–18), "baby" (0–1), "gravid" and "venter barn" (before birth), "my 5 year
 * old", "toddler" (1–3). Several ages ("3 og 7 år") span from the youngest to the oldest.
 *
 * ```ts
 * queryAge('hva gjør vi når 5-åringen får sinneutbrudd'); // { min: 5, max: 5, text: '5-åringen', … }
 * ```
 */
export function queryAge(query: string): QueryAge | undefined {
  return read.get(query, readAge);
}

/** {@link queryAge}, worked out. The result is shared by every caller that asks about the query, so it is frozen. */
function readAge(query: string): QueryAge | undefined {
  // Lower case letter by letter, so that every offset stays that of the query.
  const text = [...query].map((letter) => (letter.toLowerCase().length === letter.length ? letter.toLowerCase() : letter)).join('');
  const found: { min: number; max: number; fromPregnancy?: boolean; start: number; end: number; kind: 'number' | 'word' }[] = [];
  const add = (min: number, max: number, start: number, end: number, kind: 'number' | 'word', fromPregnancy?: boolean) => {
    if (!(min >= 0 && max <= 18 && min <= max)) return;
    if (found.some((age) => start < age.end && end > age.start)) return;
    found.push({ min, max, start, end, kind, ...(fromPregnancy ? { fromPregnancy } : {}) });
  };
  const each = (pattern: string, then: (match: RegExpExecArray) => void) => {
    let regex = compiled.get(pattern);
    if (!regex) compiled.set(pattern, (regex = new RegExp(pattern, 'gu')));
    for (const match of text.matchAll(regex)) then(match as RegExpExecArray);
  };
  const edge = '(?<![\\p{L}\\p{N}])';
  const end = '(?![\\p{L}\\p{N}])';
  // "5-åringen", "treåringen", "14åringen", "fem-åring".
  each(`${edge}${NUMBER_NORWEGIAN}\\s?-?\\s?(?:åring|aring|åging)\\p{L}*`, (match) => {
    const years = number(match[1] as string);
    add(years, years, match.index, match.index + match[0].length, 'number');
  });
  // "8 måneder", "4 mnd", "10 months old": under a year is 0, and so on.
  each(`${edge}(\\d{1,2})\\s?(?:måneder|månader|måneders|månaders|mnd|months?)(?:\\s?-?\\s?old)?${end}`, (match) => {
    const years = Math.floor(Number(match[1]) / 12);
    add(years, years, match.index, match.index + match[0].length, 'number');
  });
  // "14 år", "14 år gammel", "5 year old", "5-year-old", "13yo"; not a length of time ("i 2 år").
  each(`${edge}${NUMBER}\\s?-?\\s?(?:år|aar|års|years?|yrs?|yo|y/o)(?:\\s?-?\\s?(?:gammel|gamal|gammal|old))?${end}`, (match) => {
    if (DURATION.test(text.slice(0, match.index))) return;
    const years = number(match[1] as string);
    add(years, years, match.index, match.index + match[0].length, 'number');
  });
  // "sønnen min på 14", "jenta vår på 15", "my son is 14", "datteren (15)".
  each(`${edge}${CHILD}\\s+(?:(?:min|mi|mitt|vår|vårt|vaar|my|our)\\s+)?(?:på|paa|is|aged?|\\(|,)\\s*(\\d{1,2})${end}`, (match) => {
    const years = Number(match[1]);
    const start = match.index + match[0].lastIndexOf(match[1] as string);
    add(years, years, start, start + (match[1] as string).length, 'number');
  });
  // "venter barn", "ventar barn", "venter vårt første barn", "expecting a baby".
  each(`${edge}(?:venter|ventar|venta)\\s+(?:(?:vårt|vårt første|vårt andre|et|eit|ett|vårt fyrste)\\s+)?(?:barn|baby|born)${end}`, (match) => {
    add(0, 0, match.index, match.index + match[0].length, 'word', true);
  });
  // Words: "tenåringen", "babyen", "gravid", "toddler".
  each(`${edge}\\p{L}+`, (match) => {
    for (const [pattern, min, max, fromPregnancy] of AGE_WORDS) {
      if (!pattern.test(match[0])) continue;
      add(min, max, match.index, match.index + match[0].length, 'word', fromPregnancy);
      break;
    }
  });
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.start - b.start);
  // Before birth only when nothing else is said: "gravid med en 3-åring" is about the 3-year-old too.
  const born = found.filter((age) => !age.fromPregnancy);
  const ages = born.length ? born : found;
  return Object.freeze({
    min: Math.min(...ages.map((age) => age.min)),
    max: Math.max(...ages.map((age) => age.max)),
    ...(born.length === 0 ? { fromPregnancy: true as const } : {}),
    text: ages.map((age) => query.slice(age.start, age.end)).join(', '),
    spans: Object.freeze(found.map((age) => Object.freeze([age.start, age.end, age.kind] as const))),
  });
}
