// Content without JavaScript, then the script: an element rendered on the server (`foreldrestotte render`) reads with
// its data and in its language before any script runs, and the element takes it over without a flash of its loading
// message, a second copy or a shift. Nothing here imports an element before the test does.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';
import { setupLocalization } from '../../packages/elements/src/localization/localization.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('server-rendered elements', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  it('show their content before any script, and the element takes it over in place', async () => {
    document.documentElement.lang = 'nn';
    const html = (await executeServerCommand('render-element', { tag: 'fs-measure-card', attributes: { measure: '29' }, lang: 'nn' })) as string;
    container = document.createElement('main');
    container.style.width = '600px';
    document.body.append(container);
    // Parsed as a page parses it: the shadow root declared in the HTML.
    container.setHTMLUnsafe(html);
    const card = container.querySelector('fs-measure-card') as HTMLElement;
    expect(customElements.get('fs-measure-card'), 'no script for the element yet').to.equal(undefined);
    const root = card.shadowRoot as ShadowRoot;
    const title = () => [...root.querySelectorAll('[part="title"]')].map((element) => element.textContent?.trim());
    expect(title()).to.deep.equal(['Auke bruken av familieråd i familievernet']);
    expect(root.textContent).to.include('Ansvarleg');
    expect(root.textContent).to.not.include('Lastar');
    expect(root.querySelector('[part="title"]')?.getBoundingClientRect().height).to.be.greaterThan(0);
    const height = card.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(100);

    // Now the script, in the page's language, as the CDN bundle loads it.
    await setupLocalization().setLocale('nn');
    await import('../../packages/elements/src/components/measure-card/fs-measure-card.js');
    // Frame by frame until the element has rendered its own (its print line is the browser's): never a loading
    // message, never two titles, never another height.
    const seen: string[] = [];
    for (let i = 0; i < 300 && !root.querySelector('.print-only'); i += 1) {
      await frame();
      const titles = title();
      const now = card.getBoundingClientRect().height;
      if (titles.length !== 1 || root.textContent?.includes('Lastar') || Math.abs(now - height) > 1) seen.push(`${titles.length} titles, ${now} px`);
    }
    expect(root.querySelector('.print-only'), 'the element rendered').to.not.equal(null);
    expect(seen).to.deep.equal([]);
    expect(title()).to.deep.equal(['Auke bruken av familieråd i familievernet']);
    expect(Math.abs(card.getBoundingClientRect().height - height)).to.be.at.most(1);
    document.documentElement.lang = 'nb';
  });

  it('render every element with its data, in the language asked', async () => {
    const cases: [string, Record<string, string>, string, string][] = [
      ['fs-measure-board', {}, 'nb', 'Status for tiltakene i strategien'],
      ['fs-programme-finder', {}, 'en', 'ICDP – International Child Development Programme'],
      ['fs-prevention-levels', {}, 'nn', 'For alle'],
      ['fs-programme-compare', { programmes: 'icdp tik' }, 'nb', 'Tuning in to Kids'],
      ['fs-offer-coverage', { municipality: '1804', 'offers-src': 'tilbud.json' }, 'nb', 'Henter fortsatt tilbud'],
    ];
    for (const [tag, attributes, lang, text] of cases) {
      const html = (await executeServerCommand('render-element', { tag, attributes, lang })) as string;
      container?.remove();
      container = document.createElement('main');
      document.body.append(container);
      container.setHTMLUnsafe(html);
      const root = container.querySelector(tag)?.shadowRoot;
      expect(root?.textContent, tag).to.include(text);
      expect(root?.querySelector('[lang]')?.getAttribute('lang'), tag).to.equal(lang);
    }
  });
});
