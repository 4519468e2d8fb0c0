import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { FsShowProgrammesEvent } from '../../events/fs-show-programmes.js';
import { deepActiveElement, expectAccessible, fixture, nextEvent, recordEvents, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-prevention-levels.js';
import type { FsPreventionLevels } from './prevention-levels.js';

const loaded = (element: FsPreventionLevels) => until(() => shadow(element).querySelector('[role="tabpanel"]'), 'the explainer to load');
const selectedTab = (element: FsPreventionLevels) => shadow(element).querySelector('[role="tab"][aria-selected="true"]');
useLocalization();

describe('<fs-prevention-levels>', () => {
  it('renders three levels as tabs, the universal level open, and the routes of help', async () => {
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels></fs-prevention-levels>`);
    await loaded(element);
    // Each tab says whom the level is for in plain words, then the professional term and how many programmes it has.
    const tabs = [...shadow(element).querySelectorAll('[role="tab"]')].map((tab) => text(tab));
    expect(tabs).to.deep.equal([
      'For familier med vansker Indikativt nivå · 6 programmer',
      'For familier med risiko Selektivt nivå · 9 programmer',
      'For alle Universelt nivå · 7 programmer',
    ]);
    expect(text(selectedTab(element)?.firstElementChild)).to.equal('For alle');
    const panel = shadow(element).querySelector('[role="tabpanel"]');
    expect(panel?.getAttribute('aria-labelledby')).to.equal('tab-universal');
    expect(text(panel)).to.include('For hvem: Alle foreldre.');
    expect(text(panel)).to.include('Godt samliv');
    expect(text(shadow(element).querySelector('[part="routes"]'))).to.include('Ole (9) har ADHD.');
    expect(shadow(element).querySelectorAll('.route')).to.have.length(3);
  });

  it('is accessible on every level', async () => {
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels></fs-prevention-levels>`);
    await loaded(element);
    for (const level of ['universal', 'selective', 'indicated'] as const) {
      element.level = level;
      await element.updateComplete;
      await expectAccessible(element);
    }
  });

  it('opens the level given in the attribute', async () => {
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels level="indicated"></fs-prevention-levels>`);
    await loaded(element);
    expect(selectedTab(element)?.id).to.equal('tab-indicated');
    expect(text(shadow(element).querySelector('[role="tabpanel"]'))).to.include('Atferdsproblemer');
  });

  it('moves between levels with the arrow keys, Home and End (roving tabindex)', async () => {
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels></fs-prevention-levels>`);
    await loaded(element);
    (selectedTab(element) as HTMLElement).focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(element.level).to.equal('selective');
    expect(deepActiveElement()?.id).to.equal('tab-selective');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(deepActiveElement()?.id).to.equal('tab-indicated');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(deepActiveElement()?.id).to.equal('tab-universal');
    const tabindex = [...shadow(element).querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('tabindex'));
    expect(tabindex).to.deep.equal(['-1', '-1', '0']);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('role')).to.equal('tabpanel');
  });

  it('asks a finder on the page to show a level’s programmes', async () => {
    const finder = document.createElement('fs-programme-finder');
    document.body.append(finder);
    try {
      const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels level="selective"></fs-prevention-levels>`);
      await loaded(element);
      const button = await until(() => shadow(element).querySelector<HTMLButtonElement>('[role="tabpanel"] button'), 'the button');
      const event = nextEvent<FsShowProgrammesEvent>(document, 'fs-show-programmes');
      button.click();
      expect((await event).detail.level).to.equal('selective');
    } finally {
      finder.remove();
    }
  });

  it('offers no such button without a finder, and fires nothing on its own', async () => {
    const events = recordEvents(document, 'fs-show-programmes');
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels></fs-prevention-levels>`);
    await loaded(element);
    element.level = 'indicated';
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="tabpanel"] button')).to.equal(null);
    expect(events).to.deep.equal([]);
  });

  it('speaks nynorsk', async () => {
    const element = fixture<FsPreventionLevels>(html`<fs-prevention-levels></fs-prevention-levels>`);
    await loaded(element);
    document.documentElement.lang = 'nn';
    await until(() => text(shadow(element).querySelector('[part="heading"]')) === 'Foreldrestøtte på tre nivå', 'nynorsk');
    expect(text(shadow(element).querySelector('[part="routes"]'))).to.include('Tre vegar til hjelp');
    expect(text(shadow(element).querySelector('[role="tabpanel"]'))).to.include('For kven: Alle foreldre.');
  });
});
