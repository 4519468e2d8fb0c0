// Visual regression: every element at 360, 768 and 1280 px, on a light and a dark page, in bokmål, nynorsk and
// English, compared with the baselines in test/visual/ (tolerance and update command: docs/testing.md). Each
// screenshot is the element's first 900 px: where layout, colour and type go wrong first.
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { until, useLocalization } from '../../packages/elements/src/internal/test/helpers.js';
import '../../packages/elements/src/all.js';

const WIDTHS = [360, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
const LANGUAGES = ['nb', 'nn', 'en'] as const;
const ELEMENTS: [string, Record<string, string>][] = [
  ['fs-measure-card', { measure: '29' }],
  ['fs-measure-board', {}],
  ['fs-programme-finder', {}],
  ['fs-prevention-levels', {}],
  ['fs-offer-coverage', { municipality: '1804', 'offers-src': '/examples/tiltaksvifte/bodo.json', date: '2027-01-15' }],
  ['fs-programme-compare', { programmes: 'icdp cos-p tik' }],
];
/** A text each element shows only in that language, once it is loaded (nynorsk differs from bokmål in each). */
const READY: Record<string, Record<(typeof LANGUAGES)[number], string>> = {
  'fs-measure-card': { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
  'fs-measure-board': { nb: 'Status for tiltakene i strategien', nn: 'Status for tiltaka i strategien', en: 'Status of the strategy’s measures' },
  'fs-programme-finder': { nb: 'Søk etter navn', nn: 'Søk etter namn', en: 'Search by name' },
  'fs-prevention-levels': { nb: 'For hvem:', nn: 'For kven:', en: 'For whom:' },
  'fs-offer-coverage': { nb: 'har minst ett tilbud', nn: 'har minst eitt tilbod', en: 'have at least one offer' },
  'fs-programme-compare': { nb: 'Hva det er', nn: 'Kva det er', en: 'What it is' },
};
// Results off screen skip rendering (content-visibility: auto) until a frame reaches them: shown in full here, so that a
// screenshot does not depend on when that frame came.
const ALL_RENDERED = 'fs-programme-finder::part(result), fs-programme-finder::part(offer) { content-visibility: visible; }';
const PAGES = {
  light: `body { margin: 0; background: #ffffff; color: #1e2b3c; } ${ALL_RENDERED}`,
  dark: `:root { color-scheme: dark; } body { margin: 0; background: #121417; color: #e8eaed; } ${ALL_RENDERED}`,
};

interface Result {
  ok: boolean;
  reason?: string;
}

describe('how the elements look', function () {
  this.timeout(60_000);
  useLocalization();
  let page: HTMLStyleElement;
  let mount: HTMLElement;

  beforeEach(() => {
    page = document.createElement('style');
    document.head.append(page);
    mount = document.createElement('main');
    mount.style.padding = '8px';
    document.body.append(mount);
  });
  afterEach(() => {
    page.remove();
    mount.remove();
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      for (const language of LANGUAGES) {
        it(`${width} px, ${scheme} page, ${language}`, async () => {
          await setViewport({ width, height: 1300 });
          page.textContent = PAGES[scheme];
          document.documentElement.lang = language;
          const failures: string[] = [];
          for (const [tag, attributes] of ELEMENTS) {
            mount.replaceChildren();
            const element = document.createElement(tag);
            element.id = 'shot';
            for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
            mount.append(element);
            const ready = READY[tag]?.[language] ?? '';
            // The texts in the language, and the data in it too (while new data loads, the old stays on screen).
            await until(() => element.shadowRoot?.textContent?.includes(ready) && !element.matches(':state(loading)'), `${tag} in ${language}`, 10_000);
            await document.fonts.ready;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const name = `${tag.replace('fs-', '')}-${width}-${scheme}-${language}`;
            const result = (await executeServerCommand('compare-screenshot', { name, selector: '#shot', maxHeight: 900 })) as Result;
            if (!result.ok) failures.push(`${name}: ${result.reason}`);
          }
          expect(failures).to.deep.equal([]);
        });
      }
    }
  }
});
