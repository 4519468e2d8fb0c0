import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  deliveryFormats,
  MAX_QUERY_LENGTH,
  preventionLevelIds,
  programmeCategories,
  type Catalogue,
  type DeliveryFormat,
  type Locale,
  type PreventionLevelId,
  type Programme,
  type ProgrammeCategory,
  type ProgrammesChunk,
  type QueryAge,
} from '@foreldrestotte/sdk';
import { FsFilterChangeEvent, type FsFilters } from '../../events/fs-filter-change.js';
import type { FsShowProgrammesEvent } from '../../events/fs-show-programmes.js';
import { announce } from '../../internal/announcer.js';
import { ConnectedTask } from '../../internal/connected-task.js';
import { idList, listOf } from '../../internal/converters.js';
import { dataHere, loadData } from '../../internal/data.js';
import { today } from '../../internal/dates.js';
import { FsElement } from '../../internal/fs-element.js';
import { renderLoaded } from '../../internal/messages.js';
import { programmesMessages } from '../../internal/programme-messages.js';
import { sharedTarget } from '../../internal/share.js';
import { syncUrlConverter, UrlSyncController, type SyncUrl } from '../../internal/url-sync.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles } from '../../styles/component.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { compareStyles } from '../programme-compare/compare.styles.js';
import type * as CompareCode from '../programme-compare/compare-table.js';
import { comparisonCount, renderFinderComparison } from './compare/finder-compare.js';
import { ageWords, renderAgeChip } from './search/age-chip.js';
import { renderFilterControls } from './filters/filter-controls.js';
import {
  ageConverter,
  applyFilters,
  COMPARE_MAX,
  currentFilters,
  filterCount,
  filterParams,
  filtersFromUrl,
  hasFilters,
  type AgeSpan,
} from './filters/filters.js';
import { renderNothingFound, renderShortcuts } from './help/where-to-turn.js';
import { OffersController } from './offers/offers-controller.js';
import { renderProgramme } from './programmes/programme-item.js';
import { renderProfessionals } from './programmes/professionals-section.js';
import { FinderMatches, type Matches } from './search/matches.js';
import { SearchController } from './search/search-controller.js';
import { styles } from './programme-finder.styles.js';

export type { AgeSpan };

/** Results shown at first and added by each "show more": a page stays light however long the list is. */
const PAGE_SIZE = 10;

/**
 * @tagname fs-programme-finder
 * @summary Finds parenting programmes by free text and by prevention level, child age, format, arena and category;
 * shows local offers given as inline JSON or files. Answers come first: on a narrow container the filters wait behind a
 * "Filter" button. Attributes preset the filters, so a site can embed a narrowed finder; with `sync-url` the filters
 * live in the address and back/forward work.
 *
 * @slot - An optional `<script type="application/json">` with local offers: `{ "offers": [...] }`.
 *
 * @fires {FsFilterChangeEvent} fs-filter-change - The reader changed the search or a filter. `detail.filters` holds them all.
 * @fires {FsErrorEvent} fs-error - Some local offers are invalid or a file could not be loaded (`detail.problems` lists
 * each problem by file, offer and field; the valid offers are shown), or `src` failed.
 *
 * @csspart heading - The finder's heading.
 * @csspart search-input - The search field.
 * @csspart filter-toggle - The "Filter" button that shows the filters on a narrow container.
 * @csspart filters - The filter controls.
 * @csspart count - The number of results.
 * @csspart results - A list of programmes: what families can join, and staff training and collaboration models.
 * @csspart professionals - The list of staff training and collaboration models, shown apart under its own heading.
 * @csspart result - One programme: name, summary and a line of level, age and format.
 * @csspart where - How to get a programme: the services that offer it, and a link to its own page where there is one.
 * @csspart details - The disclosure with a programme's other facts.
 * @csspart offers - The list of local offers.
 * @csspart offer - One local offer: when, where, languages, price, status and how to join.
 * @csspart offer-status - An offer's status in words and by its own shape (open, full, waiting list, cancelled, …).
 * @csspart offer-filters - The municipality, language and "open for sign-up" filters of the local offers.
 * @csspart preview - With `preview`: every problem in the local offers, for editors.
 * @csspart more - The "show more" button under a long list (10 more each time).
 * @csspart professionals-toggle - The button that shows the staff training and collaboration models, which wait behind it while something for families matches.
 * @csspart reset - The button that clears the search and every filter, shown while one is set.
 * @csspart suggestion - A query suggested when the search finds nothing ("Mente du …?").
 * @csspart age - The child's age read from the search ("Alder: 14 år"), with a button that stops using it.
 * @csspart shortcuts - Buttons for common concerns ("Sinne og trass", "Ungdom"), shown before a search and when one finds nothing.
 * @csspart shortcut - One of those buttons.
 * @csspart where-to-turn - Where to get help when a search finds nothing: the page's contact and the services every municipality has.
 * @csspart contact - The link to the page's own contact (`contact-href`).
 * @csspart compare-toggle - "Sammenlign" on a programme: adds it to the comparison or takes it out (`aria-pressed`).
 * @csspart compare - The comparison of the chosen programmes, above the answers.
 * @csspart share - The link to one programme or offer (`#programme-icdp`, `#offer-…`), to copy and send.
 * @csspart calendar - "Legg i kalender" on an offer with dates: an iCalendar file to download.
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
  static override styles = [componentStyles, formStyles, styles, compareStyles];

  /** Free-text search. */
  @property() query = '';

  /** Prevention levels, space-separated: `universal selective indicated`. */
  @property({ converter: listOf(preventionLevelIds) }) levels: PreventionLevelId[] = [];

  /** A child's age or an age span: `5` or `3-12`. */
  @property({ converter: ageConverter }) age: AgeSpan | undefined;

  /** Formats, space-separated: `group individual home-visits video-feedback digital`. */
  @property({ converter: listOf(deliveryFormats) }) formats: DeliveryFormat[] = [];

  /** Categories, space-separated, e.g. `parenting-programme relationship-course`. */
  @property({ converter: listOf(programmeCategories) }) categories: ProgrammeCategory[] = [];

  /** Arena ids, space-separated, e.g. `helsestasjon barnevern`. */
  @property({ converter: idList }) arenas: string[] = [];

  /**
   * Keep the filters in the page address, so that back and forward work and a link shares them. What the reader types
   * goes in the fragment (`#fs-q=…`), which browsers never send to a server; `sync-url="all"` puts it in the query
   * string too, for a site that wants it there (docs/security.md).
   */
  @property({ attribute: 'sync-url', converter: syncUrlConverter }) syncUrl: SyncUrl = false;

  /**
   * URLs of local-offers files (`{ "offers": [...] }`), space-separated and relative to the page: a municipality's
   * file and NGOs' files are merged, the first offer of an id kept. Each file shows when it arrives, and fails on its own.
   */
  @property({ attribute: 'offers-src' }) offersSrc: string | undefined;

  /** Show local offers for this municipality (kommunenummer or name, `1804` or `Bodø`), and those anyone can join online. */
  @property() municipality = '';

  /** Show local offers held in this language (`ar`). */
  @property() language = '';

  /** Show only local offers open for sign-up. */
  @property({ attribute: 'open-only', type: Boolean }) openOnly = false;

  /** Also show local offers that have ended (hidden by default). */
  @property({ attribute: 'show-past', type: Boolean }) showPast = false;

  /** For editors: list every problem in the local offers on the page. Off by default; parents never need it. */
  @property({ type: Boolean }) preview = false;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) withoutHeading = false;

  /** Programmes to compare side by side, by id, space-separated, at most three: `icdp cos-p`. The reader adds them with "Sammenlign". */
  @property({ converter: idList }) compare: string[] = [];

  /**
   * Where parents reach the municipality's or organisation's own help desk (a page, `mailto:` or `tel:`): linked from
   * "ask your municipality" and from the help shown when a search finds nothing.
   */
  @property({ attribute: 'contact-href' }) contactHref: string | undefined;

  /** The words of that link, such as "Familietjenesten i Bodø, tlf. 75 55 50 00"; default "Kontakt kommunen". */
  @property({ attribute: 'contact-label' }) contactLabel: string | undefined;

  private readonly data = new ConnectedTask(this, {
    task: ([locale, src], { signal }) => loadData('programmes', locale, src, signal),
    args: () => [currentLocale(), this.src] as const,
    here: ([locale, src]) => dataHere('programmes', locale, src),
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  /** Local offers: their sources, the register that names their places, and their section. */
  private readonly offers = new OffersController(this, () => this.filtersChanged(true));

  private readonly searcher = new SearchController(this);

  private readonly matcher = new FinderMatches();

  /** How many programmes and offers are shown; reset to one page when the search or a filter changes. */
  @state() private shown = { programmes: PAGE_SIZE, professionals: PAGE_SIZE, offers: PAGE_SIZE };

  /** Whether the reader opened the list of what is for staff (shown anyway when nothing for families matches). */
  @state() private professionalsOpen = false;

  /** Whether the filters are open on a narrow container (a wide one always shows them). */
  @state() private filtersOpen = false;

  /** The municipality the page set, which "reset" keeps: a municipal page is about its own municipality. */
  private presetMunicipality = '';

  /** The programme or offer a shared link points to (`#programme-icdp`), until it is shown and focused. */
  private shared: { kind: 'programme' | 'offer'; id: string; cleared?: boolean } | undefined;

  private readonly onHashChange = () => {
    this.shared = sharedTarget();
    this.requestUpdate();
  };

  /** The comparison's code, loaded when two programmes are first chosen. */
  private compareCode: typeof CompareCode | undefined;

  /** The age read from the search that the reader took away, as the search said it ("14 år"): not used while it stays. */
  @state() private ignoredAge: string | undefined;

  /** With `sync-url`, the search and filters in the page address. */
  private readonly url = new UrlSyncController<FsFilters>(this, {
    current: () => this.currentFilters(),
    apply: (filters) => this.applyFilters(filters),
    fromUrl: filtersFromUrl,
    toParams: filterParams,
  });

  private readonly onShowProgrammes = (event: FsShowProgrammesEvent) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    this.applyFilters({ levels: [event.detail.level], ...(this.presetMunicipality ? { municipality: this.presetMunicipality } : {}) });
    this.filtersChanged(true);
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start' });
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.presetMunicipality ||= this.municipality;
    this.shared = sharedTarget();
    document.addEventListener('fs-show-programmes', this.onShowProgrammes);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fs-show-programmes', this.onShowProgrammes);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * Shows the programme or offer a shared link points to: the search and filters cleared when they hide it (once),
   * its list opened far enough, its facts open, scrolled to and focused. An offer waits for the offers to arrive.
   */
  private openShared(matches: Matches): void {
    const target = this.shared;
    if (!target) return;
    // The answers are final once the offers (for a course) and the search code (for a search) are here.
    if ((target.kind === 'offer' && this.offers.loading) || (this.query.trim() && !this.searcher.code)) return;
    const lists = target.kind === 'offer' ? (['offers'] as const) : (['programmes', 'professionals'] as const);
    for (const list of lists) {
      const index = (list === 'offers' ? matches.offers : matches[list]).findIndex((item) => item.id === target.id);
      if (index < 0) continue;
      if (list === 'professionals' && matches.programmes.length > 0 && !this.professionalsOpen) {
        this.professionalsOpen = true;
        return;
      }
      if (index >= this.shown[list]) {
        this.shown = { ...this.shown, [list]: Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE };
        return;
      }
      const item = this.renderRoot.querySelector<HTMLElement>(`#${target.kind}-${target.id}`);
      if (!item) return;
      this.shared = undefined;
      const details = item.querySelector('details');
      if (details) details.open = true;
      item.scrollIntoView({ block: 'start' });
      item.focus();
      return;
    }
    // Not among the answers: the search and filters hide it. Cleared once; if it is still not there, it is not here.
    if (target.cleared) {
      this.shared = undefined;
      return;
    }
    this.shared = { ...target, cleared: true };
    this.applyFilters({ ...(this.presetMunicipality ? { municipality: this.presetMunicipality } : {}), compare: this.compare });
  }

  private applyFilters(filters: FsFilters): void {
    applyFilters(this, filters);
  }

  private currentFilters(): FsFilters {
    return currentFilters(this);
  }

  /** After a user action: tell the page, keep the address in step, announce the new count. */
  private filtersChanged(push: boolean): void {
    this.shown = { programmes: PAGE_SIZE, professionals: PAGE_SIZE, offers: PAGE_SIZE };
    this.dispatchEvent(new FsFilterChangeEvent(this.currentFilters()));
    this.url.write(push);
    void this.updateComplete.then(() => {
      const matches = this.found();
      if (!matches) return;
      const count = this.countText(matches.programmes.length + matches.professionals.length, matches.offers.length);
      // The age read from the question is said too: it decides what comes first.
      announce(matches.age ? `${count} ${ageWords(matches.age)}.` : count);
    });
  }

  /** Clears the search and every filter but the municipality the page set. */
  private clearFilters(): void {
    this.ignoredAge = undefined;
    this.applyFilters({ ...(this.presetMunicipality ? { municipality: this.presetMunicipality } : {}), compare: this.compare });
    this.filtersChanged(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  /** The programmes and offers that match, ranked by the SDK, computed once per change of data, search or filters. */
  private found(): Matches | undefined {
    const data = this.data.value?.data;
    if (!data) return undefined;
    const query = this.query.trim();
    return this.matcher.find({
      data,
      readAge: this.readsAge(query),
      offers: this.offers.list,
      // Until the search code has arrived (a moment, from this page's own server), the list is shown unsearched.
      programmeSearch: query ? this.searcher.programmeSearch(data) : undefined,
      offerSearch: query && this.offers.list.length ? this.searcher.offerSearch(this.offers.searchData(data), this.offers.list) : undefined,
      query,
      filter: { levels: this.levels, formats: this.formats, categories: this.categories, arenas: this.arenas, ...(this.age ? { age: this.age } : {}) },
      municipality: this.offers.municipalityNumber(),
      language: this.language,
      openOnly: this.openOnly,
      showPast: this.showPast,
      today: today(),
    });
  }

  /** Whether the search ranks by a child's age in `query`: not when an age filter is set, or the reader took it away. */
  private readsAge(query: string): boolean {
    if (this.age || !query) return false;
    const age = this.searcher.code?.queryAge(query);
    return age !== undefined && age.text !== this.ignoredAge;
  }

  /** Also waits for the search code when a search is waiting for it, so that tests and hosts see searched results. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.query.trim() && this.searcher.pending) {
      await this.searcher.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private countText(programmes: number, offers: number): string {
    const base = programmes === 1 ? msg('1 program passer.', { id: 'finder.countOne' }) : msg(str`${programmes} programmer passer.`, { id: 'finder.count' });
    if (!this.offers.list.length) return base;
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
    if (loaded && this.data.status === 2 && !this.offers.loading) this.searcher.prepare(loaded.data, this.offers.searchData(loaded.data), this.offers.list);
    const failure = this.offers.failure();
    this.showDataState(this.data, failure === undefined);
    this.setState('empty', matches !== undefined && matches.programmes.length + matches.professionals.length + matches.offers.length === 0);
    this.setState('error', failure !== undefined);
    if (failure) this.reportProblem(failure.key, () => failure.detail);
    if (matches && this.shared) this.openShared(matches);
  }

  override render(): TemplateResult {
    return this.inLanguage(renderLoaded(this.data, programmesMessages(), ({ data }) => this.renderFinder(data)));
  }

  private renderFinder(data: ProgrammesChunk | Catalogue) {
    const locale = currentLocale();
    const day = today();
    const level = this.outlineLevel;
    const {
      programmes: results,
      professionals,
      offers,
      terms,
      age,
    } = this.found() ?? { programmes: [], professionals: [], offers: [], terms: () => [], age: undefined };
    const set = filterCount(this, this.presetMunicipality);
    const none = results.length + professionals.length + offers.length === 0;
    return html`<section class="finder" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level=${level} tabindex="-1">
        ${msg('Finn foreldreprogram', { id: 'finder.heading' })}
      </div>

      <div class="search" role="search">
        <label for="query">${msg('Søk etter navn, tema eller det du lurer på', { id: 'finder.searchLabel' })}</label>
        <input id="query" type="search" part="search-input" autocomplete="off" spellcheck="false" maxlength=${MAX_QUERY_LENGTH} .value=${this.query}
          @focus=${() => this.searcher.need()}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            // An age taken away counts until the question says another.
            if (this.ignoredAge && this.searcher.code?.queryAge(this.query)?.text !== this.ignoredAge) this.ignoredAge = undefined;
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
      ${this.query.trim() ? nothing : renderShortcuts(locale, (query) => this.search(query))}

      <div class="count-row">
        <p class="count" part="count">${this.countText(results.length + professionals.length, offers.length)}</p>
        ${age ? this.renderAge(age) : nothing}
        <button class="button filter-toggle" part="filter-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters-panel"
          @click=${() => (this.filtersOpen = !this.filtersOpen)}>${set ? msg(str`Filter (${set})`, { id: 'finder.filterToggleCount' }) : msg('Filter', { id: 'finder.filterToggle' })}</button>
        ${hasFilters(this, this.presetMunicipality) ? html`<button class="button" part="reset" @click=${() => this.clearFilters()}>${msg('Nullstill søk og filtre', { id: 'finder.reset' })}</button>` : nothing}
      </div>

      <div class="layout">
        <div class="filters-panel" id="filters-panel" ?data-open=${this.filtersOpen}>
          ${renderFilterControls(this, data.arenas, locale, () => this.filtersChanged(true))}
          ${this.offers.renderFilters(locale)}
        </div>
        <div class="answers">
          ${this.renderCompare(data, locale)}
          ${this.offers.render({
            offers,
            shown: this.shown.offers,
            more: this.renderMore(offers.length, 'offers'),
            byId: this.matcher.orders(data, this.offers.list, day).byId,
            locale,
            level: level + 1,
            today: day,
            quiet: none,
          })}
          ${
            none
              ? this.renderEmpty(data)
              : html`${
                  results.length
                    ? html`<ul class="results" part="results" aria-label=${msg('Programmer', { id: 'finder.results' })}>
                    ${results.slice(0, this.shown.programmes).map((programme) => this.renderProgramme(programme, terms, data, locale))}
                  </ul>`
                    : nothing
                }
              ${this.renderMore(results.length, 'programmes')}
              ${
                professionals.length
                  ? renderProfessionals({
                      count: professionals.length,
                      forFamilies: results.length,
                      opened: this.professionalsOpen,
                      toggle: () => (this.professionalsOpen = !this.professionalsOpen),
                      level: level + 1,
                      list: () =>
                        html`<ul class="results" part="results professionals" aria-labelledby="professionals-heading">
                            ${professionals.slice(0, this.shown.professionals).map((programme) => this.renderProgramme(programme, terms, data, locale))}
                          </ul>
                          ${this.renderMore(professionals.length, 'professionals')}`,
                    })
                  : nothing
              }`
          }
        </div>
      </div>
    </section>`;
  }

  private renderProgramme(programme: Programme, terms: Matches['terms'], data: ProgrammesChunk | Catalogue, locale: Locale) {
    return renderProgramme(
      programme,
      terms(programme),
      data,
      locale,
      this.outlineLevel + 1,
      (text, matched) => this.searcher.mark(text, matched),
      this.contact(),
      {
        chosen: this.compare.includes(programme.id),
        full: !this.compare.includes(programme.id) && this.compare.length >= COMPARE_MAX,
        toggle: () => this.toggleCompare(programme),
      },
    );
  }

  /** Adds a programme to the comparison or takes it out; the comparison's code comes with the second. */
  private toggleCompare(programme: Programme): void {
    this.compare = this.compare.includes(programme.id)
      ? this.compare.filter((id) => id !== programme.id)
      : [...this.compare, programme.id].slice(0, COMPARE_MAX);
    this.filtersChanged(true);
    announce(comparisonCount(this.compare.length));
  }

  /** The programmes chosen to compare, side by side above the answers; the table's code comes with the second. */
  private renderCompare(data: ProgrammesChunk | Catalogue, locale: Locale) {
    const chosen = this.compare.flatMap((id) => data.programmes.find((programme) => programme.id === id) ?? []);
    if (chosen.length >= 2 && !this.compareCode) {
      void import('../programme-compare/compare-table.js').then((code) => {
        this.compareCode = code;
        this.requestUpdate();
      });
    }
    return renderFinderComparison({
      chosen,
      data,
      locale,
      level: this.outlineLevel + 1,
      offers: this.offers.list.length ? this.offers.list : undefined,
      code: this.compareCode,
      toggle: (programme) => this.toggleCompare(programme),
      clear: () => {
        this.compare = [];
        this.filtersChanged(true);
      },
    });
  }

  private contact() {
    return { href: this.contactHref, label: this.contactLabel };
  }

  /** Searches for `query` as if typed, and returns focus to the search field. */
  private search(query: string): void {
    this.query = query;
    this.filtersChanged(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  /** The age read from the search, as a chip whose button stops using it; focus goes back to the search field. */
  private renderAge(age: QueryAge) {
    return renderAgeChip(age, () => {
      this.ignoredAge = age.text;
      this.filtersChanged(false);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
    });
  }

  /** Nothing found: near words, common concerns and where to get help (help/where-to-turn.ts); never a dead end. */
  private renderEmpty(data: ProgrammesChunk | Catalogue) {
    const query = this.query.trim();
    return renderNothingFound({
      suggestions: this.searcher.suggestions(data, this.offers.searchData(data), this.offers.list, query),
      searched: query !== '',
      locale: currentLocale(),
      search: (words) => this.search(words),
      contact: this.contact(),
      level: this.outlineLevel + 1,
    });
  }

  /** "Show more" below a long list. Focus moves to the first newly shown item, so a keyboard user reads on from there. */
  private renderMore(total: number, list: 'programmes' | 'professionals' | 'offers') {
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
