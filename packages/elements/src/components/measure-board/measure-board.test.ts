import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { FsFilterChangeEvent } from '../../events/fs-filter-change.js';
import type { FsMeasureToggleEvent } from '../../events/fs-measure-toggle.js';
import { lastAnnouncement } from '../../internal/announcer.js';
import { deepActiveElement, expectAccessible, fixture, nextEvent, recordEvents, shadow, text, until } from '../../internal/test/helpers.js';
import './fs-measure-board.js';
import type { FsMeasureBoard } from './measure-board.js';

const loaded = (board: FsMeasureBoard) => until(() => shadow(board).querySelector('table'), 'the board to load');
const shownNumbers = (board: FsMeasureBoard) =>
  [...shadow(board).querySelectorAll('[part="toggle"] .toggle-title')].map((el) => Number(/Tiltak (\d+)/.exec(text(el))?.[1]));

function choose(board: FsMeasureBoard, id: string, value: string): void {
  const select = shadow(board).querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<fs-measure-board>', () => {
  it('renders all 34 measures in their six focus areas, with counts per status', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board></fs-measure-board>`);
    await loaded(board);
    expect(shownNumbers(board)).to.deep.equal(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(shadow(board).querySelectorAll('.area')).to.have.length(6);
    const rows = [...shadow(board).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    // Columns: area, Ikke påbegynt, Pågående, I rute, Forsinket, Avvik, Ferdig, (bar)
    expect(rows.at(-1)?.slice(0, 7)).to.deep.equal(['Alle', '0', '9', '12', '2', '1', '10']);
    expect(rows[5]?.slice(1, 7)).to.deep.equal(['0', '1', '3', '1', '1', '5']);
    expect(text(shadow(board))).to.include('Viser 34 av 34 tiltak.');
  });

  it('counts measures without a report for the year as not reported, never as zeros', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board year="2020"></fs-measure-board>`);
    await loaded(board);
    const header = [...shadow(board).querySelectorAll('thead th')].map(text);
    expect(header.at(-1)).to.equal('Ikke rapportert i 2020');
    const rows = [...shadow(board).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    // Area 1 (measures 1–6) had no 2020 report: six not reported, not six zeros.
    expect(rows[0]?.slice(1, 8)).to.deep.equal(['0', '0', '0', '0', '0', '0', '6']);
    expect(rows.at(-1)?.[7]).to.equal('23');
    expect(text(shadow(board).querySelector('.count'))).to.equal('Viser 34 av 34 tiltak. 23 av dem ble ikke rapportert i 2020.');
    const first = shadow(board).querySelector('[part="toggle"]');
    expect(text(first)).to.match(/^Tiltak 1: .* Ikke rapportert i 2020$/);
    expect(first?.querySelector('.status')).to.equal(null);
    await expectAccessible(board);
  });

  it('marks what changed since the previous report', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board></fs-measure-board>`);
    await loaded(board);
    const changed = [...shadow(board).querySelectorAll('.changed')].map((el) => text(el.closest('[part="toggle"]')));
    expect(changed).to.have.length(2);
    expect(changed[0]).to.match(/^Tiltak 29: .* Avvik Endret siden 2020$/);
    expect(changed[1]).to.match(/^Tiltak 30: .* Pågående Endret siden 2020$/);
  });

  it('is accessible loaded, filtered to nothing, and with a measure open', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board></fs-measure-board>`);
    await loaded(board);
    await expectAccessible(board);
    (shadow(board).querySelector('[part="toggle"]') as HTMLButtonElement).click();
    const card = await until(() => shadow(board).querySelector('fs-measure-card')?.shadowRoot?.querySelector('article'), 'the card');
    expect(card).to.not.equal(null);
    await expectAccessible(board);
    const empty = fixture<FsMeasureBoard>(html`<fs-measure-board status="not-started"></fs-measure-board>`);
    await loaded(empty);
    expect(text(shadow(empty))).to.include('Ingen tiltak passer filtrene.');
    expect(empty.matches(':state(empty)')).to.equal(true);
    await expectAccessible(empty);
  });

  it('presets filters from attributes', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board focus-area="6" status="completed"></fs-measure-board>`);
    await loaded(board);
    expect(shownNumbers(board)).to.deep.equal([24, 25, 26, 27, 28]);
    expect(board.focusArea).to.equal(6);
    expect(shadow(board).querySelector<HTMLSelectElement>('#status')?.value).to.equal('completed');
  });

  it('filters by status, focus area and ministry when the reader chooses, and says so', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board></fs-measure-board>`);
    await loaded(board);
    const change = nextEvent<FsFilterChangeEvent>(board, 'fs-filter-change');
    choose(board, 'status', 'delayed');
    expect((await change).detail.filters).to.deep.equal({ status: 'delayed' });
    await board.updateComplete;
    expect(shownNumbers(board)).to.deep.equal([8, 31]);
    expect(board.getAttribute('status')).to.equal('delayed');
    await until(() => lastAnnouncement() === 'Viser 2 av 34 tiltak.', 'the announcement');
    choose(board, 'status', '');
    choose(board, 'responsible', 'jd');
    await board.updateComplete;
    expect(shownNumbers(board)).to.deep.equal([19, 22]);
  });

  it('with sync-url, reads its filters and year from the address, writes the reader’s choices there, and follows back', async () => {
    const start = location.pathname;
    history.replaceState(null, '', `${start}?fs-status=delayed&fs-year=2021&other=1`);
    try {
      const board = fixture<FsMeasureBoard>(html`<fs-measure-board sync-url></fs-measure-board>`);
      await loaded(board);
      expect(shownNumbers(board)).to.deep.equal([8, 31]);
      choose(board, 'status', '');
      choose(board, 'responsible', 'jd');
      await board.updateComplete;
      expect(new URLSearchParams(location.search).get('fs-responsible')).to.equal('jd');
      expect(new URLSearchParams(location.search).has('fs-status')).to.equal(false);
      expect(new URLSearchParams(location.search).get('other')).to.equal('1');
      expect(shownNumbers(board)).to.deep.equal([19, 22]);
      history.back();
      await until(
        () => board.status === undefined && board.responsible === undefined && shownNumbers(board).length === 34,
        'the previous address, without status',
      );
      history.back();
      await until(() => board.status === 'delayed', 'the first address');
      await board.updateComplete;
      expect(shownNumbers(board)).to.deep.equal([8, 31]);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('says the table scrolls sideways only while it is wider than its place', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board style="display:block;inline-size:300px"></fs-measure-board>`);
    await loaded(board);
    const hint = shadow(board).querySelector<HTMLElement>('[part="scroll-hint"]') as HTMLElement;
    await until(() => !hint.hidden, 'the hint at 300 px');
    expect(text(hint)).to.equal('Tabellen er bredere enn plassen her: rull sideveis for å se alle kolonnene.');
    const region = shadow(board).querySelector<HTMLElement>('.table-wrap') as HTMLElement;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    board.style.inlineSize = '1200px';
    await until(() => hint.hidden, 'no hint at 1200 px');
  });

  it('does not fire fs-filter-change when filters are set from code', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board></fs-measure-board>`);
    await loaded(board);
    const events = recordEvents(board, 'fs-filter-change');
    board.status = 'completed';
    await board.updateComplete;
    expect(shownNumbers(board)).to.have.length(10);
    expect(events).to.deep.equal([]);
  });

  it('clears the filters from the empty state', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board status="not-started"></fs-measure-board>`);
    await loaded(board);
    (shadow(board).querySelector('[part="message"] button') as HTMLButtonElement).click();
    await board.updateComplete;
    expect(shownNumbers(board)).to.have.length(34);
    expect(deepActiveElement()?.id).to.equal('status');
  });

  it('opens a measure’s card with the keyboard', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board focus-area="5"></fs-measure-board>`);
    await loaded(board);
    const toggle = shadow(board).querySelector('[part="toggle"]') as HTMLButtonElement;
    toggle.focus();
    const event = nextEvent<FsMeasureToggleEvent>(board, 'fs-measure-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ measure: 23, open: true });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const card = await until(() => shadow(board).querySelector('fs-measure-card')?.shadowRoot?.querySelector('article'), 'the card');
    expect(text(card.querySelector('[part="title"]'))).to.equal('Dialog med frivillige organisasjoner om foreldrestøtte');
    expect(card.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('4');
    await sendKeys({ press: 'Space' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes an open measure with Escape from inside its card, and returns focus to its button', async () => {
    const board = fixture<FsMeasureBoard>(html`<fs-measure-board focus-area="5"></fs-measure-board>`);
    await loaded(board);
    const toggle = shadow(board).querySelector('[part="toggle"]') as HTMLButtonElement;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const card = await until(() => shadow(board).querySelector('fs-measure-card')?.shadowRoot?.querySelector('article'), 'the card');
    await sendKeys({ press: 'Tab' });
    expect(card.contains(deepActiveElement()), 'focus inside the card').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await board.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
  });
});
