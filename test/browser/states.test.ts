// Every element while it loads and after `src` fails: an accessible message, never an empty box.
import { expect } from 'chai';
import { html } from 'lit';
import type { FsErrorEvent } from '../../packages/elements/src/events/fs-error.js';
import { expectAccessible, fixture, nextEvent, shadow, text, until, useLocalization } from '../../packages/elements/src/internal/test/helpers.js';
import '../../packages/elements/src/all.js';

const elements = {
  'fs-measure-card': (src: string) => html`<fs-measure-card measure="29" src=${src}></fs-measure-card>`,
  'fs-measure-board': (src: string) => html`<fs-measure-board src=${src}></fs-measure-board>`,
  'fs-programme-finder': (src: string) => html`<fs-programme-finder src=${src}></fs-programme-finder>`,
  'fs-prevention-levels': (src: string) => html`<fs-prevention-levels src=${src}></fs-prevention-levels>`,
};

describe('every element', () => {
  for (const [tag, template] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      it('says it is loading, accessibly, while the data is on its way', async () => {
        const element = fixture<HTMLElement>(template('/test-api/hang/'));
        const message = await until(() => shadow(element).querySelector('[part="message"][role="status"]'), 'the loading message');
        expect(text(message)).to.match(/^Laster .+ …$/);
        expect(element.matches(':state(loading)')).to.equal(true);
        await expectAccessible(element);
      });

      it('falls back to the embedded catalogue with a dated note and a retry button when src fails', async () => {
        const error = nextEvent<FsErrorEvent>(document, 'fs-error');
        const element = fixture<HTMLElement>(template('/test-api/failing/'));
        const event = await error;
        expect(event.detail.fallback).to.equal(true);
        const note = await until(() => shadow(element).querySelector('[part="message"][role="status"]'), 'the fallback note');
        expect(text(note)).to.include('Viser den innebygde katalogen, oppdatert 23. november 2026.');
        expect(note.querySelector('button')?.textContent?.trim()).to.equal('Prøv igjen');
        expect(element.matches(':state(fallback)')).to.equal(true);
        expect(shadow(element).querySelector('[role="heading"]'), 'the content under the note').to.not.equal(null);
        await expectAccessible(element);
      });
    });
  }
});

describe('a src that fails', () => {
  useLocalization();
  // Requests the page made for the catalogue, as the browser records them.
  // The page's resource timings fill up with the test's own modules (250 by default): make room to see the requests.
  performance.setResourceTimingBufferSize(10_000);
  const count = async () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/test-api/counted-failing/catalogue.json')).length;

  it('is asked once for the page: not again on a language change or by a second element, again on "try again"', async () => {
    const src = '/test-api/counted-failing/';
    const events: FsErrorEvent[] = [];
    const listen = (event: Event) => events.push(event as FsErrorEvent);
    document.addEventListener('fs-error', listen);
    try {
      const first = fixture<HTMLElement>(html`<fs-measure-card measure="29" src=${src}></fs-measure-card>`);
      await until(() => first.matches(':state(fallback)'), 'the fallback');
      // The browser records a request when its response has ended, which can be a moment after the element gave up
      // on it: count once the record has been still for a quarter of a second.
      let asked = await count();
      for (let still = 0; still < 5; still += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = await count();
        if (now !== asked) [asked, still] = [now, -1];
      }
      expect(asked, 'one load, with its retries').to.be.at.least(1);
      document.documentElement.lang = 'nn';
      await until(() => text(shadow(first).querySelector('[part="title"]')) === 'Auke bruken av familieråd i familievernet', 'nynorsk');
      expect(first.matches(':state(loading)')).to.equal(false);
      const second = fixture<HTMLElement>(html`<fs-measure-card measure="9" src=${src}></fs-measure-card>`);
      await until(() => second.matches(':state(fallback)'), 'the second fallback');
      expect(await count(), 'no new request').to.equal(asked);
      expect(
        events.filter((event) => event.target === first),
        'one fs-error for the first card',
      ).to.have.length(1);
      (shadow(first).querySelector('[part="message"] button') as HTMLButtonElement).click();
      const deadline = performance.now() + 5000;
      while ((await count()) <= asked && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await count(), 'a new request after "try again"').to.be.greaterThan(asked);
    } finally {
      document.removeEventListener('fs-error', listen);
      document.documentElement.lang = 'nb';
    }
  });
});

describe('attribute values a CMS editor might type', () => {
  const cases = [
    html`<fs-measure-card measure="-1"></fs-measure-card>`,
    html`<fs-measure-card measure="tjueni"></fs-measure-card>`,
    html`<fs-measure-card measure="29" year="i fjor"></fs-measure-card>`,
    html`<fs-measure-card measure="29" year="1999"></fs-measure-card>`,
    html`<fs-measure-card measure="29" heading-level="99"></fs-measure-card>`,
    html`<fs-measure-board status="venter" focus-area="99" responsible="nasa" year="abc"></fs-measure-board>`,
    html`<fs-prevention-levels level="alle"></fs-prevention-levels>`,
    html`<fs-programme-finder age="banan" levels="alle" formats="" categories="x y" arenas="<b>"></fs-programme-finder>`,
    html`<fs-measure-card measure="29" src="javascript:alert(1)"></fs-measure-card>`,
    html`<fs-programme-finder offers-src="javascript:alert(1)"></fs-programme-finder>`,
  ];

  for (const template of cases) {
    const source = template.strings.join('').replace(/\s+/g, ' ');
    it(`shows something readable, never a blank box: ${source}`, async () => {
      const element = fixture<HTMLElement>(template);
      await until(() => !element.matches(':state(loading)') && shadow(element).querySelector('[role="heading"], [role="alert"]'), 'content or a message');
      expect(text(shadow(element)).length).to.be.greaterThan(20);
      await expectAccessible(element);
    });
  }
});
