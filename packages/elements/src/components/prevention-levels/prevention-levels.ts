import { msg, str } from '@lit/localize';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  orderProgrammes,
  programmeMatches,
  localize,
  preventionLevelIds,
  type Catalogue,
  type LevelsChunk,
  type Locale,
  type PreventionLevelId,
  type ProgrammesChunk,
} from '@foreldrestotte/sdk';
import { FsShowProgrammesEvent } from '../../events/fs-show-programmes.js';
import { ConnectedTask } from '../../internal/connected-task.js';
import { oneOf } from '../../internal/converters.js';
import { dataHere, loadData } from '../../internal/data.js';
import { FsElement } from '../../internal/fs-element.js';
import { levelPlainText } from '../../internal/vocabulary.js';
import { renderLoaded } from '../../internal/messages.js';
import { currentLocale } from '../../localization/locale.js';
import { componentStyles } from '../../styles/component.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { styles } from './prevention-levels.styles.js';

/** Top to bottom, as the pyramid is drawn. */
const PYRAMID: PreventionLevelId[] = ['indicated', 'selective', 'universal'];

/**
 * @tagname fs-prevention-levels
 * @summary Explains universal, selective and indicated parenting support: who each level is for, typical forms,
 * example problem areas and the catalogue's programmes at that level, plus the three routes of help.
 * The levels are tabs (WAI-ARIA tabs pattern) drawn as a pyramid.
 *
 * @fires {FsShowProgrammesEvent} fs-show-programmes - The reader chose "show programmes" for a level. An `<fs-programme-finder>` on the
 * same page filters itself to that level. `detail` is `{ level }`; cancel the event to handle it yourself.
 * @fires {FsErrorEvent} fs-error - `src` failed and the embedded catalogue is shown instead.
 *
 * @csspart heading - The heading.
 * @csspart tabs - The tab list (the pyramid).
 * @csspart tab - One level's tab.
 * @csspart panel - The selected level's panel.
 * @csspart routes - The three routes of help.
 * @csspart message - Loading and fallback messages.
 *
 * @cssprop [--fs-color-accent=var(--ds-color-base-default, #0062ba)] - The tabs and buttons.
 * @cssprop [--fs-prevention-levels-selected=var(--fs-color-accent)] - Background of the selected tab.
 * @cssprop [--fs-prevention-levels-gap=1.25em] - Space between the sections.
 *
 * @cssstate loading - Data is loading.
 * @cssstate fallback - `src` failed; the embedded catalogue is shown.
 */
export class FsPreventionLevels extends FsElement {
  /** Shared tokens and resets, then the element's own styles. */
  static override styles = [componentStyles, formStyles, styles];

  /** The level to open: `universal`, `selective` or `indicated`. Default `universal`. */
  @property({ reflect: true, converter: oneOf(preventionLevelIds) }) level: PreventionLevelId | undefined;

  /** Hide the heading, for pages that have their own. */
  @property({ attribute: 'without-heading', type: Boolean }) withoutHeading = false;

  private readonly data = new ConnectedTask(this, {
    task: async ([locale, src], { signal }) => {
      const levels = await loadData('levels', locale, src, signal);
      // A remote catalogue holds the programmes too; otherwise load their chunk beside the levels.
      const programmes = 'programmes' in levels.data ? levels.data : (await loadData('programmes', locale, undefined, signal)).data;
      return { ...levels, programmes };
    },
    args: () => [currentLocale(), this.src] as const,
    here: ([locale, src]) => {
      const levels = dataHere('levels', locale, src);
      const programmes = levels && ('programmes' in levels.data ? levels.data : dataHere('programmes', locale, undefined)?.data);
      return levels && programmes ? { ...levels, programmes } : undefined;
    },
  });

  /** Server-rendered content stays until the data is here. */
  protected override get ready(): boolean {
    return this.loaded(this.data);
  }

  private get selected(): PreventionLevelId {
    return this.level ?? 'universal';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.showDataState(this.data);
  }

  private select(level: PreventionLevelId, focus: boolean): void {
    this.level = level;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${level}`)?.focus());
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = PYRAMID.indexOf(this.selected);
    const last = PYRAMID.length - 1;
    const next: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowRight: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(PYRAMID[target] as PreventionLevelId, true);
  }

  override render(): TemplateResult {
    return this.inLanguage(
      renderLoaded(
        this.data,
        { loading: msg('Laster forklaringen …', { id: 'levels.loading' }), failed: msg('Forklaringen kunne ikke lastes.', { id: 'levels.loadError' }) },
        ({ data, programmes }) => this.renderLevels(data, programmes),
      ),
    );
  }

  private renderLevels(data: LevelsChunk | Catalogue, programmes: ProgrammesChunk | Catalogue) {
    const locale = currentLocale();
    const selected = this.selected;
    const level = data.preventionLevels.find((candidate) => candidate.id === selected);
    const atLevel = atLevelOf(programmes, selected);
    const finderOnPage = !isServer && document.querySelector('fs-programme-finder') !== null;

    return html`<section class="levels" aria-labelledby="heading">
      <div class=${this.withoutHeading ? 'visually-hidden' : 'heading'} id="heading" part="heading" role="heading" aria-level=${this.outlineLevel}>
        ${msg('Foreldrestøtte på tre nivåer', { id: 'levels.heading' })}
      </div>
      <div class="layout">
        <div role="tablist" part="tabs" aria-orientation="vertical" aria-label=${msg('Forebyggingsnivåer', { id: 'levels.tabs' })}
          @keydown=${(event: KeyboardEvent) => this.onTabKey(event)}>
          ${PYRAMID.map((id) => {
            const candidate = data.preventionLevels.find((l) => l.id === id);
            const count = atLevelOf(programmes, id).length;
            const isSelected = id === selected;
            return html`<button role="tab" part="tab" id="tab-${id}" data-level=${id} aria-selected=${isSelected ? 'true' : 'false'}
              aria-controls="panel" tabindex=${isSelected ? '0' : '-1'} @click=${() => this.select(id, false)}>
              <span>${levelPlainText(id)}</span>
              <span class="tab-count">${candidate ? localize(candidate.name, locale) : id} · ${count === 1 ? msg('1 program', { id: 'levels.countOne' }) : msg(str`${count} programmer`, { id: 'levels.count' })}</span>
            </button>`;
          })}
        </div>
        ${
          level
            ? html`<div role="tabpanel" part="panel" id="panel" aria-labelledby="tab-${selected}" tabindex="0">
              <div class="panel-heading" role="heading" aria-level=${this.outlineLevel + 1}>${localize(level.name, locale)}</div>
              <p>${localize(level.definition, locale)}</p>
              <p><strong>${msg('For hvem:', { id: 'levels.forWhom' })}</strong> ${localize(level.forWhom, locale)}</p>
              ${this.renderList(
                msg('Typiske former', { id: 'levels.forms' }),
                level.typicalForms.map((t) => localize(t, locale)),
              )}
              ${this.renderList(
                msg('Eksempler på problemområder', { id: 'levels.problems' }),
                level.exampleProblemAreas.map((t) => localize(t, locale)),
              )}
              ${this.renderList(
                msg('Programmer i katalogen på dette nivået', { id: 'levels.programmes' }),
                atLevel.map((programme) => localize(programme.name, locale)),
              )}
              ${
                finderOnPage && atLevel.length > 0
                  ? html`<p><button class="button primary" @click=${() => this.dispatchEvent(new FsShowProgrammesEvent(selected))}>
                    ${msg(str`Vis programmene i programsøket`, { id: 'levels.show' })}
                  </button></p>`
                  : nothing
              }
              <p class="source">${msg('Kilde:', { id: 'card.source' })} <span lang="nb">${level.sources[0]?.title ?? ''}</span></p>
            </div>`
            : nothing
        }
      </div>
      ${this.renderRoutes(data, locale)}
    </section>`;
  }

  private renderList(title: string, items: string[]) {
    if (items.length === 0) return nothing;
    return html`<div>
      <p class="subheading">${title}</p>
      <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
    </div>`;
  }

  private renderRoutes(data: LevelsChunk | Catalogue, locale: Locale) {
    const routes = data.routesOfHelp;
    return html`<section class="routes" part="routes" aria-labelledby="routes-heading">
      <div class="panel-heading" id="routes-heading" role="heading" aria-level=${this.outlineLevel + 1}>${msg('Tre veier til hjelp', { id: 'levels.routes' })}</div>
      <p class="example">${localize(routes.example, locale)}</p>
      <ul class="route-list">
        ${routes.routes.map(
          (route) => html`<li class="route">
            <p class="subheading">${localize(route.name, locale)}</p>
            <p>${localize(route.description, locale)}</p>
            <p><em>${localize(route.example, locale)}</em></p>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

/** The programmes at `level`, in the finder's order without a search. */
function atLevelOf(data: ProgrammesChunk | Catalogue, level: PreventionLevelId) {
  return orderProgrammes(data.programmes.filter((programme) => programmeMatches(programme, { levels: [level] })));
}
