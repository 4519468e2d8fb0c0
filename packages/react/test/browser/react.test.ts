// Each element rendered from React 19: through the wrappers (as React 18 apps use them) and as native custom elements
// with the typed JSX. Properties arrive as properties, when they change and not at every render; events as typed
// callbacks; what a reader sees is checked in the rendered shadow DOM.
import { expect } from 'chai';
import { createElement, StrictMode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MeasureBoard, MeasureCard, PreventionLevels, ProgrammeFinder, type FsErrorEvent, type FsShowProgrammesEvent } from '@foreldrestotte/react';
import '@foreldrestotte/react/jsx';
import { sendKeys } from '@web/test-runner-commands';
import { setupLocalization } from '@foreldrestotte/elements/localization.js';
import { until } from '../../../elements/src/internal/test/helpers.js';

setupLocalization();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let container: HTMLElement;
let root: Root;

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(createElement(StrictMode, null, node)));
}

describe('@foreldrestotte/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('renders a measure card with its properties, and changes it when the props change', async () => {
    await render(createElement(MeasureCard, { measure: 29 }));
    const card = container.querySelector('fs-measure-card') as HTMLElement & { measure?: number };
    expect(card.measure).to.equal(29);
    await until(() => card.shadowRoot?.querySelector('[part="number"]'), 'the card');
    expect(text(card.shadowRoot?.querySelector('[part="number"]'))).to.equal('Tiltak 29');
    await render(createElement(MeasureCard, { measure: 8 }));
    await until(() => text(card.shadowRoot?.querySelector('[part="number"]')) === 'Tiltak 8', 'measure 8');
  });

  it('passes typed events to callbacks: an unknown measure calls onFsError', async () => {
    const errors: FsErrorEvent[] = [];
    await render(createElement(MeasureCard, { measure: 99, onFsError: (event: FsErrorEvent) => errors.push(event) }));
    await until(() => errors.length, 'onFsError');
    expect(errors[0]?.detail.message).to.be.a('string').and.not.equal('');
  });

  it('renders the board, the finder with array properties, and the explainer, whose event reaches the finder', async () => {
    const shown: FsShowProgrammesEvent[] = [];
    await render(
      createElement('div', null, [
        createElement(MeasureBoard, { key: 'board', focusArea: 5 } as never),
        createElement(ProgrammeFinder, { key: 'finder', levels: ['indicated'] }),
        createElement(PreventionLevels, { key: 'levels', onFsShowProgrammes: (event: FsShowProgrammesEvent) => shown.push(event) }),
      ]),
    );
    const board = await until(() => container.querySelector('fs-measure-board')?.shadowRoot?.querySelector('table'), 'the board');
    expect(board).to.not.equal(null);
    const finder = container.querySelector('fs-programme-finder') as HTMLElement & { levels: string[] };
    expect(finder.levels).to.deep.equal(['indicated']);
    const count = await until(() => finder.shadowRoot?.querySelector('[part="count"]'), 'the finder');
    const indicated = Number(text(count).split(' ')[0]);
    expect(indicated).to.be.greaterThan(0).and.lessThan(17);
    const levels = container.querySelector('fs-prevention-levels') as HTMLElement;
    const show = await until(() => levels.shadowRoot?.querySelector<HTMLButtonElement>('[role="tabpanel"] button'), 'a show-programmes button');
    show.click();
    await until(() => shown.length, 'onFsShowProgrammes');
    expect(shown[0]?.detail.level).to.be.a('string');
  });

  it('sets a prop when it changes, not at every render: what the reader typed stays until the prop itself changes', async () => {
    const finderProps = (query: string, count: number) => createElement('div', { 'data-renders': count }, createElement(ProgrammeFinder, { query }));
    await render(finderProps('sinne', 1));
    const finder = container.querySelector('fs-programme-finder') as HTMLElement & { query: string };
    const input = await until(() => finder.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]'), 'the search field');
    expect(input.value).to.equal('sinne');
    input.focus();
    input.setSelectionRange(5, 5);
    await sendKeys({ type: ' tenåring' });
    await until(() => finder.query === 'sinne tenåring', 'the typed query');
    // The parent renders again with the same prop (another state of its own changed): the reader's words stay.
    await render(finderProps('sinne', 2));
    expect(finder.query).to.equal('sinne tenåring');
    expect(input.value).to.equal('sinne tenåring');
    // A new value of the prop is applied.
    await render(finderProps('raseri', 3));
    await until(() => finder.query === 'raseri', 'the new prop');
  });

  it('renders the elements natively with React 19 and the typed JSX, events included', async () => {
    const errors: FsErrorEvent[] = [];
    await render(
      createElement('div', null, [
        createElement('fs-measure-card', { key: 'card', measure: 31 }),
        createElement('fs-measure-card', { key: 'bad', measure: 99, 'onfs-error': (event: FsErrorEvent) => errors.push(event) }),
        createElement('fs-programme-finder', { key: 'finder', query: 'pmto' }),
      ]),
    );
    const card = await until(() => container.querySelector('fs-measure-card')?.shadowRoot?.querySelector('[part="number"]'), 'the native card');
    expect(text(card)).to.equal('Tiltak 31');
    await until(() => errors.length, 'the native onfs-error');
    const finder = container.querySelector('fs-programme-finder') as HTMLElement;
    // The query is set as a property; the list is searched once the search code has arrived.
    expect((finder as HTMLElement & { query: string }).query).to.equal('pmto');
    await until(() => /PMTO/.test(text(finder.shadowRoot?.querySelector('[part="result"] [role="heading"]'))), 'the native finder, searched');
  });
});
