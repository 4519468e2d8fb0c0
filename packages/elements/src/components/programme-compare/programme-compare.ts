import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalogue, ProgrammesChunk } from '@foreldrestotte/sdk';
import { ConnectedTask } from '../../internal/connected-task.js';
import { idList } from '../../internal/converters.js';
import { dataHere, loadData } from '../../internal/data.js';
import { FsElement } from '../../internal/fs-element.js';
import { renderLoaded } from '../../internal/messages.js';
import { programmesMessages } from '../../internal/programme-messages.js';
import { OfferSources } from '../../internal/offers.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles } from '../../styles/component.styles.js';
import { compareStyles } from './compare.styles.js';
import { renderComparison } from './compare-table.js';

/**
 * @tagname fs-programme-compare
 * @summary Parenting programmes side by side: a table with one column per programme and one row per fact (for whom,
 * level, ages, format, length, topics, documentation with its source and year, who runs it and where it is offered,
 * and local offers when given); one card per programme in a narrow container.
 *
 * @slot - An optional `<script type="application/json">` with local offers: `{ "offers": [...] }`.
 *
 * @fires {FsErrorEvent} fs-error - A programme id is not in the catalogue, some local offers are invalid, or `src` failed.
 *
 * @csspart heading - The heading.
 * @csspart table - The table of programmes and facts.
 * @csspart cards - The cards, one per programme, in a narrow container.
 * @csspart message - Loading, error and "not found" messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - Links.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - No programme to compare.
 * @cssstate error - A programme id was not found, or local offers could not be read.
 * @cssstate fallback - `src` failed; the embedded catalogue is used.
 */
export class FsProgrammeCompare extends FsElement {
  /** Shared tokens and resets, then the comparison's styles. */
  static override styles = [componentStyles, compareStyles];

  /** The programmes to compare, by id, space-separated, in the order to show them: `icdp cos-p tik`. */
  @property({ converter: idList }) programmes: string[] = [];

  /** URLs of local-offers files (`{ "offers": [...] }`), space-separated, to show each programme's local offers. */
  @property({ attribute: 'offers-src' }) offersSrc: string | undefined;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) withoutHeading = false;

  private readonly data = new ConnectedTask(this, {
    task: ([locale, src], { signal }) => loadData('programmes', locale, src, signal),
    args: () => [currentLocale(), this.src] as const,
    here: ([locale, src]) => dataHere('programmes', locale, src),
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  private readonly offers = new OfferSources(this);

  /** The ids asked for that the catalogue does not have. */
  private missing(data: ProgrammesChunk | Catalogue): string[] {
    return this.programmes.filter((id) => !data.programmes.some((programme) => programme.id === id));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.showDataState(this.data);
    const data = this.data.value?.data;
    const missing = data ? this.missing(data) : [];
    this.setState('empty', this.data.status === 2 && this.programmes.length === missing.length);
    this.setState('error', missing.length > 0 || this.offers.problems.length > 0);
    if (missing.length) {
      this.reportProblem(`missing|${missing.join(' ')}`, () => ({
        error: `No programme with the id ${missing.join(', ')} in the catalogue`,
        message: msg(str`Fant ikke ${missing.join(', ')} i katalogen.`, { id: 'compare.missing' }),
        fallback: false,
      }));
    }
  }

  override render(): TemplateResult {
    return this.inLanguage(renderLoaded(this.data, programmesMessages(), ({ data }) => this.renderCompare(data)));
  }

  private renderCompare(data: ProgrammesChunk | Catalogue) {
    const locale = currentLocale();
    const programmes = this.programmes.flatMap((id) => data.programmes.find((programme) => programme.id === id) ?? []);
    const missing = this.missing(data);
    const withOffers = this.offersSrc !== undefined || this.offers.list.length > 0;
    return html`<section class="compare" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level=${this.outlineLevel}>
        ${msg('Sammenlign programmer', { id: 'compare.heading' })}
      </div>
      ${
        missing.length
          ? html`<p class="message error" part="message" role="alert">
              ${msg(html`Fant ikke <bdi>${missing.join(', ')}</bdi> i katalogen.`, { id: 'compare.missingShown' })}
            </p>`
          : nothing
      }
      ${
        programmes.length
          ? renderComparison(programmes, data, locale, this.outlineLevel + 1, withOffers ? this.offers.list : undefined)
          : html`<p class="message" part="message">${msg('Oppgi programmene i attributtet programmes, for eksempel «icdp cos-p tik».', { id: 'compare.noProgrammes' })}</p>`
      }
    </section>`;
  }
}
