// The content of a closed <details> is not read, shown or announced until it opens, so a list builds it only then:
// a keystroke that changes forty results does not rebuild forty hidden fact lists. Put on the element that holds the
// content, inside the <details>: <div ${whenOpen(() => html`…`)}></div>.
import { nothing, render } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { noChange } from 'lit';

class WhenOpenDirective extends Directive {
  private content: (() => unknown) | undefined;
  private element: HTMLElement | undefined;
  private details: HTMLDetailsElement | undefined;
  private shown = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('whenOpen() belongs on an element inside a <details>');
  }

  render(_content: () => unknown) {
    return noChange;
  }

  override update(part: ElementPart, [content]: [() => unknown]) {
    this.content = content;
    if (!this.element) {
      this.element = part.element as HTMLElement;
      this.details = this.element.closest('details') ?? undefined;
      this.details?.addEventListener('toggle', () => this.draw());
    }
    this.draw();
    return noChange;
  }

  /** Draws the content while the details are open; once closed, what was drawn is cleared. */
  private draw(): void {
    const open = this.details?.open ?? true;
    if (!open && !this.shown) return;
    if (this.element) render(open ? this.content?.() : nothing, this.element);
    this.shown = open;
  }
}

/** Renders `content()` into the element only while its `<details>` is open. */
export const whenOpen = directive(WhenOpenDirective);
