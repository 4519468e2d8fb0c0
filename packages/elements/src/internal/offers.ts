// Local offers for an element: from a child <script type="application/json"> and any number of `offers-src` files,
// each offer checked on its own by the SDK. Inline offers show at once and each file's when it arrives, so a slow host
// holds back only its own; a broken offer or a failed file leaves out only itself; an id already given by an earlier
// source is reported, not silently dropped. The validator loads only on pages that have offers.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Remote from './remote.js';
import { isCatalogueHttpError, isCatalogueNetworkError, isCatalogueTimeoutError, type Offer, type ValidationIssue } from '@foreldrestotte/sdk';

/** One thing an editor should fix: where (the file, the offer) and what. Parents never see these. */
export interface OfferProblem extends ValidationIssue {
  /** The file's address, or "inline offers". */
  readonly source: string;
  /** The offer's place in its file's list, from 0, and its id when it has one; absent when the whole file failed. */
  readonly index?: number;
  readonly id?: string;
}

/** Where one source of offers stands. */
interface SourceState {
  /** The file's address, or "inline offers". */
  source: string;
  status: 'loading' | 'done' | 'failed';
  offers: readonly Offer[];
  problems: OfferProblem[];
  error?: unknown;
}

const INLINE = 'inline offers';

/** The files of an `offers-src` attribute: space-separated URLs. */
export const offerSources = (attribute: string | undefined) => (attribute ?? '').split(/\s+/).filter(Boolean);

/** What the controller reads from its element. */
export interface OffersHost extends ReactiveControllerHost, HTMLElement {
  offersSrc: string | undefined;
}

export class OfferSources implements ReactiveController {
  private inline: string | undefined;
  private asked: string | undefined;
  private controller: AbortController | undefined;
  private states: SourceState[] = [];
  private merged: { offers: readonly Offer[]; problems: readonly OfferProblem[] } = { offers: [], problems: [] };
  /** Reads the inline offers again when the script appears or changes after the element connected. */
  private readonly watcher = new MutationObserver(() => this.readInline());

  /** `changed` runs when offers arrive or a source fails, after the host was asked to update. */
  constructor(
    private readonly host: OffersHost,
    private readonly changed: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    this.watcher.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back on the page after leaving it mid-load: load again.
    if (this.states.some((state) => state.status === 'loading')) this.asked = undefined;
  }

  hostDisconnected(): void {
    this.watcher.disconnect();
    this.controller?.abort(new DOMException('The element left the page.', 'AbortError'));
  }

  hostUpdate(): void {
    const key = `${this.inline?.length ?? -1}:${this.inline ?? ''}\u0000${this.host.offersSrc ?? ''}`;
    if (key !== this.asked) {
      this.asked = key;
      void this.load(this.inline, offerSources(this.host.offersSrc));
    }
  }

  private readInline(): void {
    const text = this.host.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    if (text === this.inline) return;
    this.inline = text;
    this.host.requestUpdate();
  }

  /** Every valid offer that has arrived, inline ones first, then each file's in the order given; the same array until one arrives. */
  get list(): readonly Offer[] {
    return this.merged.offers;
  }

  /** Every problem found so far, by source, offer and field. */
  get problems(): readonly OfferProblem[] {
    return this.merged.problems;
  }

  /** Whether there are offers to look for at all. */
  get asking(): boolean {
    return this.states.length > 0;
  }

  /** The addresses still loading; before the element is on a page (on the server), every address it names. */
  get pending(): readonly string[] {
    if (this.states.length === 0 && this.asked === undefined) return offerSources(this.host.offersSrc);
    return this.states.filter((state) => state.status === 'loading').map((state) => state.source);
  }

  /** Whether every source failed as a whole (nothing to show, and not for lack of offers). */
  get failed(): boolean {
    return this.states.length > 0 && this.states.every((state) => state.status === 'failed');
  }

  /** The errors of sources that could not be read at all. */
  get failures(): readonly unknown[] {
    return this.states.filter((state) => state.status === 'failed').map((state) => state.error);
  }

  private async load(inline: string | undefined, sources: readonly string[]): Promise<void> {
    this.controller?.abort(new DOMException('Other offers were asked for.', 'AbortError'));
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    const base = document.baseURI;
    this.states = [
      ...(inline === undefined ? [] : [{ source: INLINE, status: 'loading' as const, offers: [], problems: [] }]),
      ...sources.map((source) => ({
        source: URL.canParse(source, base) ? new URL(source, base).href : source,
        status: 'loading' as const,
        offers: [],
        problems: [],
      })),
    ];
    this.merge();
    if (this.states.length === 0) return;
    const states = this.states;
    let sdk: typeof Remote;
    try {
      sdk = await import('./remote.js');
    } catch (error) {
      // The validator's chunk did not come (a flaky network, a deploy under way): every source fails with it.
      for (const state of states) Object.assign(state, failedWith(state.source, error));
      return this.settle(signal);
    }
    if (signal.aborted) return;
    let next = 0;
    if (inline !== undefined) {
      const state = states[next++] as SourceState;
      try {
        Object.assign(state, checked(state.source, sdk.checkOffers(sdk.parseJson(inline, INLINE), { source: INLINE })));
      } catch (error) {
        Object.assign(state, failedWith(state.source, error));
      }
      this.settle(signal);
    }
    const client = sdk.createCatalogueClient({ baseUrl: base });
    await Promise.all(
      states.slice(next).map(async (state) => {
        try {
          Object.assign(state, checked(state.source, await client.checkOffers(state.source, { signal })));
        } catch (error) {
          if (signal.aborted) return;
          Object.assign(state, failedWith(state.source, error));
        }
        this.settle(signal);
      }),
    );
  }

  private settle(signal: AbortSignal): void {
    if (signal.aborted) return;
    this.merge();
    this.host.requestUpdate();
    this.changed();
  }

  /** The offers of every source that has arrived, the first of an id kept and each later one reported. */
  private merge(): void {
    const offers: Offer[] = [];
    const problems: OfferProblem[] = [];
    const seen = new Map<string, string>();
    for (const state of this.states) {
      problems.push(...state.problems);
      state.offers.forEach((offer, index) => {
        const first = seen.get(offer.id);
        if (first === undefined) {
          seen.set(offer.id, state.source);
          offers.push(offer);
          return;
        }
        problems.push({
          source: state.source,
          index,
          id: offer.id,
          path: `offers[${index}].id`,
          code: 'duplicate',
          message: `duplicate id ${JSON.stringify(offer.id)}, already given by ${first}`,
          params: { field: 'id', value: offer.id },
        });
      });
    }
    this.merged = { offers, problems };
  }
}

function checked(
  source: string,
  check: { offers: readonly Offer[]; rejected: readonly { index: number; id?: string; issues: readonly ValidationIssue[] }[] },
): Partial<SourceState> {
  const problems = check.rejected.flatMap((rejected) =>
    rejected.issues.map((issue) => ({ ...issue, source, index: rejected.index, ...(rejected.id === undefined ? {} : { id: rejected.id }) })),
  );
  return { status: 'done', offers: check.offers, problems };
}

function failedWith(source: string, error: unknown): Partial<SourceState> {
  const issues = (error as { issues?: readonly ValidationIssue[] }).issues;
  const message = error instanceof Error ? error.message : String(error);
  const whole = (code: string, params: Record<string, number> = {}): OfferProblem => ({ source, path: '', code, message, params });
  const problems = issues?.length
    ? issues.map((issue) => ({ ...issue, source }))
    : [
        isCatalogueHttpError(error)
          ? whole('http_error', { status: error.status })
          : isCatalogueTimeoutError(error)
            ? whole('timeout', { limit: error.timeout })
            : isCatalogueNetworkError(error)
              ? whole('network')
              : whole('unreadable'),
      ];
  return { status: 'failed', offers: [], problems, error };
}
