// The finder's local offers: where they come from (an inline script, read again when it changes, and any number of
// files), the municipality register that names their places, and when there are offers, their section (offers-view.ts).
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { findMunicipality, loadMunicipalities, type Catalogue, type Locale, type Offer, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import { ConnectedTask } from '../../internal/connected-task.js';
import { loadOffers, offerSources, type LoadedOffers, type OfferProblem } from '../../internal/offers.js';
import type * as View from './offers-view.js';

/** What the controller reads from and sets on its finder: the offer attributes. */
export interface OffersHost extends ReactiveControllerHost, HTMLElement {
  offersSrc: string | undefined;
  municipality: string;
  language: string;
  openOnly: boolean;
  preview: boolean;
}

/** Today in the reader's time zone, `YYYY-MM-DD`: offers that ended before it are hidden. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const NONE: LoadedOffers = { offers: [], problems: [], failures: [] };

export class OffersController implements ReactiveController {
  private inline: string | undefined;

  private readonly task: ConnectedTask<readonly [string | undefined, string | undefined], LoadedOffers>;

  /** The municipality register, loaded (from beside the bundle) only when there are offers to place. */
  private readonly register: ConnectedTask<readonly [boolean], Awaited<ReturnType<typeof loadMunicipalities>> | undefined>;

  /** Reads the inline offers again when the script appears or changes after the element connected. */
  private readonly watcher = new MutationObserver(() => this.readInline());

  /** `changed` is called after the reader changed an offer filter. */
  /** The code that draws offers, loaded with the first offers: pages without offers never download it. */
  private view: typeof View | undefined;

  constructor(
    readonly host: OffersHost,
    readonly changed: () => void,
  ) {
    host.addController(this);
    this.task = new ConnectedTask(host, {
      task: async ([inline, src], { signal }) => {
        const sources = offerSources(src);
        if (inline === undefined && sources.length === 0) return NONE;
        const [loaded, view] = await Promise.all([loadOffers(inline, sources, signal), import('./offers-view.js')]);
        this.view = view;
        return loaded;
      },
      args: () => [this.inline, host.offersSrc] as const,
    });
    this.register = new ConnectedTask(host, {
      task: async ([hasOffers]) => (hasOffers ? loadMunicipalities() : undefined),
      args: () => [this.list.length > 0] as const,
    });
  }

  hostConnected(): void {
    this.readInline();
    this.watcher.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.watcher.disconnect();
  }

  private readInline(): void {
    const text = this.host.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    if (text === this.inline) return;
    this.inline = text;
    this.host.requestUpdate();
  }

  /** The valid offers, whatever has loaded so far; the same array until the offers change. */
  get list(): readonly Offer[] {
    return this.task.value?.offers ?? NONE.offers;
  }

  get problems(): readonly OfferProblem[] {
    return this.task.value?.problems ?? [];
  }

  get loading(): boolean {
    return this.task.status === 1;
  }

  /** The register once it is here: it changes what a search finds (offers match by place name). */
  get municipalities() {
    return this.register.value;
  }

  /** The programmes offers refer to, with the municipality register once it is here. */
  searchData(data: ProgrammesChunk | Catalogue) {
    const municipalities = this.register.value;
    return municipalities ? { ...data, municipalities } : data;
  }

  /** What to tell the page when some or all offers could not be shown (for `fs-error`), or undefined when all are. */
  failure() {
    const { problems } = this;
    if (this.task.status !== 3 && problems.length === 0) return undefined;
    return {
      key: `offers|${this.host.offersSrc}|${this.inline?.length}|${problems.length}`,
      detail: {
        error: this.task.error ?? this.task.value?.failures[0] ?? `${problems.length} problems in the local offers; see detail.problems`,
        message: this.message(),
        fallback: false,
        problems,
      },
    };
  }

  /** The one neutral line parents see when offers are missing; editors get the detail in `fs-error` and `preview`. */
  message(): string {
    return this.list.length > 0
      ? msg('Noen lokale tilbud kunne ikke vises.', { id: 'finder.offersSome' })
      : msg('De lokale tilbudene kunne ikke vises.', { id: 'finder.offersFailed' });
  }

  nameOf(number: string): string | undefined {
    const register = this.register.value;
    return register ? findMunicipality(register, number)?.name : undefined;
  }

  /** The kommunenummer of the `municipality` filter, given by number or by name. */
  municipalityNumber(): string | undefined {
    const wanted = this.host.municipality.trim();
    if (!wanted) return undefined;
    const register = this.register.value;
    return (register ? findMunicipality(register, wanted)?.number : undefined) ?? (/^\d{4}$/.test(wanted) ? wanted : undefined);
  }

  /** The offers section, drawn by the view module that came with the offers; nothing while there are none. */
  render(offers: readonly Offer[], shown: number, more: unknown, byId: ReadonlyMap<string, Programme>, locale: Locale) {
    if (this.task.status === 3) return html`<p class="message" part="message">${this.message()}</p>`;
    return this.view ? this.view.renderSection(this, offers, shown, more, byId, locale) : nothing;
  }
}
