import { LitElement } from 'lit';
import { FsErrorEvent, type FsErrorDetail } from '../events/fs-error.js';
import { dataMessages } from './messages.js';

/**
 * Base class of every fs- element: idempotent registration, custom states a host page can style
 * (`fs-measure-card:state(loading)`), and `fs-error` reported once per problem.
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

  private readonly internals = this.attachInternals();

  /** Turns a custom state on or off, e.g. `loading`, `error`, `empty`. */
  protected setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  protected hasState(name: string): boolean {
    return this.internals.states.has(name);
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
