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
    const stuck = Array.from({ length: 6 }, () =>
      fixture<HTMLElement>(html`<fs-programme-finder offers-src="/test-api/hang/offers.json"></fs-programme-finder>`),
    );
    await pause(500);
    for (const finder of stuck) finder.remove();
    const healthy = fixture<HTMLElement>(html`<fs-programme-finder offers-src="/test-api/offers-ngo.json"></fs-programme-finder>`);
    // Without aborting, the new request waits in the browser's queue until the others time out (10 s).
    await until(() => shadow(healthy).querySelector('[part="offer"]'), 'the healthy finder’s offers', 4000);
  });

  it('six removed cards waiting on a silent catalogue leave the connections free, and report nothing', async () => {
    const errors = recordEvents<FsErrorEvent>(document, 'fs-error');
    const stuck = Array.from({ length: 6 }, (_, i) =>
      fixture<HTMLElement>(html`<fs-measure-card measure=${i + 1} src=${`/test-api/hang/catalogue.json?card=${i}`}></fs-measure-card>`),
    );
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

describe('faults: addresses resolve like links', () => {
  useLocalization();

  it('reads a relative src against the page’s <base href>, as offers-src does', async () => {
    // The page's resource timings fill up with the test's own modules (250 by default): make room to see the request.
    performance.setResourceTimingBufferSize(10_000);
    const base = document.createElement('base');
    base.href = '/test-api/';
    document.head.prepend(base);
    try {
      const card = fixture<HTMLElement>(html`<fs-measure-card measure="29" src="catalogue.json?based"></fs-measure-card>`);
      await until(() => shadow(card).querySelector('[role="heading"]'), 'the card');
      // Without <base>, "catalogue.json" is looked up beside this test page, fails, and the card falls back.
      expect(card.matches(':state(fallback)')).to.equal(false);
      const asked = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('catalogue.json?based'));
      expect(asked.map((name) => new URL(name).pathname)).to.deep.equal(['/test-api/catalogue.json']);
    } finally {
      base.remove();
    }
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

describe('faults: Trusted Types', () => {
  interface Report {
    violations: string[];
    errors: string[];
  }
  let frame: HTMLIFrameElement;
  const open = (mode: string) => {
    frame = document.createElement('iframe');
    frame.src = `/test-api/trusted-types.html?mode=${mode}`;
    document.body.append(frame);
  };
  const win = () => frame.contentWindow as Window & { fsReport?: Report };
  const root = (tag: string) => frame.contentDocument?.querySelector(tag)?.shadowRoot;
  const rendered = () =>
    until(
      () => ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels'].every((tag) => root(tag)?.querySelector('[role="heading"]')),
      'every element',
      10_000,
    );
  afterEach(() => frame.remove());

  it('renders every element where the page allows only the policy "foreldrestotte"', async () => {
    open('own');
    await rendered();
    expect(win().fsReport).to.deep.include({ violations: [], errors: [] });
  });

  it('keeps its policy to itself: no global handle passes a string of the page’s own', async () => {
    open('own');
    await rendered();
    const page = win() as unknown as Record<PropertyKey, unknown>;
    // Before, globalThis[Symbol.for('foreldrestotte.trusted-types')].policy made any string a TrustedHTML.
    expect(page[Symbol.for('foreldrestotte.trusted-types')]).to.equal(undefined);
    const handles = [...Object.getOwnPropertyNames(page), ...Object.getOwnPropertySymbols(page)].filter((key) => {
      let value: unknown;
      try {
        value = page[key];
      } catch {
        return false;
      }
      const holder = value as { createHTML?: unknown; policy?: { createHTML?: unknown } } | null;
      return (
        typeof value === 'object' &&
        value !== null &&
        value !== (page as { trustedTypes?: unknown }).trustedTypes &&
        (typeof holder?.createHTML === 'function' || typeof holder?.policy?.createHTML === 'function')
      );
    });
    expect(handles.map(String)).to.deep.equal([]);
    // And the page cannot make the policy again to get one: its name is taken.
    const trustedTypes = (page as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    expect(() => trustedTypes.createPolicy('foreldrestotte', { createHTML: (input: string) => input })).to.throw();
  });

  it('renders beside the page’s own Lit, which keeps the policy "lit-html"', async () => {
    open('lit');
    await rendered();
    expect(frame.contentDocument?.querySelector('#host-lit')).to.not.equal(null);
    expect(win().fsReport).to.deep.include({ violations: [], errors: [] });
  });

  it('says once what to add when the page allows no policy, and stops', async () => {
    open('none');
    await until(() => win().fsReport?.errors.length, 'the report', 10_000);
    const page = frame.contentDocument as Document;
    for (let i = 0; i < 50; i += 1) page.body.append(page.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const errors = win().fsReport?.errors ?? [];
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('trusted-types foreldrestotte');
    expect(win().customElements.get('fs-measure-card')).to.equal(undefined);
  });
});

// Round 3 of the hostile review (issue 21).
describe('faults: data stays inside its own words', () => {
  useLocalization();
  const RLO = '\u202e';
  const marked = (text: string) => `${text} ${RLO}snudd`;
  const offer = {
    id: 'bidi',
    title: { nb: marked('Kurs') },
    description: { nb: marked('Beskrivelse') },
    schedule: { nb: marked('Tirsdager') },
    provider: { name: marked('Forening'), kind: 'ngo' },
    municipality: '1804',
    address: { street: marked('Storgata 1'), place: marked('Bodø') },
    languages: ['nb'],
    price: { free: true },
    accessibility: { nb: marked('Trinnfri') },
    contact: { name: marked('Kari'), phone: '+47 75 55 50 00', email: 'kari@example.no' },
  };
  const asker = { ...offer, id: 'bidi-2', contact: undefined, provider: { ...offer.provider, url: 'https://forening.example/' } };

  it('isolates every value from an offers file inside the kit’s sentences, direction marks and all', async () => {
    const finder = fixture<HTMLElement>(
      html`<fs-programme-finder><script type="application/json">${JSON.stringify({ offers: [offer, asker] })}</script></fs-programme-finder>`,
    );
    const offers = await until(() => {
      const found = [...(shadow(finder).querySelectorAll('[part="offer"]') ?? [])];
      return found.length === 2 && found;
    }, 'the two offers');
    for (const item of offers) {
      item.querySelector('details')?.setAttribute('open', '');
      await until(() => item.querySelector('details dl'), 'the details');
    }
    // Every text with a direction mark stands in an element that isolates it and holds that value alone: the kit's
    // own words ("Meld deg på hos", "Spør … om påmelding", "Også for") are never inside it.
    const values = new Set([
      offer.title.nb,
      offer.description.nb,
      offer.schedule.nb,
      offer.provider.name,
      offer.address.street,
      offer.address.place,
      offer.accessibility.nb,
      offer.contact.name,
    ]);
    const walker = document.createTreeWalker(offers[0]?.getRootNode() as Node, NodeFilter.SHOW_TEXT);
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(RLO) || !offers.some((item) => item.contains(node))) continue;
      checked += 1;
      let box = node.parentElement;
      while (box && box.localName !== 'bdi' && !['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(box).unicodeBidi))
        box = box.parentElement;
      expect(box, `"${node.textContent}" is isolated`).to.not.equal(null);
      const inside = (box?.textContent ?? '').trim();
      expect(
        [...values].some((value) => inside === value || inside.startsWith(`${value},`) || inside.endsWith(`, ${value}`) || inside.includes(value)),
        inside,
      ).to.equal(true);
      expect(inside, 'no words of the kit inside the isolated value').not.to.match(/Meld deg på|Spør|om påmelding|Også for|ring |send e-post/);
    }
    expect(checked).to.be.at.least(8);
    expect(text(offers[0]?.querySelector('.join'))).to.match(/^Meld deg på hos Kari/);
    expect(text(offers[1]?.querySelector('.join'))).to.match(/^Spør Forening .*om påmelding$/);
  });
});

describe('faults: what a parent types stays out of the address sent to servers', () => {
  useLocalization();
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('keeps the search in the fragment with sync-url, filters in the query; in the query too only with sync-url="all"', async () => {
    const finder = fixture<HTMLElement>(html`<fs-programme-finder sync-url></fs-programme-finder>`);
    await until(() => shadow(finder).querySelector('input[type="search"]'), 'the finder');
    const input = shadow(finder).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'rusproblemer';
    input.dispatchEvent(new Event('input'));
    (shadow(finder).querySelector('input[name="level"][value="indicated"]') as HTMLInputElement).click();
    await until(() => new URL(location.href).hash.includes('fs-q=rusproblemer'), 'the search in the fragment');
    const url = new URL(location.href);
    // The fragment is never sent: not in a Referer, not in a server's log.
    expect(url.search).not.to.include('rusproblemer');
    expect(url.searchParams.get('fs-levels')).to.equal('indicated');
    finder.remove();
    history.replaceState(null, '', start);
    const all = fixture<HTMLElement>(html`<fs-programme-finder sync-url="all"></fs-programme-finder>`);
    await until(() => shadow(all).querySelector('input[type="search"]'), 'the second finder');
    const field = shadow(all).querySelector('input[type="search"]') as HTMLInputElement;
    field.value = 'søvn';
    field.dispatchEvent(new Event('input'));
    await until(() => new URL(location.href).searchParams.get('fs-q') === 'søvn', 'the search in the query, as the page asked');
  });

  it('caps what can be typed or pasted into the search field', async () => {
    const finder = fixture<HTMLElement>(html`<fs-programme-finder></fs-programme-finder>`);
    const input = await until(() => shadow(finder).querySelector<HTMLInputElement>('input[type="search"]'), 'the field');
    expect(input.maxLength).to.equal(200);
  });
});

describe('faults: a slow offers file holds back only its own offers', () => {
  useLocalization();

  it('shows inline offers and a quick file at once, and says the slow one is still coming', async () => {
    const inline = {
      offers: [
        {
          id: 'inline',
          title: { nb: 'Kommunens kurs' },
          provider: { name: 'Kommunen', kind: 'municipality' },
          municipality: '1804',
          languages: ['nb'],
          price: { free: true },
        },
      ],
    };
    const finder = fixture<HTMLElement>(
      html`<fs-programme-finder offers-src="/test-api/hang/offers.json /test-api/offers-ngo.json"><script type="application/json">${JSON.stringify(inline)}</script></fs-programme-finder>`,
    );
    const titles = () => [...shadow(finder).querySelectorAll('[part="offer"] [role="heading"]')].map(text);
    // Before, every offer waited for the slowest file (its 10 s timeout), inline ones included.
    await until(() => titles().includes('Kommunens kurs') && titles().includes('Foreningens kurs'), 'the inline and quick offers', 3000);
    const note = await until(() => shadow(finder).querySelector('.pending'), 'the note about the slow file', 3000);
    expect(text(note)).to.match(/^Henter fortsatt tilbud fra .+ …$/);
  });
});
