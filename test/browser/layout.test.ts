// Reflow at 320 CSS pixels (WCAG 1.4.10: 1280 px at 400 % zoom, and covers 200 %), forced colours and reduced motion.
import { executeServerCommand, emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import '../../packages/elements/src/all.js';

async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const tags = ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels'];
let container: HTMLElement;

describe('layout', () => {
  before(async () => {
    container = document.createElement('main');
    for (const tag of tags) {
      const element = document.createElement(tag);
      if (tag === 'fs-measure-card') element.setAttribute('measure', '8');
      container.append(element);
    }
    document.body.append(container);
    await until(() => tags.every((tag) => container.querySelector(tag)?.shadowRoot?.querySelector('[role="heading"]')), 'every element');
  });

  after(async () => {
    container.remove();
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('forced-colors', false);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reflows to 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const card = container.querySelector('fs-measure-card')?.shadowRoot?.querySelector('details');
    if (card) card.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const tag of tags) {
      const element = container.querySelector(tag) as HTMLElement;
      expect(element.scrollWidth, tag).to.be.at.most(element.clientWidth + 1);
    }
  });

  it('keeps status and buttons visible in forced colours', async () => {
    await executeServerCommand('forced-colors', true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const badge = container.querySelector('fs-measure-card')?.shadowRoot?.querySelector('[part="status"]') as HTMLElement;
    const style = getComputedStyle(badge);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
    expect(badge.textContent?.trim()).to.equal('Forsinket');
  });

  it('turns off motion when the reader asks for less', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const chevron = container.querySelector('fs-measure-board')?.shadowRoot?.querySelector('.chevron') as Element;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });
});
