// No jumps while loading: on a slow network (50 kB/s, 300 ms latency, no cache) the page under the elements stays
// where it is while their data arrives. Cumulative layout shift (layout-shift entries, as Chromium reports them) ≤ 0.1.
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { until, useLocalization } from '../../packages/elements/src/internal/test/helpers.js';
import '../../packages/elements/src/all.js';

const TAGS = ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels'];

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** A municipal page: a heading, then each element with text after it, the way an article places them. */
function page(tag: string): HTMLElement {
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = 'Foreldrestøtte i kommunen';
  const element = document.createElement(tag);
  if (tag === 'fs-measure-card') element.setAttribute('measure', '29');
  const after = document.createElement('p');
  after.textContent = 'Teksten etter elementet skal ikke hoppe mens dataene lastes. '.repeat(8);
  main.append(heading, element, after);
  return main;
}

describe('while the data loads on a slow network', function () {
  this.timeout(120_000);
  useLocalization();

  for (const width of [360, 1280]) {
    for (const tag of TAGS) {
      it(`<${tag}> at ${width} px shifts the page by at most 0.1 (CLS)`, async () => {
        await setViewport({ width, height: 800 });
        await executeServerCommand('throttle', { bytesPerSecond: 50_000, latency: 300 });
        const shifts: LayoutShift[] = [];
        const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
        observer.observe({ type: 'layout-shift' });
        const main = page(tag);
        try {
          document.body.append(main);
          const element = main.querySelector(tag) as HTMLElement;
          await until(() => element.shadowRoot?.querySelector('[role="heading"]') && !element.matches(':state(loading)'), `${tag} loaded`, 60_000);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await new Promise((resolve) => setTimeout(resolve, 200));
          const cls = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
          expect(cls, `CLS of <${tag}> at ${width} px`).to.be.at.most(0.1);
        } finally {
          observer.disconnect();
          main.remove();
          await executeServerCommand('throttle', null);
        }
      });
    }
  }
});
