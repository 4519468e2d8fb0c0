// The finder's local offers: where they come from (an inline script, read again when it changes, and any number of
// files), the municipality register that names their places, and the offers section a parent sees.
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { ConnectedTask } from '../../internal/connected-task.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { findMunicipality, loadMunicipalities, type Catalogue, type Locale, type Offer, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import { loadOffers, offerSources, type LoadedOffers, type OfferProblem } from '../../internal/offers.js';
import { languageName, renderOffer, renderPreview, type OfferPlace } from './offers.js';

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

  private readonly task: Task<readonly [string | undefined, string | undefined], LoadedOffers>;

  /** The municipality register, loaded (from beside the bundle) only when there are offers to place. */
  private readonly register: Task<readonly [boolean], Awaited<ReturnType<typeof loadMunicipalities>> | undefined>;

  /** Reads the inline offers again when the script appears or changes after the element connected. */
  private readonly watcher = new MutationObserver(() => this.readInline());

  /** `changed` is called after the reader changed an offer filter. */
  constructor(
    private readonly host: OffersHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
    this.task = new ConnectedTask(host, {
      task: async ([inline, src], { signal }) => {
        const sources = offerSources(src);
        return inline === undefined && sources.length === 0 ? NONE : loadOffers(inline, sources, signal);
      },
      args: () => [this.inline, host.offersSrc] as const,
    });
    this.register = new Task(host, {
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
  private message(): string {
    return this.list.length > 0
      ? msg('Noen lokale tilbud kunne ikke vises.', { id: 'finder.offersSome' })
      : msg('De lokale tilbudene kunne ikke vises.', { id: 'finder.offersFailed' });
  }

  private nameOf(number: string): string | undefined {
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

  /**
   * Where an offer is: its address and its municipality's name, "på nett" online, the number if nothing else is
   * known. Each part is isolated (`<bdi>`), so a direction mark in one cannot reorder the others.
   */
  private placeOf(offer: Offer): OfferPlace {
    const alsoFor = (offer.areaServed ?? []).map((number) => this.nameOf(number) ?? number);
    if (offer.municipality === 'online') return { where: msg('På nett', { id: 'offer.online' }), alsoFor };
    const municipality = this.nameOf(offer.municipality);
    const { street, postalCode, place } = offer.address ?? {};
    const parts = [street, [postalCode, place].filter(Boolean).join(' '), municipality !== place ? municipality : undefined].filter(Boolean);
    if (parts.length === 0) return { where: msg(str`Kommunenummer ${offer.municipality}`, { id: 'offer.municipality' }), alsoFor };
    return { where: parts.map((part, index) => html`${index > 0 ? ', ' : ''}<bdi>${part}</bdi>`), alsoFor };
  }

  /** The offers section: filters, the line about missing offers (or the preview), the first `shown` offers, `more`. */
  render(offers: readonly Offer[], shown: number, more: unknown, byId: ReadonlyMap<string, Programme>, locale: Locale) {
    const { problems, list } = this;
    if (this.task.status === 3) return html`<p class="message" part="message">${this.message()}</p>`;
    if (list.length === 0 && problems.length === 0) return nothing;
    const day = today();
    return html`<section aria-labelledby="offers-heading">
      <div class="section-heading" id="offers-heading" role="heading" aria-level="3">${msg('Lokale tilbud', { id: 'finder.offersHeading' })}</div>
      ${list.length ? this.renderFilters(locale) : nothing}
      ${this.host.preview ? renderPreview(problems, list.length) : problems.length ? html`<p class="message" part="message">${this.message()}</p>` : nothing}
      ${offers.length
        ? html`<ul class="results" part="offers">
            ${offers.slice(0, shown).map((offer) =>
              renderOffer(offer, offer.programme === undefined ? undefined : byId.get(offer.programme), this.placeOf(offer), locale, day),
            )}
          </ul>`
        : list.length
          ? html`<p class="message" part="message">${msg('Ingen lokale tilbud passer søket og filtrene.', { id: 'finder.offersEmpty' })}</p>`
          : nothing}
      ${more}
    </section>`;
  }

  /** Municipality, language and "open for sign-up", from what the offers hold; online offers stay in every municipality. */
  private renderFilters(locale: Locale) {
    const { host } = this;
    const chosen = this.municipalityNumber();
    const numbers = new Set(this.list.flatMap((offer) => [offer.municipality, ...(offer.areaServed ?? [])]).filter((number) => number !== 'online'));
    if (chosen) numbers.add(chosen);
    const municipalities = [...numbers]
      .map((number) => ({ number, name: this.nameOf(number) ?? number }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    const languages = [...new Set(this.list.flatMap((offer) => offer.languages.map((tag) => tag.split('-')[0] as string)))]
      .map((tag) => ({ tag, name: languageName(tag, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    const change = (apply: (value: string) => void) => (event: Event) => {
      apply((event.target as HTMLSelectElement).value);
      this.changed();
    };
    return html`<div class="offer-filters" part="offer-filters">
      <div class="field">
        <label for="municipality">${msg('Kommune', { id: 'offer.municipalityFilter' })}</label>
        <select id="municipality" @change=${change((value) => (host.municipality = value))}>
          <option value="" ?selected=${!chosen}>${msg('Alle kommuner', { id: 'offer.allMunicipalities' })}</option>
          ${municipalities.map(({ number, name }) => html`<option value=${number} ?selected=${number === chosen}>${name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="language">${msg('Språk', { id: 'offer.languageFilter' })}</label>
        <select id="language" @change=${change((value) => (host.language = value))}>
          <option value="" ?selected=${!host.language}>${msg('Alle språk', { id: 'offer.allLanguages' })}</option>
          ${languages.map(({ tag, name }) => html`<option value=${tag} ?selected=${tag === host.language}>${name}</option>`)}
        </select>
      </div>
      <label class="check"><input type="checkbox" .checked=${host.openOnly} @change=${(event: Event) => {
        host.openOnly = (event.target as HTMLInputElement).checked;
        this.changed();
      }} /> ${msg('Bare tilbud som er åpne for påmelding', { id: 'offer.openOnly' })}</label>
    </div>`;
  }
}
