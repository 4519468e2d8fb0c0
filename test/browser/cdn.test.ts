// The CDN bundle as a municipality embeds it: on a foreign page with `default-src 'self'`, hostile CSS, and the
// script tag pasted twice. Everything renders, responds to the keyboard, stays on the page's origin, logs no errors.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { until } from '../../packages/elements/src/internal/test/helpers.js';

interface Report {
  violations: string[];
  errors: string[];
  warnings: string[];
}

let frame: HTMLIFrameElement;

const page = () => frame.contentDocument as Document;
const win = () => frame.contentWindow as Window & { fsReport: Report };
const root = (tag: string) => page().querySelector(tag)?.shadowRoot;

describe('the CDN bundle on a foreign page', () => {
  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '800';
    frame.src = '/test-api/cdn-page.html';
    document.body.append(frame);
    await until(() => root('fs-measure-card')?.querySelector('article'), 'the card', 10_000);
    await until(() => root('fs-programme-finder')?.querySelector('[part="result"]'), 'the finder');
    await until(() => root('fs-measure-board')?.querySelector('table'), 'the board');
    await until(() => root('fs-prevention-levels')?.querySelector('[role="tabpanel"]'), 'the explainer');
  });

  after(() => frame.remove());

  it('renders every element, in the page’s language', () => {
    expect(root('fs-measure-card')?.querySelector('[part="number"]')?.textContent).to.equal('Tiltak 29');
    // The first ten of the 15 programmes for families, the two for staff behind their button.
    expect(root('fs-programme-finder')?.querySelector('[part="count"]')?.textContent?.trim()).to.equal('17 programmer passer.');
    expect(root('fs-programme-finder')?.querySelectorAll('[part="result"]')).to.have.length(10);
  });

  it('lets the first copy of the bundle do the work when a second copy is on the page', () => {
    const requested = win()
      .performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    // The second copy ran (its entry and shared chunk loaded) …
    expect(requested.filter((path) => path.startsWith('/test-api/cdn-copy/'))).to.not.deep.equal([]);
    // … but loaded no element and registered nothing, so no tag was claimed twice.
    expect(requested.filter((path) => path.startsWith('/test-api/cdn-copy/chunks/fs-'))).to.deep.equal([]);
    for (const tag of ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels']) {
      expect(win().customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(win().fsReport.warnings).to.deep.equal([]);
  });

  it('keeps its controls visible and its text readable under hostile CSS', () => {
    const finder = root('fs-programme-finder');
    const input = finder?.querySelector('input[type="search"]') as HTMLElement;
    expect(win().getComputedStyle(input).display).to.not.equal('none');
    expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
    const title = root('fs-measure-card')?.querySelector('[part="title"]') as HTMLElement;
    const style = win().getComputedStyle(title);
    expect(style.textTransform).to.equal('none');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.greaterThan(1.1);
    const card = root('fs-measure-card')?.querySelector('article') as HTMLElement;
    expect(card.scrollWidth, 'no text pushed out of the card').to.be.at.most(card.clientWidth + 1);
  });

  it('responds to the keyboard, loading the search code only when the search field is used', async () => {
    const searchCode = () =>
      win()
        .performance.getEntriesByType('resource')
        .filter((entry) => /\/chunks\/search-[\w-]+\.js$/.test(new URL(entry.name).pathname));
    expect(searchCode(), 'search code before anyone searched').to.deep.equal([]);
    const input = root('fs-programme-finder')?.querySelector('input[type="search"]') as HTMLInputElement;
    frame.focus();
    input.focus();
    await sendKeys({ type: 'tik' });
    await until(() => root('fs-programme-finder')?.querySelectorAll('[part="result"]').length === 1, 'one result');
    expect(searchCode()).to.have.length(1);
    const tab = root('fs-prevention-levels')?.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement;
    tab.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root('fs-prevention-levels')?.querySelector('[role="tab"][aria-selected="true"]')?.id === 'tab-selective', 'the next tab');
  });

  it('makes no request outside the page’s origin, sets no cookie and stores nothing', () => {
    const foreign = win()
      .performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
    expect(page().cookie).to.equal('');
    expect(win().localStorage.length).to.equal(0);
    expect(win().sessionStorage.length).to.equal(0);
  });

  it('causes no Content-Security-Policy violation and logs no error', () => {
    expect(win().fsReport.violations).to.deep.equal([]);
    expect(win().fsReport.errors).to.deep.equal([]);
  });
});
