import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  getLatestReport,
  getMeasure,
  getReport,
  localize,
  safeLink,
  type Catalogue,
  type Locale,
  type Measure,
  type Report,
  type StrategyChunk,
} from '@foreldrestotte/sdk';
import { ConnectedTask } from '../../internal/connected-task.js';
import { loadMeasure, measureHere } from '../../internal/measure-data.js';
import { FsElement } from '../../internal/fs-element.js';
import { renderLoaded } from '../../internal/messages.js';
import { statusIcon, statusText } from '../../internal/status.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles, statusStyles } from '../../styles/component.styles.js';
import { styles } from './measure-card.styles.js';

/**
 * @tagname fs-measure-card
 * @summary One measure of «Trygge foreldre – trygge barn»: its current status (word, icon and colour, with the label as
 * published), the history of its reports, what it promises, the report's summary and its source.
 *
 * @fires {FsErrorEvent} fs-error - The measure number is unknown, or `src` failed and the embedded catalogue is shown instead.
 *
 * @csspart card - The outer `<article>`.
 * @csspart number - "Tiltak 29".
 * @csspart title - The measure's title.
 * @csspart unofficial - The note shown when the title is descriptive, not official.
 * @csspart status - The current status badge.
 * @csspart history - The list of reports by year.
 * @csspart summary - What the measure promises.
 * @csspart report - The expandable summary of the report.
 * @csspart source - The source line.
 * @csspart message - Loading, error and fallback messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - Links, buttons and the expander.
 * @cssprop [--fs-color-text=var(--ds-color-text-default, #1e2b3c)] - Body text.
 * @cssprop [--fs-font-family=var(--ds-font-family, system-ui)] - Font.
 * @cssprop [--fs-measure-card-background=var(--fs-color-surface, #ffffff)] - The card's background.
 * @cssprop [--fs-measure-card-padding=1.25em] - Space inside the card.
 * @cssprop [--fs-measure-card-gap=0.75em] - Space between the card's sections.
 *
 * @cssstate loading - Data is loading.
 * @cssstate error - The measure cannot be shown.
 * @cssstate fallback - `src` failed; the embedded catalogue is shown.
 */
export class FsMeasureCard extends FsElement {
  /** Shared tokens and resets, then the element's own styles. */
  static override styles = [componentStyles, statusStyles, styles];

  /** The measure's number, 1–34. */
  declare measure: number | undefined;

  /** The report year to show; default the latest. */
  declare year: number | undefined;

  // Without decorators, as in FsElement: a page with one card carries no decorator helpers.
  static override properties: PropertyDeclarations = {
    measure: { type: Number, reflect: true },
    year: { type: Number },
  };

  private readonly data = new ConnectedTask(this, {
    // A number the strategy does not have loads an empty chunk; problem() explains.
    task: ([locale, src, measure], { signal }) => loadMeasure(measure ?? 0, locale, src, signal),
    args: () => [currentLocale(), this.src, this.measure] as const,
    here: ([locale, src, measure]) => measureHere(measure ?? 0, locale, src),
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problem = this.problem();
    this.showDataState(this.data, problem === undefined);
    this.setState('error', problem !== undefined);
    if (problem) this.reportProblem(`${problem}|${this.measure}|${this.src}`, () => ({ error: new RangeError(problem), message: problem, fallback: false }));
  }

  private problem(): string | undefined {
    const loaded = this.data.value;
    if (this.data.status !== 2 || !loaded) return undefined;
    if (this.measure === undefined || !Number.isInteger(this.measure)) {
      return msg('Tiltaksnummeret mangler eller er ugyldig.', { id: 'card.noNumber' });
    }
    if (!getMeasure(loaded.data, this.measure)) {
      return msg(str`Fant ikke tiltak ${this.measure}. Strategien har tiltak 1–34.`, { id: 'card.unknown' });
    }
    return undefined;
  }

  override render(): TemplateResult {
    return this.inLanguage(
      renderLoaded(
        this.data,
        { loading: msg('Laster tiltaket …', { id: 'card.loading' }), failed: msg('Tiltaket kunne ikke lastes.', { id: 'card.loadError' }) },
        ({ data }) => this.renderMeasure(data),
      ),
    );
  }

  private renderMeasure(data: StrategyChunk | Catalogue) {
    const problem = this.problem();
    if (problem) return html`<p class="message error" part="message" role="alert">${problem}</p>`;
    const locale = currentLocale();
    const measure = getMeasure(data, this.measure as number) as Measure;
    const shown = this.year === undefined ? getLatestReport(measure) : getReport(measure, this.year);
    const area = data.focusAreas.find((candidate) => candidate.id === measure.focusArea);
    const responsible = measure.responsible.map((id) => data.organisations.find((org) => org.id === id)).map((org) => (org ? localize(org.name, locale) : ''));
    const level = this.outlineLevel;

    return html`<article part="card" aria-labelledby="title">
      <header>
        <p class="eyebrow">
          <span class="number" part="number">${msg(str`Tiltak ${measure.number}`, { id: 'card.number' })}</span>
          ${area ? html` · ${msg(str`Innsatsområde ${area.id}: ${localize(area.title, locale)}`, { id: 'card.focusArea' })}` : nothing}
        </p>
        <div class="title" id="title" part="title" role="heading" aria-level=${level}>${localize(measure.title, locale)}</div>
        ${
          measure.titleOfficial
            ? nothing
            : html`<p class="unofficial" part="unofficial">
              ${msg('Beskrivende tittel, ikke strategiens offisielle.', { id: 'card.unofficial' })}
            </p>`
        }
      </header>

      ${
        shown
          ? this.renderStatus(shown, locale)
          : html`<p class="message" part="message">
            ${msg(str`Ingen statusrapport for ${this.year ?? ''}.`, { id: 'card.noReport' })}
          </p>`
      }

      <dl>
        <dt>${msg('Ansvarlig', { id: 'card.responsible' })}</dt>
        <dd>${responsible.join(', ')}</dd>
      </dl>

      <p part="summary"><strong>${msg('Tiltaket:', { id: 'card.promise' })}</strong> ${localize(measure.summary, locale)}</p>

      ${this.renderHistory(measure, level)}
      ${shown ? this.renderReport(shown, locale) : nothing}

      <p class="source" part="source">
        ${msg('Kilde:', { id: 'card.source' })}
        ${measure.sources.slice(0, 1).map((source) => {
          const href = safeLink(source.url);
          return href ? html`<a href=${href} lang="nb">${source.title}</a>` : html`<span lang="nb">${source.title}</span>`;
        })}
      </p>
    </article>`;
  }

  private renderBadge(report: Pick<Report, 'status'>) {
    return html`<span class="status" part="status" data-status=${report.status}>${statusIcon(report.status)}${statusText(report.status)}</span>`;
  }

  /**
   * The label as Bufdir published it, in the page's quotation marks, when it says something the badge does not:
   * "Publisert som «Avvik»" beside a badge that reads Avvik only repeats it.
   */
  private renderOriginal(report: Pick<Report, 'status' | 'label'>, prefix?: string) {
    const same = (a: string) => a.replace(/[.\s]+$/, '').toLocaleLowerCase('nb');
    if (same(report.label) === same(statusText(report.status))) return nothing;
    const [open, close] = currentLocale() === 'en' ? ['“', '”'] : ['«', '»'];
    return html`<span class="original">${prefix ? `${prefix} ` : ''}${open}<span lang="nb">${report.label}</span>${close}</span>`;
  }

  private renderStatus(report: Report, locale: Locale) {
    return html`<div>
      <div class="status-row">
        <span>${msg(str`Status ${report.year}:`, { id: 'card.statusYear' })}</span>
        ${this.renderBadge(report)}
        ${this.renderOriginal(report, msg('Publisert som', { id: 'card.published' }))}
      </div>
      ${
        report.parts
          ? html`<ul class="parts">
            ${report.parts.map(
              (part) => html`<li>
                <div class="status-row">${this.renderBadge(part)} ${this.renderOriginal(part)}</div>
                <p>${localize(part.summary, locale)}</p>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private renderHistory(measure: Measure, level: number) {
    if (measure.reports.length < 2) return nothing;
    return html`<section class="history" part="history" aria-labelledby="history">
      <div class="subheading" id="history" role="heading" aria-level=${level + 1}>${msg('Statushistorikk', { id: 'card.history' })}</div>
      <ol>
        ${measure.reports.map((report, index) => {
          const previous = measure.reports[index - 1];
          const changed = previous !== undefined && previous.status !== report.status;
          return html`<li>
            <span>${report.year}</span> ${this.renderBadge(report)} ${this.renderOriginal(report)}
            ${changed ? html`<span class="changed">${msg(str`Endret siden ${previous.year}`, { id: 'card.changedSince' })}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderReport(report: Report, locale: Locale) {
    return html`<details part="report">
      <summary>${msg(str`Statusrapporten for ${report.year}`, { id: 'card.report' })}</summary>
      <p>${localize(report.summary, locale)}</p>
      ${
        report.figures?.length
          ? html`<ul class="figures">
            ${report.figures.map(
              (figure) => html`<li><strong>${figure.value.toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO')}</strong> ${localize(figure.label, locale)}</li>`,
            )}
          </ul>`
          : nothing
      }
    </details>`;
  }
}
