// Shared by the cross-element browser tests: all six elements on the page, and colour contrast as WCAG computes it.
import { until } from '../../packages/elements/src/internal/test/helpers.js';
import '../../packages/elements/src/all.js';

export const tags = ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels', 'fs-offer-coverage', 'fs-programme-compare'];

/** Puts all six elements in a fresh `<main>` (the card shows `measure`) and waits until each shows its heading. */
export async function mountAll(measure: string): Promise<HTMLElement> {
  const container = document.createElement('main');
  for (const tag of tags) {
    const element = document.createElement(tag);
    if (tag === 'fs-measure-card') element.setAttribute('measure', measure);
    // The finder with the examples' local offers, so that offers, their filters and join links are checked too.
    if (tag === 'fs-programme-finder') element.setAttribute('offers-src', '/examples/tilbud.json');
    if (tag === 'fs-programme-compare') element.setAttribute('programmes', 'icdp cos-p tik');
    // The coverage of a municipality's examples, with gaps and offers in the grid.
    if (tag === 'fs-offer-coverage') {
      element.setAttribute('municipality', '1804');
      element.setAttribute('offers-src', '/examples/tiltaksvifte/bodo.json');
      element.setAttribute('date', '2027-01-15');
    }
    container.append(element);
  }
  document.body.append(container);
  await until(() => tags.every((tag) => container.querySelector(tag)?.shadowRoot?.querySelector('[role="heading"]')), 'every element', 10_000);
  await until(() => container.querySelector('fs-programme-finder')?.shadowRoot?.querySelector('[part="offer"]'), 'the local offers', 10_000);
  await until(() => container.querySelector('fs-offer-coverage')?.shadowRoot?.querySelector('[part="grid"]'), 'the coverage grid', 10_000);
  return container;
}

export type Rgba = [number, number, number, number];

/** A computed `rgb(…)` or `rgba(…)` colour. */
export function parseColour(colour: string): Rgba {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, colour.startsWith('rgba') ? a : 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours, as computed `rgb(…)` strings or parsed. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const [light, dark] = [a, b].map((colour) => luminance(typeof colour === 'string' ? parseColour(colour) : colour)).sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
