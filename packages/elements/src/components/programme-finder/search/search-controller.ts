// The finder's search: the SDK's search code, loaded when first needed, and the searches over the programmes and the
// offers, created while the page is idle and again only when the data they search changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue, Offer, OfferData, Programme, ProgrammesChunk, Search } from '@foreldrestotte/sdk';
import type { MarkedPart } from '../../../internal/marked.js';
import type * as SearchCode from './search-code.js';

/** The search code, loaded once per page, by whichever finder first needs it. */
let searchCode: Promise<typeof SearchCode> | undefined;
const loadSearch = () => (searchCode ??= import('./search-code.js'));

const whenIdle = (run: () => void) => (window.requestIdleCallback ?? ((then: () => void) => setTimeout(then, 200)))(run);

export class SearchController implements ReactiveController {
  /** The search code, once it is here. */
  code: typeof SearchCode | undefined;
  /** Set while the search code is loading. */
  pending: Promise<unknown> | undefined;
  private programmes: { data: ProgrammesChunk | Catalogue; search: Search<Programme> } | undefined;
  private offers: { data: OfferData; offers: readonly Offer[]; search: Search<Offer> } | undefined;
  private prepared: unknown[] | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the search code (once), then updates the host to show the search it was needed for. */
  need(): void {
    if (this.code || this.pending) return;
    this.pending = loadSearch().then(
      (code) => {
        this.code = code;
        this.host.requestUpdate();
      },
      // A failed chunk (a flaky network, a deploy in progress) leaves the list unsearched rather than break the page.
      () => undefined,
    );
  }

  /** The search over these programmes, created the first time they are searched; undefined until the code is here. */
  programmeSearch(data: ProgrammesChunk | Catalogue): Search<Programme> | undefined {
    if (!this.code) return undefined;
    if (this.programmes?.data !== data) this.programmes = { data, search: this.code.createProgrammeSearch(data) };
    return this.programmes.search;
  }

  /** The search over these offers, with the programmes and register they are found by. */
  offerSearch(data: OfferData, offers: readonly Offer[]): Search<Offer> | undefined {
    if (!this.code) return undefined;
    const kept = this.offers;
    if (kept?.offers !== offers || kept.data.programmes !== data.programmes || kept.data.municipalities !== data.municipalities) {
      this.offers = { data, offers, search: this.code.createOfferSearch(data, offers) };
    }
    return this.offers?.search;
  }

  /** Creates the searches for these records while the page is idle, so that the first keystroke does not pay. */
  prepare(data: ProgrammesChunk | Catalogue, offerData: OfferData, offers: readonly Offer[]): void {
    const key = [data, offerData.municipalities, offers, this.code];
    if (!this.code || this.prepared?.every((item, i) => item === key[i])) return;
    this.prepared = key;
    whenIdle(() => {
      const programmes = this.programmeSearch(data);
      const found = offers.length ? this.offerSearch(offerData, offers) : undefined;
      // Then, in another idle moment, the first letters of a programme's id searched as a reader types them, and words
      // to suggest looked for: the search code is compiled and its lookups made now, not at the first keystrokes.
      whenIdle(() => {
        const word = data.programmes[0]?.id ?? '';
        // A first letter finds thousands of records: a few of them, so that the engine has optimised the code that
        // ranks many hits before a reader's first letter comes.
        const initials = [...new Set(data.programmes.slice(0, 12).map((programme) => programme.id.charAt(0)))].slice(0, 4);
        for (const query of [...initials, word.slice(0, 4)].filter(Boolean)) {
          const results = programmes?.rank(query);
          this.mark(word, results?.items[0] ? results.termsOf(results.items[0]) : []);
          found?.rank(query);
        }
        this.suggestions(data, offerData, offers, word.slice(0, 4));
      });
    });
  }

  /** Queries to try when `query` finds nothing, from the words of the programmes and offers. */
  suggestions(data: ProgrammesChunk | Catalogue, offerData: OfferData, offers: readonly Offer[], query: string): string[] {
    if (!query || !this.code) return [];
    const found = [
      ...(this.programmeSearch(data)?.suggest(query) ?? []),
      ...(offers.length ? (this.offerSearch(offerData, offers)?.suggest(query) ?? []) : []),
    ];
    return [...new Set(found)].slice(0, 3);
  }

  /** Text cut into parts, the words a search matched marked (for `marked()`). */
  mark(text: string, terms: readonly string[]): readonly MarkedPart[] {
    if (terms.length === 0 || !this.code) return [{ text, match: false }];
    return this.code.highlight(text, terms);
  }
}
