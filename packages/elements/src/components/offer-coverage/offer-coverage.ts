import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  localize,
  offerCoverage,
  offerServices,
  type Catalogue,
  type Locale,
  type MunicipalityRegister,
  type Offer,
  type OfferCoverage,
  type ProgrammesChunk,
} from '@foreldrestotte/sdk';
import { ConnectedTask } from '../../internal/connected-task.js';
import { oneOf } from '../../internal/converters.js';
import { dataHere, loadData, loadRegister, registerHere } from '../../internal/data.js';
import { formatDate, today } from '../../internal/dates.js';
import { FsElement } from '../../internal/fs-element.js';
import { renderLoaded } from '../../internal/messages.js';
import { renderPreview } from '../../internal/offer-preview.js';
import { OfferSources } from '../../internal/offers.js';
import { levelBothText, serviceText } from '../../internal/vocabulary.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles } from '../../styles/component.styles.js';
import { renderCell, renderOfferList } from './coverage-cell.js';
import { styles } from './offer-coverage.styles.js';

/** The two ways to read the coverage: by prevention level and age band, or by the service that runs each offer. */
export const coverageViews = ['levels', 'services'] as const;
/** How `<fs-offer-coverage>` lays out the coverage. */
export type CoverageView = (typeof coverageViews)[number];

/**
 * @tagname fs-offer-coverage
 * @summary A municipality's tiltaksvifte: which prevention levels and ages its local offers cover, by what, where the
 * gaps are, and which documented programmes of the catalogue could fill them. For planners. A table with the levels
 * as rows and the age bands as columns (a list per level in a narrow container), a second view by the service that
 * runs each offer, the offers joined online apart, and those that cannot be placed with why.
 *
 * @slot - An optional `<script type="application/json">` with local offers: `{ "offers": [...] }`.
 *
 * @fires {FsErrorEvent} fs-error - Some offers are invalid or a file could not be loaded (`detail.problems` lists each
 * problem by file, offer and field; the valid offers are counted), or `src` failed.
 *
 * @csspart heading - The heading, naming the municipality.
 * @csspart summary - The line that counts the covered cells and names the bands and levels without any offer.
 * @csspart views - The buttons that switch between the two views.
 * @csspart grid - The table of levels and age bands.
 * @csspart cell - One cell: its offers, or the words that say it has none and what could fill it.
 * @csspart gap - The line in a cell without offers.
 * @csspart services - The table by service.
 * @csspart online - The offers joined online.
 * @csspart unplaced - The offers that cannot be placed, with why.
 * @csspart preview - With `preview`: every problem in the offers files, for editors.
 * @csspart message - Loading, error, empty and fallback messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - Links and the chosen view.
 * @cssprop [--fs-offer-coverage-gap-background=light-dark(#fff4e5, #3a2a12)] - Background of a cell without offers.
 *
 * @cssstate loading - Data or an offers file is loading.
 * @cssstate empty - No offer counts for the municipality.
 * @cssstate error - Some or all offers could not be read.
 * @cssstate fallback - `src` failed; the embedded catalogue is used.
 */
export class FsOfferCoverage extends FsElement {
  /** Shared tokens and resets, then the element's own styles. */
  static override styles = [componentStyles, styles];

  /** The municipality: its kommunenummer (`1804`) or any of its official names (`Bodø`). */
  @property() municipality = '';

  /** URLs of offers files (`{ "offers": [...] }`), space-separated and relative to the page, merged by id as the finder merges them. */
  @property({ attribute: 'offers-src' }) offersSrc: string | undefined;

  /** The day to count offers for, `YYYY-MM-DD` (offers that ended before it are left out); default today. */
  @property() date: string | undefined;

  /** The view shown first: `levels` (levels and ages) or `services` (by service). */
  @property({ converter: oneOf(coverageViews) }) view: CoverageView | undefined;

  /** For editors: list every problem in the offers files on the page. */
  @property({ type: Boolean }) preview = false;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) withoutHeading = false;

  private readonly data = new ConnectedTask(this, {
    task: async ([locale, src], { signal }) => {
      const [programmes, municipalities] = await Promise.all([loadData('programmes', locale, src, signal), loadRegister()]);
      return { ...programmes, municipalities };
    },
    args: () => [currentLocale(), this.src] as const,
    here: ([locale, src]) => {
      const [programmes, municipalities] = [dataHere('programmes', locale, src), registerHere()];
      return programmes && municipalities ? { ...programmes, municipalities } : undefined;
    },
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  private readonly offers = new OfferSources(this);

  private memo: { inputs: unknown[]; coverage: OfferCoverage } | undefined;

  /** The coverage for what is here now, worked out again only when the data, the offers or the question change. */
  private coverage(data: ProgrammesChunk | Catalogue, register: MunicipalityRegister): OfferCoverage | undefined {
    if (!this.municipality.trim()) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(this.date ?? '') ? (this.date as string) : today();
    const inputs = [data, register, this.offers.list, this.municipality, day];
    if (!this.memo || this.memo.inputs.some((input, i) => input !== inputs[i])) {
      this.memo = { inputs, coverage: offerCoverage(data, this.offers.list, { municipality: this.municipality, today: day, municipalities: register }) };
    }
    return this.memo.coverage;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { problems } = this.offers;
    this.showDataState(this.data, problems.length === 0);
    // Loading too while an offers file is on its way: a grid with some files missing is not yet the municipality's.
    this.setState('loading', this.data.status <= 1 || this.offers.pending.length > 0);
    this.setState('error', problems.length > 0);
    const loaded = this.data.value;
    const coverage = loaded && this.data.status === 2 ? this.coverage(loaded.data, loaded.municipalities) : undefined;
    this.setState('empty', coverage !== undefined && this.offers.pending.length === 0 && coverage.cells.every((cell) => cell.offers.length === 0));
    if (problems.length) {
      this.reportProblem(`offers|${this.offersSrc}|${this.offers.list.length}|${problems.length}`, () => ({
        error: this.offers.failures[0] ?? `${problems.length} problems in the offers; see detail.problems`,
        message: msg('Noen tilbud kunne ikke leses.', { id: 'coverage.offersSome' }),
        fallback: false,
        problems,
      }));
    }
  }

  override render(): TemplateResult {
    return this.inLanguage(
      renderLoaded(
        this.data,
        { loading: msg('Laster tiltaksvifta …', { id: 'coverage.loading' }), failed: msg('Tiltaksvifta kunne ikke lastes.', { id: 'coverage.loadError' }) },
        ({ data, municipalities }) => this.renderCoverage(data, municipalities),
      ),
    );
  }

  private renderCoverage(data: ProgrammesChunk | Catalogue, register: MunicipalityRegister) {
    const locale = currentLocale();
    const level = this.outlineLevel;
    const coverage = this.coverage(data, register);
    // Offers still to come (on the server, all of them): a grid without them would show gaps that are not there.
    if (this.offers.pending.length && this.offers.list.length === 0) {
      return html`<div class="loading"><p class="message" part="message" role="status">${msg('Henter fortsatt tilbud …', { id: 'coverage.pending' })}</p></div>`;
    }
    if (!coverage)
      return html`<p class="message error" part="message" role="alert">${msg('Oppgi kommunen i attributtet municipality, med nummer eller navn.', { id: 'coverage.noMunicipality' })}</p>`;
    const name = 'name' in coverage.municipality ? coverage.municipality.name : coverage.municipality.number;
    const view = this.view ?? 'levels';
    return html`<section class="coverage" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level=${level}>
        ${msg(html`Tiltaksvifte for <bdi>${name}</bdi>`, { id: 'coverage.heading' })}
      </div>
      <p class="summary" part="summary">${this.summary(coverage, locale)}</p>
      ${this.offers.pending.length ? html`<p class="message" part="message" role="status">${msg('Henter fortsatt tilbud …', { id: 'coverage.pending' })}</p>` : nothing}
      ${this.preview ? renderPreview(this.offers.problems, this.offers.list.length, locale, level + 1) : nothing}
      <div class="views" part="views" role="group" aria-label=${msg('Vis tiltaksvifta', { id: 'coverage.views' })}>
        ${coverageViews.map(
          (id) => html`<button class="button" aria-pressed=${view === id ? 'true' : 'false'} @click=${() => (this.view = id)}>
            ${id === 'levels' ? msg('Etter nivå og alder', { id: 'coverage.byLevel' }) : msg('Etter tjeneste', { id: 'coverage.byService' })}
          </button>`,
        )}
      </div>
      ${view === 'levels' ? this.renderGrid(coverage, locale, level) : this.renderServices(coverage, locale, level)}
      ${this.renderOnline(coverage.online, locale, level)} ${this.renderUnplaced(coverage, locale, level)}
      <p class="note">${msg('Tilbud er ikke behov: et felt med tilbud kan ha for få plasser, og et tomt felt trenger ikke være et hull i kommunen.', { id: 'coverage.limits' })}
        ${msg(str`Tilbud som ikke er avsluttet per ${formatDate(coverage.today)}.`, { id: 'coverage.asOf' })}</p>
    </section>`;
  }

  /** "12 av 15 felt har minst ett tilbud. Ingen tilbud for: 13–18 år." */
  private summary(coverage: OfferCoverage, locale: Locale): string {
    const covered = coverage.cells.filter((cell) => cell.offers.length > 0).length;
    const empty = (cells: OfferCoverage['cells']) => cells.every((cell) => cell.offers.length === 0);
    const bands = coverage.bands.filter((band) => empty(coverage.cells.filter((cell) => cell.band === band.id)));
    const levels = coverage.levels.filter((level) => empty(coverage.cells.filter((cell) => cell.level === level)));
    const list = (names: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    const sentences = [msg(str`${covered} av ${coverage.cells.length} felt har minst ett tilbud.`, { id: 'coverage.summary' })];
    if (bands.length) {
      const names = list(bands.map((band) => localize(band.label, locale)));
      sentences.push(msg(str`Ingen tilbud for: ${names}.`, { id: 'coverage.noneForBands' }));
    }
    if (levels.length) {
      const names = list(levels.map((level) => levelBothText(level, locale)));
      sentences.push(msg(str`Ingen tilbud på nivå: ${names}.`, { id: 'coverage.noneForLevels' }));
    }
    return sentences.join(' ');
  }

  /** Levels as rows, bands as columns; in a narrow container, the same as a list per level. */
  private renderGrid(coverage: OfferCoverage, locale: Locale, level: number) {
    const cellOf = (id: string, band: string) => coverage.cells.find((cell) => cell.level === id && cell.band === band);
    const caption = msg('Tilbud etter forebyggingsnivå og barnets alder', { id: 'coverage.caption' });
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
        <table part="grid">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Nivå', { id: 'coverage.level' })}</th>
              ${coverage.bands.map((band) => html`<th scope="col">${localize(band.label, locale)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${coverage.levels.map(
              (id) => html`<tr>
                <th scope="row">${levelBothText(id, locale)}</th>
                ${coverage.bands.map((band) => html`<td part="cell">${renderCell(cellOf(id, band.id), locale)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="by-level">
        ${coverage.levels.map(
          (id) => html`<section aria-labelledby="level-${id}">
            <div class="level-heading" id="level-${id}" role="heading" aria-level=${level + 1}>${levelBothText(id, locale)}</div>
            <dl>
              ${coverage.bands.map((band) => html`<dt>${localize(band.label, locale)}</dt><dd part="cell">${renderCell(cellOf(id, band.id), locale)}</dd>`)}
            </dl>
          </section>`,
        )}
      </div>`;
  }

  /** By the service that runs each offer: a row per service the offers name, a column per level; narrow, a list per service. */
  private renderServices(coverage: OfferCoverage, locale: Locale, level: number) {
    const placed = [...new Set(coverage.cells.flatMap((cell) => cell.offers))];
    const rows = [...offerServices, undefined].filter((service) => placed.some((offer) => offer.service === service));
    const caption = msg('Tilbud etter tjenesten som holder dem, og forebyggingsnivå', { id: 'coverage.servicesCaption' });
    const offersAt = (service: string | undefined, id: string) => {
      const offers = placed.filter((offer) => offer.service === service && coverage.cells.some((cell) => cell.level === id && cell.offers.includes(offer)));
      return offers.length
        ? renderOfferList(offers, locale)
        : html`<span class="none">–<span class="visually-hidden">${msg('ingen tilbud', { id: 'coverage.none' })}</span></span>`;
    };
    if (rows.length === 0) return html`<p class="message" part="message">${msg('Ingen tilbud å vise for kommunen.', { id: 'coverage.noOffers' })}</p>`;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
        <table part="services">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Tjeneste', { id: 'coverage.service' })}</th>
              ${coverage.levels.map((id) => html`<th scope="col">${levelBothText(id, locale)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (service) => html`<tr>
                <th scope="row">${serviceText(service)}</th>
                ${coverage.levels.map((id) => html`<td>${offersAt(service, id)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="by-level">
        ${rows.map(
          (service, i) => html`<section aria-labelledby="service-${i}">
            <div class="level-heading" id="service-${i}" role="heading" aria-level=${level + 1}>${serviceText(service)}</div>
            <dl>
              ${coverage.levels.map((id) => html`<dt>${levelBothText(id, locale)}</dt><dd>${offersAt(service, id)}</dd>`)}
            </dl>
          </section>`,
        )}
      </div>`;
  }

  private renderOnline(offers: readonly Offer[], locale: Locale, level: number) {
    if (offers.length === 0) return nothing;
    return html`<section class="online" part="online" aria-labelledby="online-heading">
      <div class="level-heading" id="online-heading" role="heading" aria-level=${level + 1}>${msg('På nett, for hele landet', { id: 'coverage.online' })}</div>
      <p>${msg('Disse kan familier i kommunen bruke hjemmefra. De er ikke talt med i tabellen.', { id: 'coverage.onlineNote' })}</p>
      ${renderOfferList(offers, locale)}
    </section>`;
  }

  private renderUnplaced(coverage: OfferCoverage, locale: Locale, level: number) {
    if (coverage.unplaced.length === 0) return nothing;
    return html`<section class="unplaced" part="unplaced" aria-labelledby="unplaced-heading">
      <div class="level-heading" id="unplaced-heading" role="heading" aria-level=${level + 1}>${msg('Kunne ikke plasseres', { id: 'coverage.unplaced' })}</div>
      <ul>
        ${coverage.unplaced.map(
          ({ offer, reason }) =>
            html`<li><bdi>${localize(offer.title, locale)}</bdi>: ${
              reason === 'no-levels'
                ? msg('oppgir ikke nivå, og har ikke noe program i katalogen.', { id: 'coverage.noLevels' })
                : msg('oppgir ikke alder, og programmet har ingen.', { id: 'coverage.noAges' })
            }</li>`,
        )}
      </ul>
    </section>`;
  }
}
