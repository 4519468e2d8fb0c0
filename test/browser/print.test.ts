// Every element on paper: no field or button a reader cannot use there, the facts behind disclosures shown, each
// link's address written after it, and where and when the page was printed.
import { emulateMedia } from '@web/test-runner-commands';
import { expect } from 'chai';
import { mountAll, tags } from './page.js';

let container: HTMLElement;

/** The elements of `selector` in `tag`'s shadow root that take room on the page. */
const visible = (tag: string, selector: string) =>
  [...(container.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  });

describe('on paper', () => {
  before(async () => {
    container = await mountAll('29');
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });

  after(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    container.remove();
  });

  it('shows no field or list to fill in, and no button but those that carry the content', () => {
    for (const tag of tags)
      expect(
        visible(tag, 'input, select, textarea').map((element) => element.id || element.localName),
        tag,
      ).to.deep.equal([]);
    // The board's measures and the levels' tabs are buttons whose words are the content; every other button is left out.
    for (const tag of ['fs-programme-finder', 'fs-offer-coverage', 'fs-programme-compare', 'fs-measure-card']) {
      expect(
        visible(tag, 'button').map((button) => button.textContent?.trim()),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('shows the facts behind every disclosure, and each result whole', () => {
    const finder = container.querySelector('fs-programme-finder')?.shadowRoot as ShadowRoot;
    const results = [...finder.querySelectorAll<HTMLElement>('[part="result"]')];
    expect(results.length).to.be.greaterThan(0);
    for (const result of results.slice(0, 3)) {
      const facts = result.querySelector('details dl') as HTMLElement | null;
      expect(facts?.getBoundingClientRect().height, 'the facts drawn and shown').to.be.greaterThan(0);
      expect(getComputedStyle(result).breakInside).to.equal('avoid');
    }
    const report = container.querySelector('fs-measure-card')?.shadowRoot?.querySelector('[part="report"] p') as HTMLElement;
    expect(report.getBoundingClientRect().height, 'the card’s report').to.be.greaterThan(0);
    // The board: every measure with its report, as if each were opened.
    const board = container.querySelector('fs-measure-board')?.shadowRoot as ShadowRoot;
    const measures = board.querySelectorAll('[part="measure"]');
    expect(board.querySelectorAll('.print-report')).to.have.length(measures.length);
    // Every focus area drawn (none skipped as off screen), and no cue to scroll a table that paper cannot scroll.
    const last = [...board.querySelectorAll<HTMLElement>('.print-report')].at(-1) as HTMLElement;
    expect(last.getBoundingClientRect().height, 'the last measure’s report drawn').to.be.greaterThan(0);
    expect(board.querySelectorAll('.area')).to.have.length.greaterThan(1);
    for (const area of board.querySelectorAll('.area')) expect(getComputedStyle(area).contentVisibility).to.equal('visible');
    expect(visible('fs-measure-board', '.scroll-hint')).to.deep.equal([]);
  });

  it('writes out the address of each link, and where and when it was printed', () => {
    const finder = container.querySelector('fs-programme-finder')?.shadowRoot as ShadowRoot;
    const join = finder.querySelector('[part="offer"] a[href^="https:"]') as HTMLAnchorElement;
    expect(getComputedStyle(join, '::after').content).to.equal(`" (${join.getAttribute('href')})"`);
    for (const tag of tags) {
      const line = visible(tag, '.print-only')[0];
      expect(line?.textContent, tag).to.match(new RegExp(`^Skrevet ut fra ${location.origin}${location.pathname}, \\d{1,2}\\. \\p{L}+ \\d{4}\\.$`, 'u'));
    }
  });

  it('draws the disclosures again as they were once printed', async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    const finder = container.querySelector('fs-programme-finder')?.shadowRoot as ShadowRoot;
    const closed = [...finder.querySelectorAll<HTMLDetailsElement>('[part="result"] details')].filter((details) => !details.open);
    expect(closed.length).to.be.greaterThan(0);
    expect(closed.every((details) => details.querySelector('dl') === null)).to.equal(true);
    await (container.querySelector('fs-measure-board') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(container.querySelector('fs-measure-board')?.shadowRoot?.querySelectorAll('.print-report')).to.have.length(0);
  });
});
