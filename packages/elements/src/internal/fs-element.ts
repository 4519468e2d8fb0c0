import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FsErrorEvent, type FsErrorDetail } from '../events/fs-error.js';
import { currentLocale, warnIfNotLocalized } from '../localization/locale.js';
import type { ConnectedTask, TaskStatus } from './connected-task.js';
import { formatDate, today } from './dates.js';
import { dataMessages } from './messages.js';

/**
 * Base class of every fs- element: the attributes they share (`src`, `heading-level`), the page's language followed,
 * idempotent registration, custom states a host page can style (`fs-measure-card:state(loading)`), and `fs-error`
 * reported once per problem.
 */
export class FsElement extends LitElement {
  /**
   * Registers the element under `tag` unless that tag is taken, so loading the bundle twice is harmless.
   * A different class under the same tag is left in place with a warning instead of an exception.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, this);
    else if (existing !== this && !(existing.prototype instanceof FsElement)) {
      console.warn(`<${tag}> is already defined by another library; @foreldrestotte/elements left it as it is.`);
    }
  }

  /**
   * URL of a remote catalogue (the `catalogue.json` contract) to use instead of the embedded one: a URL ending in `/`
   * is a folder holding `catalogue.json`, any other URL the catalogue file itself. Relative to the page (`<base href>`
   * counts). When it cannot be loaded, the embedded catalogue is shown with a dated note, and `fs-error` fires.
   */
  declare src: string | undefined;

  /** The level of the element's heading, 2–5, so that it fits the page's outline; its subheadings are one below. */
  declare headingLevel: number;

  // Declared without decorators, as the measure card's are: the decorator helpers stay out of a page with one card,
  // which every element's page shares this class with (see docs/decisions/0012-card-without-decorators.md).
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly internals = this.attachInternals();

  /** The server rendered this element's content (declarative shadow DOM): shown until the element can render the same. */
  private serverContent: boolean;

  constructor() {
    super();
    this.headingLevel = 2;
    updateWhenLocaleChanges(this);
    // A declarative shadow root that came with the page is attached before the element upgrades.
    this.serverContent = !isServer && (this.shadowRoot?.childNodes.length ?? 0) > 0;
  }

  /**
   * Whether the element has what it needs to render its content. Until then the server's content stays on the page;
   * elements that load data say when it is here (see {@link FsElement.loaded}).
   */
  protected get ready(): boolean {
    return true;
  }

  /** Whether `tasks` have their data (or failed): starts them, since no update runs their controllers until then. */
  protected loaded(...tasks: Pick<ConnectedTask<readonly unknown[], unknown>, 'settle' | 'hostUpdate' | 'status'>[]): boolean {
    return tasks.every((task) => {
      task.settle();
      if (task.status === 0) task.hostUpdate();
      return task.status >= 2;
    });
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return (!this.serverContent || this.ready) && super.shouldUpdate(changed);
  }

  /**
   * The server's content is replaced by the element's own render of the same content in one frame: no flash, no
   * second copy and no shift. (Lit's hydration would keep the nodes, but needs the first render to match the server's
   * to the comment; this needs only the same data and language.)
   */
  protected override update(changed: PropertyValues): void {
    if (this.serverContent) {
      this.serverContent = false;
      this.renderRoot.replaceChildren();
      // Lit would render before the root's first node when it was created: the server's, now gone.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warnIfNotLocalized();
  }

  /** The heading level to render: `heading-level` within 2–5 (a CMS may write anything there). */
  protected get outlineLevel(): number {
    return Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 2), 5) : 2;
  }

  /**
   * The element's content in the language it is rendered in, so screen readers pronounce it right; and, on paper
   * only, where and when it was printed from (the page's address without its fragment, which may hold a search).
   */
  protected inLanguage(content: unknown): TemplateResult {
    // On the server there is no page address yet: the line comes with the browser's render.
    if (isServer) return html`<div lang=${currentLocale()}>${content}</div>`;
    const from = `${location.origin}${location.pathname}`;
    const day = formatDate(today());
    return html`<div lang=${currentLocale()}>${content}<p class="print-only">${msg(str`Skrevet ut fra ${from}, ${day}.`, { id: 'print.from' })}</p></div>`;
  }

  /** Turns a custom state on or off, e.g. `loading`, `error`, `empty`. */
  protected setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  protected hasState(name: string): boolean {
    return this.internals.states.has(name);
  }

  /**
   * The states every element's data gives it (`loading`, `fallback`) and, when `src` failed, `fs-error` once. Call it
   * from `updated()` with the element's data task.
   */
  protected showDataState(
    task: { readonly status: TaskStatus; readonly value: { fallback?: { error: unknown; updated: string } } | undefined },
    report = true,
  ): void {
    this.setState('loading', task.status <= 1);
    this.setState('fallback', task.value?.fallback !== undefined);
    if (report) this.reportFallback(this.src, task.value?.fallback);
  }

  private reported = '';

  /**
   * Fires `fs-error` once for each distinct problem, named by `key`, not on every render. An empty key means there is
   * no problem now, so the same problem coming back later is reported again.
   */
  protected reportProblem(key: string, detail: () => FsErrorDetail): void {
    if (key && key !== this.reported) this.dispatchEvent(new FsErrorEvent(detail()));
    this.reported = key;
  }

  /** Reports that `src` failed and the embedded catalogue is shown, once per address. */
  protected reportFallback(src: string | undefined, fallback: { error: unknown; updated: string } | undefined): void {
    this.reportProblem(fallback ? `fallback|${src}` : '', () => ({
      error: fallback?.error,
      message: dataMessages.fallback(fallback?.updated ?? ''),
      fallback: true,
    }));
  }
}
