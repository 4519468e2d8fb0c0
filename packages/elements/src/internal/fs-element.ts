import { LitElement } from 'lit';

/**
 * Base class of every fs- element: idempotent registration, custom states a host page can style
 * (`fs-measure-card:state(loading)`), and a language attribute on the rendered content.
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
}
