import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  deliveryFormats,
  findMunicipality,
  isForProfessionals,
  isOfferOpen,
  loadMunicipalities,
  localize,
  offerMatches,
  orderOffers,
  orderProgrammes,
  preventionLevelIds,
  programmeCategories,
  programmeMatches,
  type Catalogue,
  type DeliveryFormat,
  type Locale,
  type Offer,
  type PreventionLevelId,
  type Programme,
  type ProgrammeCategory,
  type ProgrammesChunk,
} from '@foreldrestotte/sdk';
import { FsFilterChangeEvent, type FsFilters } from '../../events/fs-filter-change.js';
import type { FsShowProgrammesEvent } from '../../events/fs-show-programmes.js';
import { announce } from '../../internal/announcer.js';
import { loadData } from '../../internal/data.js';
import { FsElement } from '../../internal/fs-element.js';
import { renderLoaded } from '../../internal/messages.js';
import { loadOffers, offerSources, type LoadedOffers } from '../../internal/offers.js';
import { ageText, categoryText, formatText, levelPlainText, levelText } from '../../internal/vocabulary.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles } from '../../styles/component.styles.js';
import { renderProgramme, type ProgrammeResult } from './results.js';
import { languageName, renderOffer, renderPreview, type OfferPlace } from './offers.js';
import { SearchController } from './search-controller.js';
import { AGE_BANDS, ageConverter, idList, listConverter, parseAge, URL_KEYS, type AgeSpan } from './filters.js';
import { styles } from './programme-finder.styles.js';

export type { AgeSpan };

/** Results shown at first and added by each "show more": a page stays light however long the list is. */
const PAGE_SIZE = 20;

interface Matches {
  /** What families can take part in. */
  programmes: readonly ProgrammeResult[];
  /** Staff training and collaboration models, shown apart. */
  professionals: readonly ProgrammeResult[];
  offers: readonly Offer[];
}




/**
 * @tagname fs-programme-finder
 * @summary Finds parenting programmes by free text and by prevention level, child age, format, arena and category;
 * shows local offers given as inline JSON or a file. Attributes preset the filters, so a site can embed a narrowed
 * finder; with `sync-url` the filters live in the address and back/forward work.
 *
 * @slot - An optional `<script type="application/json">` with local offers: `{ "offers": [...] }`.
 *
 * @fires fs-filter-change - The reader changed the search or a filter. `detail.filters` holds them all.
 * @fires fs-error - Some local offers are invalid or a file could not be loaded (`detail.problems` lists each problem by
 * file, offer and field; the valid offers are shown), or `src` failed.
 *
 * @csspart heading - The finder's heading.
 * @csspart search-input - The search field.
 * @csspart filters - The filter controls.
 * @csspart count - The number of results.
 * @csspart results - A list of programmes: what families can join, and staff training and collaboration models.
 * @csspart professionals - The list of staff training and collaboration models, shown apart under its own heading.
 * @csspart result - One programme: name, summary and a line of level, age and format.
 * @csspart details - The disclosure with a programme's other facts.
 * @csspart offers - The list of local offers.
 * @csspart offer - One local offer: when, where, languages, price, status and how to join.
 * @csspart offer-status - An offer's status in words (open, full, waiting list, cancelled, deadline passed).
 * @csspart offer-filters - The municipality, language and "open for sign-up" filters of the local offers.
 * @csspart preview - With `preview`: every problem in the local offers, for editors.
 * @csspart more - The "show more" button under a long list (20 more each time).
 * @csspart reset - The button that clears the search and every filter, shown while one is set.
 * @csspart suggestion - A query suggested when the search finds nothing ("Mente du …?").
 * @csspart message - Loading, empty, error and fallback messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - Checkboxes, buttons and links.
 * @cssprop [--fs-color-highlight=#fff0a8] - Background of the words a search matched.
 * @cssprop [--fs-color-highlight-text=#1e2b3c] - Text of the words a search matched.
 * @cssprop [--fs-programme-finder-gap=1.25em] - Space between the finder's sections.
 * @cssprop [--fs-programme-finder-result-padding=1em] - Space inside each result.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - Nothing matches the search and filters.
 * @cssstate error - Some or all local offers could not be shown.
 * @cssstate fallback - `src` failed; the embedded catalogue is shown.
 */
export class FsProgrammeFinder extends FsElement {
  /** Shared tokens and resets, then the element's own styles. */
  static override styles = [componentStyles, styles];

  /** Free-text search. */
  @property() accessor query = '';

  /** Prevention levels, space-separated: `universal selective indicated`. */
  @property({ converter: listConverter(preventionLevelIds) }) accessor levels: PreventionLevelId[] = [];

  /** A child's age or an age span: `5` or `3-12`. */
  @property({ converter: ageConverter }) accessor age: AgeSpan | undefined;

  /** Formats, space-separated: `group individual home-visits video-feedback digital`. */
  @property({ converter: listConverter(deliveryFormats) }) accessor formats: DeliveryFormat[] = [];

  /** Categories, space-separated, e.g. `parenting-programme relationship-course`. */
  @property({ converter: listConverter(programmeCategories) }) accessor categories: ProgrammeCategory[] = [];

  /** Arena ids, space-separated, e.g. `helsestasjon barnevern`. */
  @property({ converter: idList }) accessor arenas: string[] = [];

  /** Keep the search and filters in the page address (`?fs-q=…&fs-levels=…`), so back and forward work. */
  @property({ attribute: 'sync-url', type: Boolean }) accessor syncUrl = false;

  /** URL of a remote catalogue to use instead of the embedded one. */
  @property() accessor src: string | undefined;

  /**
   * URLs of local-offers files (`{ "offers": [...] }`), space-separated and relative to the page: a municipality's
   * file and NGOs' files are merged, the first offer of an id kept. Each file fails on its own.
   */
  @property({ attribute: 'offers-src' }) accessor offersSrc: string | undefined;

  /** Show local offers for this municipality (kommunenummer or name, `1804` or `Bodø`), and those anyone can join online. */
  @property() accessor municipality = '';

  /** Show local offers held in this language (`ar`). */
  @property() accessor language = '';

  /** Show only local offers open for sign-up. */
  @property({ attribute: 'open-only', type: Boolean }) accessor openOnly = false;

  /** Also show local offers that have ended (hidden by default). */
  @property({ attribute: 'show-past', type: Boolean }) accessor showPast = false;

  /** For editors: list every problem in the local offers on the page. Off by default; parents never need it. */
  @property({ type: Boolean }) accessor preview = false;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) accessor withoutHeading = false;

  private readonly data = new Task(this, {
    task: ([locale, src], { signal }) => loadData('programmes', locale, src, signal),
    args: () => [currentLocale(), this.src] as const,
  });

  private inlineOffers: string | undefined;

  private readonly offers = new Task(this, {
    task: async ([inline, src], { signal }): Promise<LoadedOffers> => {
      const sources = offerSources(src);
      return inline === undefined && sources.length === 0 ? { offers: [], problems: [], failures: [] } : loadOffers(inline, sources, signal);
    },
    args: () => [this.inlineOffers, this.offersSrc] as const,
  });

  /** Today in the reader's time zone, `YYYY-MM-DD`: offers that ended before it are hidden. */
  private today(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }

  /** The valid offers, whatever has loaded so far. */
  private get offerList(): readonly Offer[] {
    return this.offers.value?.offers ?? [];
  }

  /** The municipality register, loaded (from beside the bundle) only when there are offers to place. */
  private readonly register = new Task(this, {
    task: async ([hasOffers]) => (hasOffers ? loadMunicipalities() : undefined),
    args: () => [Boolean(this.offers.value?.offers.length)] as const,
  });

  /** The programmes offers refer to, with the municipality register once it is here (offers match by place name). */
  private offerData(data: ProgrammesChunk | Catalogue) {
    const municipalities = this.register.value;
    return municipalities ? { ...data, municipalities } : data;
  }

  /**
   * Where an offer is: its address and its municipality's name, "på nett" online, the number if nothing else is
   * known. Each part is isolated (`<bdi>`), so a direction mark in one cannot reorder the others.
   */
  private placeOf(offer: Offer): OfferPlace {
    const register = this.register.value;
    const nameOf = (number: string) => (register ? findMunicipality(register, number)?.name : undefined);
    const alsoFor = (offer.areaServed ?? []).map((number) => nameOf(number) ?? number);
    if (offer.municipality === 'online') return { where: msg('På nett', { id: 'offer.online' }), alsoFor };
    const municipality = nameOf(offer.municipality);
    const { street, postalCode, place } = offer.address ?? {};
    const parts = [street, [postalCode, place].filter(Boolean).join(' '), municipality !== place ? municipality : undefined].filter(Boolean);
    if (parts.length === 0) return { where: msg(str`Kommunenummer ${offer.municipality}`, { id: 'offer.municipality' }), alsoFor };
    return { where: parts.map((part, index) => html`${index > 0 ? ', ' : ''}<bdi>${part}</bdi>`), alsoFor };
  }

  /** The kommunenummer of the `municipality` filter, given by number or by name. */
  private municipalityNumber(): string | undefined {
    const wanted = this.municipality.trim();
    if (!wanted) return undefined;
    const register = this.register.value;
    return (register ? findMunicipality(register, wanted)?.number : undefined) ?? (/^\d{4}$/.test(wanted) ? wanted : undefined);
  }

  /** Reads the inline offers again when the script appears or changes after the element connected. */
  private readonly scriptWatcher = new MutationObserver(() => this.readInlineOffers());

  private readInlineOffers(): void {
    const text = this.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    if (text === this.inlineOffers) return;
    this.inlineOffers = text;
    this.requestUpdate();
  }

  /** How many programmes and offers are shown; reset to one page when the search or a filter changes. */
  @state() private accessor shown = { programmes: PAGE_SIZE, professionals: PAGE_SIZE, offers: PAGE_SIZE };

  private memo: { inputs: unknown[]; matches: Matches } | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private readonly onPopState = () => this.readUrl(true);

  /** The filters set by attributes, restored when the reader goes back to an address without finder parameters. */
  private presets: FsFilters = {};

  private readonly onShowProgrammes = (event: FsShowProgrammesEvent) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.applyFilters({ levels: [event.detail.level] });
    this.filtersChanged(true);
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start' });
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineOffers();
    this.scriptWatcher.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.syncUrl) {
      this.presets = this.currentFilters();
      this.readUrl(false);
      window.addEventListener('popstate', this.onPopState);
    }
    document.addEventListener('fs-show-programmes', this.onShowProgrammes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptWatcher.disconnect();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('fs-show-programmes', this.onShowProgrammes);
  }

  private readUrl(navigated: boolean): void {
    const params = new URLSearchParams(location.search);
    if (![...Object.values(URL_KEYS)].some((key) => params.has(key))) {
      // An address without our parameters keeps the attributes' filters on load, and brings them back on "back".
      if (navigated) this.applyFilters(this.presets);
      return;
    }
    this.query = params.get(URL_KEYS.query) ?? '';
    this.levels = listConverter(preventionLevelIds).fromAttribute(params.get(URL_KEYS.levels));
    this.age = parseAge(params.get(URL_KEYS.age));
    this.formats = listConverter(deliveryFormats).fromAttribute(params.get(URL_KEYS.formats));
    this.categories = listConverter(programmeCategories).fromAttribute(params.get(URL_KEYS.categories));
    this.arenas = idList.fromAttribute(params.get(URL_KEYS.arenas));
    this.municipality = params.get(URL_KEYS.municipality) ?? '';
    this.language = params.get(URL_KEYS.language) ?? '';
    this.openOnly = params.get(URL_KEYS.openOnly) === '1';
  }

  private applyFilters(filters: FsFilters): void {
    this.query = filters.query ?? '';
    this.levels = [...(filters.levels ?? [])];
    this.age = filters.age ? { ...filters.age } : undefined;
    this.formats = [...(filters.formats ?? [])];
    this.categories = [...(filters.categories ?? [])];
    this.arenas = [...(filters.arenas ?? [])];
    this.municipality = filters.municipality ?? '';
    this.language = filters.language ?? '';
    this.openOnly = filters.openOnly ?? false;
  }

  private writeUrl(push: boolean): void {
    const url = new URL(location.href);
    const set = (key: string, value: string) => (value ? url.searchParams.set(key, value) : url.searchParams.delete(key));
    set(URL_KEYS.query, this.query.trim());
    set(URL_KEYS.levels, this.levels.join(','));
    set(URL_KEYS.age, this.age ? `${this.age.min}-${this.age.max}` : '');
    set(URL_KEYS.formats, this.formats.join(','));
    set(URL_KEYS.categories, this.categories.join(','));
    set(URL_KEYS.arenas, this.arenas.join(','));
    set(URL_KEYS.municipality, this.municipality);
    set(URL_KEYS.language, this.language);
    set(URL_KEYS.openOnly, this.openOnly ? '1' : '');
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private currentFilters(): FsFilters {
    return {
      ...(this.query.trim() ? { query: this.query.trim() } : {}),
      ...(this.levels.length ? { levels: [...this.levels] } : {}),
      ...(this.age ? { age: { ...this.age } } : {}),
      ...(this.formats.length ? { formats: [...this.formats] } : {}),
      ...(this.categories.length ? { categories: [...this.categories] } : {}),
      ...(this.arenas.length ? { arenas: [...this.arenas] } : {}),
      ...(this.municipality ? { municipality: this.municipality } : {}),
      ...(this.language ? { language: this.language } : {}),
      ...(this.openOnly ? { openOnly: true } : {}),
    };
  }

  /** After a user action: tell the page, keep the address in step, announce the new count. */
  private filtersChanged(push: boolean): void {
    this.shown = { programmes: PAGE_SIZE, professionals: PAGE_SIZE, offers: PAGE_SIZE };
    this.dispatchEvent(new FsFilterChangeEvent(this.currentFilters()));
    if (this.syncUrl) this.writeUrl(push);
    void this.updateComplete.then(() => {
      const matches = this.found();
      if (matches) announce(this.countText(matches.programmes.length + matches.professionals.length, matches.offers.length));
    });
  }

  private toggleIn<T>(list: readonly T[], item: T, on: boolean): T[] {
    return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  }

  private clearFilters(): void {
    this.applyFilters({});
    this.filtersChanged(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  /** The programmes and offers that match, ranked by the SDK, computed once per change of data, search or filters. */
  private found(): Matches | undefined {
    const data = this.data.value?.data;
    if (!data) return undefined;
    // Until the search code has arrived (a moment, from this page's own server), the list is shown unsearched.
    const query = this.searcher.module ? this.query.trim() : '';
    const today = this.today();
    const inputs = [data, this.offers.value, this.register.value, query, this.levels, this.age, this.formats, this.categories, this.arenas,
      this.municipality, this.language, this.openOnly, this.showPast, today];
    if (this.memo?.inputs.every((input, i) => input === inputs[i])) return this.memo.matches;
    const filter = {
      levels: this.levels,
      formats: this.formats,
      categories: this.categories,
      arenas: this.arenas,
      ...(this.age ? { age: this.age } : {}),
    };
    const allOffers = this.offerList;
    const { byId, programmes: ordered, offers: byStart } = this.orders(data, allOffers, today);
    const programmeOf = (offer: Offer) => (offer.programme === undefined ? undefined : byId.get(offer.programme));
    // With no filter set (the usual case while typing), nothing needs checking record by record.
    const filtered = Object.values(filter).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
    const search = query ? this.searcher.module : undefined;
    let programmes: ProgrammeResult[] = search ? search.searchProgrammes(data, query) : ordered;
    if (filtered) programmes = programmes.filter((result) => programmeMatches(result.item, filter));
    let offers = search ? search.searchOffers(this.offerData(data), allOffers, query).map((hit) => hit.item) : byStart;
    const municipality = this.municipalityNumber();
    const offerFilter = {
      ...filter,
      ...(municipality ? { municipality } : {}),
      ...(this.language ? { language: this.language } : {}),
      ...(this.showPast ? {} : { today }),
    };
    offers = offers.filter((offer) => offerMatches(offer, programmeOf(offer), offerFilter) && (!this.openOnly || isOfferOpen(offer, today)));
    const matches = {
      programmes: programmes.filter((result) => !isForProfessionals(result.item)),
      professionals: programmes.filter((result) => isForProfessionals(result.item)),
      offers,
    };
    this.memo = { inputs, matches };
    return matches;
  }

  /** Lookups and orders that depend only on the data: made once per catalogue and offers list, not per keystroke. */
  private orders(data: ProgrammesChunk | Catalogue, offers: readonly Offer[], today: string) {
    if (this.ordersFor?.data !== data || this.ordersFor.source !== offers || this.ordersFor.today !== today) {
      this.ordersFor = {
        data,
        source: offers,
        byId: new Map(data.programmes.map((programme) => [programme.id, programme])),
        programmes: orderProgrammes(data.programmes).map((item) => ({ item, terms: [] })),
        offers: orderOffers(offers, today),
        today,
      };
    }
    return this.ordersFor;
  }

  private ordersFor:
    | { data: object; source: readonly Offer[]; byId: Map<string, Programme>; programmes: ProgrammeResult[]; offers: Offer[]; today: string }
    | undefined;

  private readonly searcher = new SearchController(this);

  /** Also waits for the search code when a search is waiting for it, so that tests and hosts see searched results. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.query.trim() && this.searcher.pending) {
      await this.searcher.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private hasFilters(): boolean {
    return Object.keys(this.currentFilters()).length > 0;
  }

  private countText(programmes: number, offers: number): string {
    const base =
      programmes === 1
        ? msg('1 program passer.', { id: 'finder.countOne' })
        : msg(str`${programmes} programmer passer.`, { id: 'finder.count' });
    if (!this.offerList.length) return base;
    return `${base} ${offers === 1 ? msg('1 lokalt tilbud.', { id: 'finder.offersOne' }) : msg(str`${offers} lokale tilbud.`, { id: 'finder.offers' })}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.query.trim()) this.searcher.need();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const loaded = this.data.value;
    const matches = this.data.status === 2 ? this.found() : undefined;
    if (loaded && this.data.status === 2 && this.offers.status !== 1) {
      this.searcher.prepare(loaded.data, this.offerData(loaded.data), this.offerList);
    }
    const empty = matches !== undefined && matches.programmes.length + matches.professionals.length + matches.offers.length === 0;
    this.setState('loading', this.data.status <= 1);
    this.setState('empty', empty);
    this.setState('fallback', loaded?.fallback !== undefined);
    const problems = this.offers.value?.problems ?? [];
    const failed = this.offers.status === 3 || problems.length > 0;
    this.setState('error', failed);
    if (failed) {
      this.reportProblem(`offers|${this.offersSrc}|${this.inlineOffers?.length}|${problems.length}`, () => ({
        error: this.offers.error ?? this.offers.value?.failures[0] ?? `${problems.length} problems in the local offers; see detail.problems`,
        message: this.offersMessage(),
        fallback: false,
        problems,
      }));
    } else {
      this.reportFallback(this.src, loaded?.fallback);
    }
  }

  /** The one neutral line parents see when offers are missing; editors get the detail in `fs-error` and `preview`. */
  private offersMessage(): string {
    return this.offerList.length > 0
      ? msg('Noen lokale tilbud kunne ikke vises.', { id: 'finder.offersSome' })
      : msg('De lokale tilbudene kunne ikke vises.', { id: 'finder.offersFailed' });
  }

  override render() {
    return html`<div lang=${currentLocale()}>
      ${renderLoaded(
        this.data,
        { loading: msg('Laster programmene …', { id: 'finder.loading' }), failed: msg('Programmene kunne ikke lastes.', { id: 'finder.loadError' }) },
        ({ data }) => this.renderFinder(data),
      )}
    </div>`;
  }

  private renderFinder(data: ProgrammesChunk | Catalogue) {
    const locale = currentLocale();
    const { programmes: results, professionals, offers } = this.found() ?? { programmes: [], professionals: [], offers: [] };
    const presetAge = this.age && !AGE_BANDS.some((band) => band.min === this.age?.min && band.max === this.age?.max) ? this.age : undefined;

    return html`<section class="finder" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level="2" tabindex="-1">
        ${msg('Finn foreldreprogram', { id: 'finder.heading' })}
      </div>

      <div class="search" role="search">
        <label for="query">${msg('Søk etter navn, tema eller det du lurer på', { id: 'finder.searchLabel' })}</label>
        <input id="query" type="search" part="search-input" autocomplete="off" spellcheck="false" .value=${this.query}
          @focus=${() => this.searcher.need()}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            this.filtersChanged(false);
          }}
          @keydown=${(event: KeyboardEvent) => {
            // Escape empties the search in every browser, not only in those that do it natively.
            if (event.key !== 'Escape' || !this.query) return;
            event.preventDefault();
            this.query = '';
            this.filtersChanged(false);
          }} />
      </div>

      <div class="filters" part="filters">
        <fieldset>
          <legend>${msg('Forebyggingsnivå', { id: 'finder.levels' })}</legend>
          ${preventionLevelIds.map((level) => this.renderCheck('level', level, `${levelPlainText(level)} (${levelText(level).toLocaleLowerCase(currentLocale())})`, this.levels.includes(level), (on) => {
            this.levels = this.toggleIn(this.levels, level, on);
          }))}
        </fieldset>
        <fieldset>
          <legend>${msg('Form', { id: 'finder.formats' })}</legend>
          ${deliveryFormats.map((format) => this.renderCheck('format', format, formatText(format), this.formats.includes(format), (on) => {
            this.formats = this.toggleIn(this.formats, format, on);
          }))}
        </fieldset>
        <div class="field">
          <label for="age">${msg('Barnets alder', { id: 'finder.age' })}</label>
          <select id="age" @change=${(event: Event) => {
            this.age = parseAge((event.target as HTMLSelectElement).value);
            this.filtersChanged(true);
          }}>
            <option value="" ?selected=${!this.age}>${msg('Alle aldre', { id: 'finder.allAges' })}</option>
            ${presetAge ? html`<option value="${presetAge.min}-${presetAge.max}" selected>${ageText(presetAge)}</option>` : nothing}
            ${AGE_BANDS.map(
              (band) => html`<option value="${band.min}-${band.max}" ?selected=${this.age?.min === band.min && this.age?.max === band.max}>${ageText(band)}</option>`,
            )}
          </select>
          <label for="category">${msg('Type', { id: 'finder.category' })}</label>
          <select id="category" @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value as ProgrammeCategory | '';
            this.categories = value ? [value] : [];
            this.filtersChanged(true);
          }}>
            <option value="" ?selected=${this.categories.length === 0}>${msg('Alle typer', { id: 'finder.allCategories' })}</option>
            ${programmeCategories.map(
              (category) => html`<option value=${category} ?selected=${this.categories.length === 1 && this.categories[0] === category}>${categoryText(category)}</option>`,
            )}
          </select>
          <label for="arena">${msg('Arena', { id: 'finder.arena' })}</label>
          <select id="arena" @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.arenas = value ? [value] : [];
            this.filtersChanged(true);
          }}>
            <option value="" ?selected=${this.arenas.length === 0}>${msg('Alle arenaer', { id: 'finder.allArenas' })}</option>
            ${data.arenas.map(
              (arena) => html`<option value=${arena.id} ?selected=${this.arenas.length === 1 && this.arenas[0] === arena.id}>${localize(arena.name, locale)}</option>`,
            )}
          </select>
        </div>
      </div>

      <div class="count-row">
        <p class="count" part="count">${this.countText(results.length + professionals.length, offers.length)}</p>
        ${this.hasFilters()
          ? html`<button class="button" part="reset" @click=${() => this.clearFilters()}>${msg('Nullstill søk og filtre', { id: 'finder.reset' })}</button>`
          : nothing}
      </div>

      ${this.renderOffers(offers, this.orders(data, this.offerList, this.today()).byId, locale)}

      ${results.length + professionals.length + offers.length === 0
        ? this.renderEmpty(data)
        : html`${results.length
            ? html`<ul class="results" part="results" aria-label=${msg('Programmer', { id: 'finder.results' })}>
                ${results.slice(0, this.shown.programmes).map((result) => renderProgramme(result, data, locale, (text, terms) => this.searcher.mark(text, terms)))}
              </ul>`
            : nothing}
          ${this.renderMore(results.length, 'programmes')}
          ${professionals.length ? this.renderProfessionals(professionals, data, locale) : nothing}`}
    </section>`;
  }

  /** Staff training and collaboration models: apart from what parents can join, and saying so. */
  private renderProfessionals(professionals: readonly ProgrammeResult[], data: ProgrammesChunk | Catalogue, locale: Locale) {
    return html`<section class="professionals" aria-labelledby="professionals-heading">
      <div class="section-heading" id="professionals-heading" role="heading" aria-level="3">${msg('For ansatte i tjenestene', { id: 'finder.professionalsHeading' })}</div>
      <p>${msg('Opplæring og samarbeidsmodeller for dem som arbeider med barn og foreldre, ikke tilbud foreldre melder seg på.', { id: 'finder.professionalsNote' })}</p>
      <ul class="results" part="results professionals" aria-labelledby="professionals-heading">
        ${professionals.slice(0, this.shown.professionals).map((result) => renderProgramme(result, data, locale, (text, terms) => this.searcher.mark(text, terms)))}
      </ul>
      ${this.renderMore(professionals.length, 'professionals')}
    </section>`;
  }

  /** Nothing found: say so, and offer near words from the catalogue ("Mente du …?") to search for instead. */
  private renderEmpty(data: ProgrammesChunk | Catalogue) {
    const suggestions = this.searcher.suggestions(data, this.offerData(data), this.offerList, this.query.trim());
    return html`<div class="message" part="message">
      <p>${msg('Ingen programmer passer søket og filtrene.', { id: 'finder.empty' })}</p>
      ${suggestions.length
        ? html`<p class="suggestions">${msg('Mente du', { id: 'finder.didYouMean' })}
            ${suggestions.map((suggestion, index) => html`${index > 0 ? ', ' : ''}<button class="link-button" part="suggestion" @click=${() => {
              this.query = suggestion;
              this.filtersChanged(true);
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
            }}>${suggestion}</button>`)}?</p>`
        : nothing}
    </div>`;
  }

  private renderCheck(group: string, value: string, label: string, checked: boolean, toggle: (on: boolean) => void) {
    return html`<label class="check">
      <input type="checkbox" name=${group} value=${value} .checked=${checked} @change=${(event: Event) => {
        toggle((event.target as HTMLInputElement).checked);
        this.filtersChanged(true);
      }} />
      ${label}
    </label>`;
  }

  private renderOffers(offers: readonly Offer[], byId: ReadonlyMap<string, Programme>, locale: Locale) {
    const problems = this.offers.value?.problems ?? [];
    const all = this.offerList;
    if (this.offers.status === 3) return html`<p class="message" part="message">${this.offersMessage()}</p>`;
    if (all.length === 0 && problems.length === 0) return nothing;
    const today = this.today();
    return html`<section aria-labelledby="offers-heading">
      <div class="section-heading" id="offers-heading" role="heading" aria-level="3">${msg('Lokale tilbud', { id: 'finder.offersHeading' })}</div>
      ${all.length ? this.renderOfferFilters(all, locale) : nothing}
      ${this.preview ? renderPreview(problems, all.length) : problems.length ? html`<p class="message" part="message">${this.offersMessage()}</p>` : nothing}
      ${offers.length
        ? html`<ul class="results" part="offers">
            ${offers.slice(0, this.shown.offers).map((offer) =>
              renderOffer(offer, offer.programme === undefined ? undefined : byId.get(offer.programme), this.placeOf(offer), locale, today),
            )}
          </ul>`
        : all.length
          ? html`<p class="message" part="message">${msg('Ingen lokale tilbud passer søket og filtrene.', { id: 'finder.offersEmpty' })}</p>`
          : nothing}
      ${this.renderMore(offers.length, 'offers')}
    </section>`;
  }

  /** Municipality, language and "open for sign-up", from what the offers hold; online offers stay in every municipality. */
  private renderOfferFilters(all: readonly Offer[], locale: Locale) {
    const register = this.register.value;
    const chosen = this.municipalityNumber();
    const numbers = new Set(all.flatMap((offer) => [offer.municipality, ...(offer.areaServed ?? [])]).filter((number) => number !== 'online'));
    if (chosen) numbers.add(chosen);
    const municipalities = [...numbers]
      .map((number) => ({ number, name: (register ? findMunicipality(register, number)?.name : undefined) ?? number }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    const languages = [...new Set(all.flatMap((offer) => offer.languages.map((tag) => tag.split('-')[0] as string)))]
      .map((tag) => ({ tag, name: languageName(tag, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    const change = (apply: (value: string) => void) => (event: Event) => {
      apply((event.target as HTMLSelectElement).value);
      this.filtersChanged(true);
    };
    return html`<div class="field offer-filters" part="offer-filters">
      <label for="municipality">${msg('Kommune', { id: 'offer.municipalityFilter' })}</label>
      <select id="municipality" @change=${change((value) => (this.municipality = value))}>
        <option value="" ?selected=${!chosen}>${msg('Alle kommuner', { id: 'offer.allMunicipalities' })}</option>
        ${municipalities.map(({ number, name }) => html`<option value=${number} ?selected=${number === chosen}>${name}</option>`)}
      </select>
      <label for="language">${msg('Språk', { id: 'offer.languages' })}</label>
      <select id="language" @change=${change((value) => (this.language = value))}>
        <option value="" ?selected=${!this.language}>${msg('Alle språk', { id: 'offer.allLanguages' })}</option>
        ${languages.map(({ tag, name }) => html`<option value=${tag} ?selected=${tag === this.language}>${name}</option>`)}
      </select>
      <label class="check"><input type="checkbox" .checked=${this.openOnly} @change=${(event: Event) => {
        this.openOnly = (event.target as HTMLInputElement).checked;
        this.filtersChanged(true);
      }} /> ${msg('Bare tilbud som er åpne for påmelding', { id: 'offer.openOnly' })}</label>
    </div>`;
  }

  /** "Show more" below a long list. Focus moves to the first newly shown item, so a keyboard user reads on from there. */
  private renderMore(total: number, list: keyof Matches) {
    const shown = this.shown[list];
    if (total <= shown) return nothing;
    const more = Math.min(PAGE_SIZE, total - shown);
    const label =
      list === 'offers'
        ? msg(str`Vis ${more} tilbud til (${shown} av ${total} vises)`, { id: 'finder.moreOffers' })
        : msg(str`Vis ${more} programmer til (${shown} av ${total} vises)`, { id: 'finder.morePrograms' });
    return html`<button class="button more" part="more" @click=${async () => {
      this.shown = { ...this.shown, [list]: shown + PAGE_SIZE };
      await this.updateComplete;
      const part = { programmes: 'results', professionals: 'professionals', offers: 'offers' }[list];
      this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"] > li:nth-child(${shown + 1})`)?.focus();
    }}>${label}</button>`;
  }
}
