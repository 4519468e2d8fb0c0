// The content of a closed <details> is not read, shown or announced until it opens, so a list builds it only then:
// a keystroke that changes forty results does not rebuild forty hidden fact lists. Put on the element that holds the
// content, inside the <details>: <div ${whenOpen(() => html`…`)}></div>. On paper every fact counts: while the page
// prints (between `beforeprint` and `afterprint`), the content is drawn whether the details are open or not, and the
// print styles show it.
import { noChange, nothing, render } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';

/** The directives on the page now, to draw them all when it prints. */
const live = new Set<WhenOpenDirective>();
let printing = false;

function setPrinting(on: boolean): void {
  printing = on;
  for (const instance of live) instance.draw();
}

// Listeners run before the browser lays out the page for print, and `render` is synchronous: the facts are there.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
}

class WhenOpenDirective extends AsyncDirective {
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
    if (this.isConnected) live.add(this);
    this.draw();
    return noChange;
  }

  protected override disconnected(): void {
    live.delete(this);
  }

  protected override reconnected(): void {
    live.add(this);
  }

  /** Draws the content while the details are open or the page prints; once closed, what was drawn is cleared. */
  draw(): void {
    const open = (this.details?.open ?? true) || printing;
    if (!open && !this.shown) return;
    if (this.element) render(open ? this.content?.() : nothing, this.element);
    this.shown = open;
  }
}

/** Renders `content()` into the element only while its `<details>` is open, or the page is printing. */
export const whenOpen = directive(WhenOpenDirective);
