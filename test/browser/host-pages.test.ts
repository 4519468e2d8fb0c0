// The elements on host pages as municipalities have them: a dark page, a root font size of 62.5 %, a narrow sidebar.
// Contrast is computed from the rendered colours of every text, against the background actually behind it.
import { expect } from 'chai';
import { contrast, mountAll, parseColour as parse, tags, type Rgba } from './page.js';

/** `top` painted over `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => (top[i] as number) * a + (bottom[i] as number) * (1 - a)).concat(1) as Rgba;
};

/** The opaque colour behind `element`: its own and its ancestors' backgrounds (through shadow roots), composed. */
function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node;) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

interface Finding {
  text: string;
  ratio: number;
  size: number;
}

/** Every visible text in the elements' shadow roots, with its contrast and size. */
function texts(root: ParentNode): Finding[] {
  const found: Finding[] = [];
  const visit = (shadow: ShadowRoot) => {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text) continue;
      const box = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (box.width === 0 || style.visibility === 'hidden' || parent.closest('.visually-hidden, option, svg')) continue;
      found.push({ text, ratio: contrast(parse(style.color), backgroundOf(parent)), size: parseFloat(style.fontSize) });
    }
    for (const element of shadow.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  for (const element of root.querySelectorAll(tags.join(','))) if (element.shadowRoot) visit(element.shadowRoot);
  return found;
}

let page: HTMLStyleElement;
let container: HTMLElement;

async function render(): Promise<void> {
  container = await mountAll('29');
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('on host pages', () => {
  afterEach(() => {
    container?.remove();
    page?.remove();
  });

  it('keeps every text at WCAG AA contrast on a dark page', async () => {
    page = document.createElement('style');
    page.textContent = ':root { color-scheme: dark; } body { background: #121212; color: #e8e8e8; }';
    document.head.append(page);
    await render();
    const low = texts(container).filter(({ ratio, size }) => ratio < (size >= 24 ? 3 : 4.5));
    expect(
      low.map(({ text, ratio }) => `${text.slice(0, 30)} ${ratio.toFixed(2)}`),
      'texts below AA',
    ).to.deep.equal([]);
  });

  it('keeps every text at WCAG AA contrast on a light page', async () => {
    await render();
    const low = texts(container).filter(({ ratio, size }) => ratio < (size >= 24 ? 3 : 4.5));
    expect(
      low.map(({ text, ratio }) => `${text.slice(0, 30)} ${ratio.toFixed(2)}`),
      'texts below AA',
    ).to.deep.equal([]);
  });

  it('sizes text from the host’s text, never below 14 px, when the root is 10 px', async () => {
    page = document.createElement('style');
    page.textContent = 'html { font-size: 62.5%; } body { font-size: 2rem; }';
    document.head.append(page);
    await render();
    const sizes = texts(container).map(({ size }) => size);
    expect(Math.min(...sizes), 'smallest text').to.be.at.least(14);
    const heading = container.querySelector('fs-programme-finder')?.shadowRoot?.querySelector('#heading') as Element;
    expect(parseFloat(getComputedStyle(heading).fontSize), 'the heading scales from the host’s 20 px').to.be.greaterThan(20);
  });
});
