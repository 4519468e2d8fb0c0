import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { FsErrorEvent } from '../../events/fs-error.js';
import { deepActiveElement, expectAccessible, fixture, nextEvent, recordEvents, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-measure-card.js';
import type { FsMeasureCard } from './measure-card.js';

const loaded = (card: FsMeasureCard) => until(() => shadow(card).querySelector('article, [role="alert"]'), 'the card to load');
useLocalization();

describe('<fs-measure-card>', () => {
  it('renders a measure with its status, original label, history and source', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="29"></fs-measure-card>`);
    await loaded(card);
    const root = shadow(card);
    expect(text(root.querySelector('[part="number"]'))).to.equal('Tiltak 29');
    expect(text(root.querySelector('[part="title"]'))).to.equal('Øke bruk av familieråd i familievernet');
    const status = root.querySelector('[part="status"]');
    expect(text(status)).to.equal('Avvik');
    expect(status?.querySelector('svg')).to.not.equal(null);
    // The published label is shown only where it says more than the badge: «Avvik» beside Avvik is left out.
    expect(text(root)).to.not.include('Publisert som');
    // One wording per status: the badge says what Bufdir published, so «Ikke påbegynt» is not repeated beside it.
    expect(text(root.querySelector('[part="history"]'))).to.include('2020 Ikke påbegynt');
    expect(text(root.querySelector('[part="history"]'))).to.not.include('«');
    expect(text(root.querySelector('[part="history"]'))).to.include('2021 Avvik Endret');
    expect(text(root.querySelector('[part="history"]'))).to.include('Endret siden 2020');
    expect(text(root)).to.include('Innsatsområde 6: Økt kompetanse og kunnskap');
    expect(text(root)).to.include('Ansvarlig Barne- og familiedepartementet');
    expect(root.querySelector<HTMLAnchorElement>('[part="source"] a')?.href).to.match(/^https:\/\/www\.bufdir\.no\//);
    expect(root.querySelector('[part="unofficial"]')).to.equal(null);
  });

  it('says when a title is descriptive, not official', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="4"></fs-measure-card>`);
    await loaded(card);
    expect(text(shadow(card).querySelector('[part="unofficial"]'))).to.equal('Beskrivende tittel, ikke strategiens offisielle.');
  });

  it('shows both parts of a split report', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="8"></fs-measure-card>`);
    await loaded(card);
    const parts = [...shadow(card).querySelectorAll('.parts [part="status"]')].map(text);
    expect(parts).to.deep.equal(['I rute', 'Forsinket']);
  });

  it('is accessible while loading, loaded, expanded and in error', async () => {
    const loading = fixture<FsMeasureCard>(html`<fs-measure-card measure="29" src="/test-api/hang/"></fs-measure-card>`);
    await until(() => shadow(loading).querySelector('[role="status"]'), 'the loading message');
    await expectAccessible(loading);

    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="8"></fs-measure-card>`);
    await loaded(card);
    await expectAccessible(card);
    shadow(card).querySelector('details')?.setAttribute('open', '');
    await expectAccessible(card);

    const unknown = fixture<FsMeasureCard>(html`<fs-measure-card measure="99"></fs-measure-card>`);
    await loaded(unknown);
    await expectAccessible(unknown);
  });

  it('answers an unknown measure with a visible message and fs-error', async () => {
    const error = nextEvent<FsErrorEvent>(document, 'fs-error');
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="99"></fs-measure-card>`);
    const event = await error;
    const alert = await until(() => shadow(card).querySelector('[role="alert"]'), 'the alert');
    expect(text(alert)).to.equal('Fant ikke tiltak 99. Strategien har tiltak 1–34.');
    expect(event.detail.message).to.equal(text(alert));
    expect(event.detail.fallback).to.equal(false);
    expect(card.matches(':state(error)')).to.equal(true);
  });

  it('reflects measure and reads report', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="30" year="2020"></fs-measure-card>`);
    await loaded(card);
    expect(card.measure).to.equal(30);
    expect(text(shadow(card))).to.include('Status 2020: I rute');
    card.measure = 31;
    await card.updateComplete;
    expect(card.getAttribute('measure')).to.equal('31');
    // Another measure is another (small) data chunk.
    const title = () => text(shadow(card).querySelector('[part="title"]'));
    await until(() => title().startsWith('Heve'), 'measure 31 to load');
    expect(title()).to.equal('Heve kompetansen i utrednings- og hjelpetiltaksarbeid i barnevernet');
  });

  it('opens the report summary from the keyboard', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="7"></fs-measure-card>`);
    await loaded(card);
    const summary = shadow(card).querySelector('summary') as HTMLElement;
    summary.focus();
    expect(deepActiveElement()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(shadow(card).querySelector('details')?.open).to.equal(true);
    expect(text(shadow(card).querySelector('[part="report"]'))).to.include('114 søknader');
  });

  it('loads a remote catalogue given in src', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="29" src="/test-api/catalogue.json"></fs-measure-card>`);
    await loaded(card);
    expect(text(shadow(card).querySelector('[part="status"]'))).to.equal('Avvik');
    expect(card.matches(':state(fallback)')).to.equal(false);
  });

  it('falls back to the embedded catalogue, with its date, when src fails', async () => {
    const error = nextEvent<FsErrorEvent>(document, 'fs-error');
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="29" src="/test-api/failing/"></fs-measure-card>`);
    const event = await error;
    await loaded(card);
    expect(event.detail.fallback).to.equal(true);
    expect((event.detail.error as Error).name).to.equal('CatalogueHttpError');
    const note = shadow(card).querySelector('[part="message"]');
    expect(text(note)).to.include('Viser den innebygde katalogen, oppdatert 23. november 2026.');
    expect(note?.querySelector('button')).to.not.equal(null);
    expect(text(shadow(card).querySelector('[part="status"]'))).to.equal('Avvik');
    expect(card.matches(':state(fallback)')).to.equal(true);
  });

  it('never shows a stale measure when src changes during a load', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="29" src="/test-api/hang/"></fs-measure-card>`);
    expect(card.matches(':state(loading)')).to.equal(false); // not yet rendered
    await card.updateComplete;
    expect(card.matches(':state(loading)')).to.equal(true);
    card.src = undefined;
    await loaded(card);
    expect(text(shadow(card).querySelector('[part="title"]'))).to.equal('Øke bruk av familieråd i familievernet');
  });

  it('fires fs-error only once for the same problem', async () => {
    const events = recordEvents(document, 'fs-error');
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="77"></fs-measure-card>`);
    await loaded(card);
    card.requestUpdate();
    await card.updateComplete;
    expect(events).to.have.length(1);
  });

  it('speaks nynorsk and English, catalogue text included, following <html lang>', async () => {
    const card = fixture<FsMeasureCard>(html`<fs-measure-card measure="29"></fs-measure-card>`);
    await loaded(card);
    document.documentElement.lang = 'nn-NO';
    await until(() => text(shadow(card).querySelector('[part="title"]')) === 'Auke bruken av familieråd i familievernet', 'nynorsk');
    expect(text(shadow(card))).to.include('Ansvarleg');
    document.documentElement.lang = 'en';
    await until(() => text(shadow(card).querySelector('[part="number"]')) === 'Measure 29', 'English');
    expect(text(shadow(card).querySelector('[part="status"]'))).to.equal('Deviation');
    expect(text(shadow(card))).to.include('Published as “Avvik”');
    expect(shadow(card).firstElementChild?.getAttribute('lang')).to.equal('en');
  });

  it('takes its look from documented custom properties and parts', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed { --fs-measure-card-background: rgb(1, 2, 3); --fs-color-accent: rgb(200, 0, 0); }
      .themed::part(title) { text-decoration: underline; }`;
    document.head.append(style);
    try {
      const card = fixture<FsMeasureCard>(html`<fs-measure-card class="themed" measure="29"></fs-measure-card>`);
      await loaded(card);
      const root = shadow(card);
      expect(getComputedStyle(root.querySelector('article') as Element).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(root.querySelector('summary') as Element).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(root.querySelector('[part="title"]') as Element).textDecorationLine).to.equal('underline');
    } finally {
      style.remove();
    }
  });
});
