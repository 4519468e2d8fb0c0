// Faults found by the hostile review of issue 9, reproduced in Chromium; each test failed before its fix.
import { expect } from 'chai';
import { html } from 'lit';
import type { FsErrorEvent } from '../../packages/elements/src/events/fs-error.js';
import { deepActiveElement, fixture, recordEvents, shadow, text, until, useLocalization } from '../../packages/elements/src/internal/test/helpers.js';
import '../../packages/elements/src/all.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('faults: requests end with their element', () => {
  useLocalization();

  it('six removed finders waiting on a silent server leave the connections free for a new finder', async () => {
    // Each waits on a server that never answers; the browser has six connections to this origin.
    const stuck = Array.from({ length: 6 }, () => fixture<HTMLElement>(html`<fs-programme-finder offers-src="/test-api/hang/offers.json"></fs-programme-finder>`));
    await pause(500);
    for (const finder of stuck) finder.remove();
    const healthy = fixture<HTMLElement>(html`<fs-programme-finder offers-src="/test-api/offers-ngo.json"></fs-programme-finder>`);
    // Without aborting, the new request waits in the browser's queue until the others time out (10 s).
    await until(() => shadow(healthy).querySelector('[part="offer"]'), 'the healthy finder’s offers', 4000);
  });

  it('six removed cards waiting on a silent catalogue leave the connections free, and report nothing', async () => {
    const errors = recordEvents<FsErrorEvent>(document, 'fs-error');
    const stuck = Array.from({ length: 6 }, (_, i) => fixture<HTMLElement>(html`<fs-measure-card measure=${i + 1} src=${`/test-api/hang/catalogue.json?card=${i}`}></fs-measure-card>`));
    await pause(500);
    for (const card of stuck) card.remove();
    const healthy = fixture<HTMLElement>(html`<fs-measure-card measure="29" src="/test-api/catalogue.json"></fs-measure-card>`);
    await until(() => shadow(healthy).querySelector('[role="heading"]'), 'the healthy card', 4000);
    expect(healthy.matches(':state(fallback)')).to.equal(false);
    expect(errors).to.have.length(0);
  });

  it('an element moved while it loads loads again where it is put', async () => {
    const errors = recordEvents<FsErrorEvent>(document, 'fs-error');
    const card = fixture<HTMLElement>(html`<fs-measure-card measure="29" src="/test-api/catalogue.json?moved"></fs-measure-card>`);
    const parent = card.parentElement as HTMLElement;
    card.remove();
    await pause(50);
    parent.append(card);
    await until(() => shadow(card).querySelector('[role="heading"]'), 'the moved card');
    expect(card.matches(':state(fallback)')).to.equal(false);
    expect(errors).to.have.length(0);
  });
});

describe('faults: a language change', () => {
  useLocalization();

  it('keeps keyboard focus where it was', async () => {
    const finder = fixture<HTMLElement>(html`<fs-programme-finder></fs-programme-finder>`);
    const input = await until(() => shadow(finder).querySelector<HTMLInputElement>('input[type="search"]'), 'the search field');
    input.focus();
    const checkbox = shadow(finder).querySelector<HTMLInputElement>('input[name="level"]') as HTMLInputElement;
    document.documentElement.lang = 'nn';
    await until(() => text(shadow(finder).querySelector('label[for="query"]')) === 'Søk etter namn, tema eller det du lurer på', 'the nynorsk label');
    expect(deepActiveElement()).to.equal(input);
    checkbox.focus();
    document.documentElement.lang = 'en';
    await until(() => text(shadow(finder).querySelector('label[for="query"]')).startsWith('Search'), 'the English label');
    expect(deepActiveElement()).to.equal(checkbox);
  });
});

describe('faults: a language file that fails to load', () => {
  it('leaves the page in its language, warns once, and is no unhandled rejection', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test-api/cdn-page-broken-nn.html';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as Window & { fsReport?: { errors: string[]; warnings: string[] } };
      const card = () => frame.contentDocument?.querySelector('fs-measure-card')?.shadowRoot;
      await until(() => card()?.querySelector('[part="number"]'), 'the card', 10_000);
      (frame.contentDocument as Document).documentElement.lang = 'nn';
      await until(() => win().fsReport?.warnings.length, 'the warning');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win().fsReport?.errors).to.deep.equal([]);
      expect(win().fsReport?.warnings).to.have.length(1);
      expect(win().fsReport?.warnings[0]).to.match(/^@foreldrestotte\/elements: the texts for lang="nn" could not be loaded; the elements stay in nb\./);
      expect(text(card()?.querySelector('[part="number"]'))).to.equal('Tiltak 29');
    } finally {
      frame.remove();
    }
  });
});
