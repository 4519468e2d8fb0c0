import { msg, str } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  findMeasures,
  getReport,
  localize,
  reportYears,
  statusChanges,
  statuses,
  statusSummary,
  type Catalogue,
  type Status,
  type StatusTally,
  type StrategyChunk,
} from '@foreldrestotte/sdk';
import { FsFilterChangeEvent } from '../../events/fs-filter-change.js';
import { FsMeasureToggleEvent } from '../../events/fs-measure-toggle.js';
import { ConnectedTask } from '../../internal/connected-task.js';
import { oneOf } from '../../internal/converters.js';
import { announce } from '../../internal/announcer.js';
import { dataHere, loadData } from '../../internal/data.js';
import { isPrinting, whenPrinting } from '../../internal/printing.js';
import { FsElement } from '../../internal/fs-element.js';
import { syncUrlConverter, UrlSyncController, type SyncUrl } from '../../internal/url-sync.js';
import { boardFiltersFromUrl, boardParams, type BoardFilters } from './board-url.js';
import { renderLoaded } from '../../internal/messages.js';
import { statusIcon, statusText } from '../../internal/status.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles, statusStyles } from '../../styles/component.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { styles } from './measure-board.styles.js';

/**
 * @tagname fs-measure-board
 * @summary All 34 measures grouped by focus area, with the number of measures per status as a chart and a table,
 * filters by status, focus area and responsible ministry, what changed since the previous report, and each measure's
 * card on demand. With `sync-url`, the filters and the year live in the page address, so a link shares them and
 * back and forward work.
 *
 * @dependency fs-measure-card
 *
 * @fires {FsFilterChangeEvent} fs-filter-change - The reader changed a filter. `detail.filters` has `status`, `focusArea` and `responsible`.
 * @fires {FsMeasureToggleEvent} fs-measure-toggle - The reader opened or closed a measure. `detail` is `{ measure, open }`.
 * @fires {FsErrorEvent} fs-error - `src` failed and the embedded catalogue is shown instead.
 *
 * @csspart heading - The board's heading.
 * @csspart filters - The filter controls.
 * @csspart summary - The table of counts per status and focus area.
 * @csspart scroll-hint - The line that says the table scrolls sideways, shown only while it is wider than its place.
 * @csspart measure - One measure in the list.
 * @csspart toggle - The button that opens a measure.
 * @csspart message - Loading, empty and fallback messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - Buttons and focus.
 * @cssprop [--fs-measure-board-gap=1.5em] - Space between the board's sections.
 * @cssprop [--fs-color-status-completed=#146c2e] - Colour of "completed" (likewise `-on-track`, `-ongoing`, `-delayed`, `-deviation`, `-not-started`).
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - No measure matches the filters.
 * @cssstate fallback - `src` failed; the embedded catalogue is shown.
 */
export class FsMeasureBoard extends FsElement {
  /** Shared tokens and resets, then the element's own styles. */
  static override styles = [componentStyles, formStyles, statusStyles, styles];

  /** The report year to show; default the latest. */
  @property({ type: Number }) year: number | undefined;

  /** Show only measures with this status (`not-started`, `ongoing`, `on-track`, `delayed`, `deviation`, `completed`). */
  @property({ reflect: true, converter: oneOf(statuses) }) status: Status | undefined;

  /** Show only this focus area, 1–6. */
  @property({ attribute: 'focus-area', type: Number, reflect: true }) focusArea: number | undefined;

  /** Show only measures this organisation is responsible for (`bfd`, `hod`, `kd`, `jd`, `hdir`). */
  @property({ reflect: true }) responsible: string | undefined;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) withoutHeading = false;

  /** Keep the filters and the year in the page address (`?fs-status=…&fs-focus-area=…`), so back and forward work. */
  @property({ attribute: 'sync-url', converter: syncUrlConverter }) syncUrl: SyncUrl = false;

  /** With `sync-url`, the filters and year in the page address. */
  private readonly url = new UrlSyncController<BoardFilters>(this, {
    current: () => ({ status: this.status, focusArea: this.focusArea, responsible: this.responsible, year: this.year }),
    apply: (filters) => {
      ({ status: this.status, focusArea: this.focusArea, responsible: this.responsible, year: this.year } = filters);
    },
    fromUrl: boardFiltersFromUrl,
    toParams: boardParams,
  });

  @state() private open = new Set<number>();

  private readonly data = new ConnectedTask(this, {
    task: ([locale, src], { signal }) => loadData('strategy', locale, src, signal),
    args: () => [currentLocale(), this.src] as const,
    here: ([locale, src]) => dataHere('strategy', locale, src),
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  /** Shows the scroll hint while the table is wider than its region; watched, since the region's width follows the page. */
  private readonly tableWatcher = new ResizeObserver(() => this.showScrollHint());

  private showScrollHint(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    const hint = this.renderRoot.querySelector<HTMLElement>('.scroll-hint');
    if (wrap && hint) hint.hidden = wrap.scrollWidth <= wrap.clientWidth + 1;
  }

  /** Stops following the page's printing. */
  private stopPrinting: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // On paper every measure shows its report, as if opened.
    this.stopPrinting = whenPrinting(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tableWatcher.disconnect();
    this.stopPrinting?.();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const wrap = this.renderRoot.querySelector('.table-wrap');
    const table = wrap?.querySelector('table');
    if (wrap && table) {
      this.tableWatcher.disconnect();
      this.tableWatcher.observe(wrap);
      this.tableWatcher.observe(table);
    }
    const loaded = this.data.value;
    this.showDataState(this.data);
    this.setState('empty', loaded !== undefined && this.data.status === 2 && this.visible(loaded.data).length === 0);
  }

  private shownYear(data: StrategyChunk | Catalogue): number | undefined {
    const years = reportYears(data);
    return this.year !== undefined && years.includes(this.year) ? this.year : years.at(-1);
  }

  /**
   * The measures to list. Without a status filter every measure is listed, those without a report for the year
   * marked so; a status filter lists the measures with that status in that year's report.
   */
  private visible(data: StrategyChunk | Catalogue) {
    const { status } = this;
    return findMeasures(data, {
      ...(status ? { year: this.shownYear(data), status } : {}),
      ...(this.focusArea ? { focusArea: this.focusArea } : {}),
      ...(this.responsible ? { responsible: this.responsible } : {}),
    });
  }

  private changeFilter(event: Event, field: 'status' | 'focusArea' | 'responsible'): void {
    const value = (event.target as HTMLSelectElement).value || undefined;
    if (field === 'focusArea') this.focusArea = value ? Number(value) : undefined;
    else if (field === 'status') this.status = statuses.find((status) => status === value);
    else this.responsible = value;
    this.url.write(true);
    this.dispatchEvent(
      new FsFilterChangeEvent({
        ...(this.status ? { status: this.status } : {}),
        ...(this.focusArea ? { focusArea: this.focusArea } : {}),
        ...(this.responsible ? { responsible: this.responsible } : {}),
      }),
    );
    void this.updateComplete.then(() => {
      const loaded = this.data.value;
      if (loaded) announce(this.countText(this.visible(loaded.data).length, loaded.data.measures.length));
    });
  }

  private clearFilters(): void {
    this.status = undefined;
    this.focusArea = undefined;
    this.responsible = undefined;
    this.url.write(true);
    this.dispatchEvent(new FsFilterChangeEvent({}));
    void this.updateComplete.then(() => {
      const loaded = this.data.value;
      if (loaded) announce(this.countText(loaded.data.measures.length, loaded.data.measures.length));
      this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
    });
  }

  private toggle(number: number): void {
    const open = new Set(this.open);
    const opening = !open.has(number);
    if (opening) open.add(number);
    else open.delete(number);
    this.open = open;
    this.dispatchEvent(new FsMeasureToggleEvent(number, opening));
  }

  /** Escape inside an open measure closes it and puts focus back on its button. */
  private onMeasureKey(event: KeyboardEvent, number: number): void {
    if (event.key !== 'Escape' || !this.open.has(number)) return;
    event.preventDefault();
    this.toggle(number);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[aria-controls="card-${number}"]`)?.focus());
  }

  private countText(shown: number, total: number): string {
    return msg(str`Viser ${shown} av ${total} tiltak.`, { id: 'board.count' });
  }

  override render(): TemplateResult {
    return this.inLanguage(
      renderLoaded(
        this.data,
        { loading: msg('Laster oversikten …', { id: 'board.loading' }), failed: msg('Oversikten kunne ikke lastes.', { id: 'board.loadError' }) },
        ({ data }) => this.renderBoard(data),
      ),
    );
  }

  private renderBoard(data: StrategyChunk | Catalogue) {
    const locale = currentLocale();
    const year = this.shownYear(data);
    if (year === undefined) return nothing;
    const years = reportYears(data);
    const previous = years.filter((candidate) => candidate < year).at(-1);
    const changed = new Set(
      previous === undefined
        ? []
        : statusChanges(data, previous, year)
            .filter((c) => c.changed)
            .map((c) => c.measure.number),
    );
    const visible = this.visible(data);
    const unreported = visible.filter((measure) => !getReport(measure, year)).length;
    const summary = statusSummary(data, year);

    return html`<section class="board" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level=${this.outlineLevel}>
        ${msg(str`Status for tiltakene i strategien ${year}`, { id: 'board.heading' })}
      </div>

      <div class="summary">
        <div class="table-title" id="caption">${msg(str`Antall tiltak per status og innsatsområde, ${year}`, { id: 'board.caption' })}</div>
        <p class="scroll-hint" part="scroll-hint" hidden>
          ${msg('Tabellen er bredere enn plassen her: rull sideveis for å se alle kolonnene.', { id: 'board.scrollHint' })}
        </p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="caption">
          <table part="summary" aria-labelledby="caption">
            <thead>
              <tr>
                <th scope="col">${msg('Innsatsområde', { id: 'board.area' })}</th>
                ${statuses.map((status) => html`<th scope="col">${statusText(status)}</th>`)}
                ${summary.notReported ? html`<th scope="col">${msg(str`Ikke rapportert i ${year}`, { id: 'board.notReported' })}</th>` : nothing}
                <td class="bar-cell" aria-hidden="true"></td>
              </tr>
            </thead>
            <tbody>
              ${summary.focusAreas.map((tally) => {
                const area = data.focusAreas.find((candidate) => candidate.id === tally.focusArea);
                return this.renderSummaryRow(`${tally.focusArea}. ${area ? localize(area.title, locale) : ''}`, tally, summary.notReported > 0);
              })}
              ${this.renderSummaryRow(msg('Alle', { id: 'board.all' }), summary, summary.notReported > 0)}
            </tbody>
          </table>
        </div>
      </div>

      <div class="filters" part="filters" role="group" aria-label=${msg('Filtrer tiltakene', { id: 'board.filters' })}>
        <div class="field">
          <label for="status">${msg('Status', { id: 'board.status' })}</label>
          <select id="status" @change=${(event: Event) => this.changeFilter(event, 'status')}>
            <option value="" ?selected=${!this.status}>${msg('Alle', { id: 'board.all' })}</option>
            ${statuses.map((status) => html`<option value=${status} ?selected=${this.status === status}>${statusText(status)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="area">${msg('Innsatsområde', { id: 'board.area' })}</label>
          <select id="area" @change=${(event: Event) => this.changeFilter(event, 'focusArea')}>
            <option value="" ?selected=${!this.focusArea}>${msg('Alle', { id: 'board.all' })}</option>
            ${data.focusAreas.map(
              (area) => html`<option value=${area.id} ?selected=${this.focusArea === area.id}>${area.id}. ${localize(area.title, locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="responsible">${msg('Ansvarlig', { id: 'card.responsible' })}</label>
          <select id="responsible" @change=${(event: Event) => this.changeFilter(event, 'responsible')}>
            <option value="" ?selected=${!this.responsible}>${msg('Alle', { id: 'board.all' })}</option>
            ${data.organisations.map((org) => html`<option value=${org.id} ?selected=${this.responsible === org.id}>${localize(org.name, locale)}</option>`)}
          </select>
        </div>
      </div>

      <p class="count">${this.countText(visible.length, data.measures.length)}${
        unreported ? ` ${msg(str`${unreported} av dem ble ikke rapportert i ${year}.`, { id: 'board.notReportedCount' })}` : ''
      }</p>

      ${
        visible.length === 0
          ? html`<div class="message" part="message">
            <p>${msg('Ingen tiltak passer filtrene.', { id: 'board.empty' })}</p>
            <button class="button" @click=${() => this.clearFilters()}>${msg('Nullstill filtrene', { id: 'filters.clear' })}</button>
          </div>`
          : data.focusAreas.map((area) => {
              const inArea = visible.filter((measure) => measure.focusArea === area.id);
              if (inArea.length === 0) return nothing;
              return html`<section class="area" aria-labelledby="area-${area.id}">
              <div class="area-heading" id="area-${area.id}" role="heading" aria-level=${this.outlineLevel + 1}>
                ${area.id}. ${localize(area.title, locale)}
              </div>
              <ul class="measures">
                ${inArea.map((measure) => {
                  const report = getReport(measure, year);
                  const isOpen = this.open.has(measure.number);
                  return html`<li class="measure" part="measure" @keydown=${(event: KeyboardEvent) => this.onMeasureKey(event, measure.number)}>
                    <button class="toggle" part="toggle" aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="card-${measure.number}"
                      @click=${() => this.toggle(measure.number)}>
                      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
                      <span class="toggle-title">${msg(str`Tiltak ${measure.number}`, { id: 'card.number' })}: ${localize(measure.title, locale)}</span>
                      ${
                        report
                          ? html`<span class="status" data-status=${report.status}>${statusIcon(report.status)}${statusText(report.status)}</span>`
                          : html`<span class="not-reported">${msg(str`Ikke rapportert i ${year}`, { id: 'board.notReported' })}</span>`
                      }
                      ${
                        changed.has(measure.number) && previous !== undefined
                          ? html`<span class="changed">${msg(str`Endret siden ${previous}`, { id: 'card.changedSince' })}</span>`
                          : nothing
                      }
                    </button>
                    ${report && isPrinting() && !isOpen ? html`<p class="print-report">${localize(report.summary, locale)}</p>` : nothing}
                    <div class="card" id="card-${measure.number}" ?hidden=${!isOpen}>
                      ${
                        isOpen
                          ? html`<fs-measure-card measure=${measure.number} year=${year} heading-level=${Math.min(this.outlineLevel + 2, 5)} .src=${this.src}></fs-measure-card>`
                          : nothing
                      }
                    </div>
                  </li>`;
                })}
              </ul>
            </section>`;
            })
      }
    </section>`;
  }

  private renderSummaryRow(name: string, tally: StatusTally, withNotReported: boolean) {
    const total = tally.reported || 1;
    let offset = 0;
    return html`<tr>
      <th scope="row">${name}</th>
      ${statuses.map((status) => html`<td>${tally.counts[status]}</td>`)}
      ${withNotReported ? html`<td>${tally.notReported}</td>` : nothing}
      <td class="bar-cell" aria-hidden="true">
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
          ${statuses.map((status) => {
            const width = (tally.counts[status] / total) * 100;
            const rect = svg`<rect data-status=${status} x=${offset} y="0" width=${width} height="10"></rect>`;
            offset += width;
            return rect;
          })}
        </svg>
      </td>
    </tr>`;
  }
}
