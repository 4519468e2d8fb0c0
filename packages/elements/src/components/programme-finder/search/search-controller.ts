// The SDK's search for the finder: loaded when first needed, its indexes built while the page is idle.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarkedPart } from '../../internal/marked.js';
import type { Catalogue, Offer, OfferData, ProgrammesChunk } from '@foreldrestotte/sdk';
import type * as SearchModule from '../../internal/search.js';

type Search = typeof SearchModule;

/** The search code, loaded once per page, by whichever finder first needs it. */
let searchModule: Promise<Search> | undefined;
const loadSearch = () => (searchModule ??= import('../../internal/search.js'));

export class SearchController implements ReactiveController {
  /** The search code, once it is here. */
  module: Search | undefined;
  /** Set while the search code is loading. */
  pending: Promise<unknown> | undefined;
  private prepared: unknown[] | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the search code (once), then updates the host to show the search it was needed for. */
  need(): void {
    if (this.module || this.pending) return;
    this.pending = loadSearch().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      // A failed chunk (a flaky network, a deploy in progress) leaves the list unsearched rather than break the page.
      () => undefined,
    );
  }

  /** Builds the indexes for these records while the page is idle, so that the first keystroke does not pay. */
  prepare(data: ProgrammesChunk | Catalogue, offerData: OfferData, offers: readonly Offer[]): void {
    const { module } = this;
    const key = [data, offerData.municipalities, offers, module];
    if (!module || this.prepared?.every((item, i) => item === key[i])) return;
    this.prepared = key;
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    whenIdle(() => {
      module.prepareProgrammeSearch(data);
      if (offers.length) module.prepareOfferSearch(offerData, offers);
      // Then, in another idle moment, the first letters of a programme's id searched as a reader types them, and words
      // to suggest looked for: the search code is compiled and its lookups made now, not at the first keystrokes.
      whenIdle(() => {
        const word = data.programmes[0]?.id ?? '';
        for (const query of [word.slice(0, 1), word.slice(0, 4)].filter(Boolean)) {
          const found = module.rankProgrammes(data, query);
          this.mark(word, found.items[0] ? found.termsOf(found.items[0]) : []);
          if (offers.length) module.rankOffers(offerData, offers, query);
        }
        this.suggestions(data, offerData, offers, word.slice(0, 4));
      });
    });
  }

  /** Queries to try when `query` finds nothing, from the words of the programmes and offers. */
  suggestions(data: ProgrammesChunk | Catalogue, offerData: OfferData, offers: readonly Offer[], query: string): string[] {
    if (!query || !this.module) return [];
    const { suggestProgrammeQueries, suggestOfferQueries } = this.module;
    const found = [...suggestProgrammeQueries(data, query), ...(offers.length ? suggestOfferQueries(offerData, offers, query) : [])];
    return [...new Set(found)].slice(0, 3);
  }

  /** Text cut into parts, the words a search matched marked (for `marked()`). */
  mark(text: string, terms: readonly string[]): readonly MarkedPart[] {
    if (terms.length === 0 || !this.module) return [{ text, match: false }];
    return this.module.highlight(text, terms);
  }
}
