import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { FsErrorEvent } from '../../events/fs-error.js';
import { expectAccessible, fixture, recordEvents, shadow, text, until, useLocalization } from '../../internal/test/helpers.js';
import './fs-programme-compare.js';
import type { FsProgrammeCompare } from './programme-compare.js';

const localization = useLocalization();
const loaded = (element: FsProgrammeCompare) => until(() => shadow(element).querySelector('[part="table"] tbody td'), 'the comparison', 8000);
/** The table as a reader's screen reader walks it: column headers, then each row's header and cells. */
const table = (element: FsProgrammeCompare) => {
  const root = shadow(element).querySelector('[part="table"]');
  if (!root) return { columns: [], rows: {} as Record<string, string[]>, rowScopes: [] };
  return {
    columns: [...root.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), text(th.querySelector('.programme-name'))]),
    rows: Object.fromEntries([...root.querySelectorAll('tbody tr')].map((tr) => [text(tr.querySelector('th')), [...tr.querySelectorAll('td')].map(text)])),
    rowScopes: [...root.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope')),
  };
};

describe('<fs-programme-compare>', () => {
  it('lays programmes side by side: a column per programme, a row per fact, from the catalogue', async () => {
    const element = fixture<FsProgrammeCompare>(html`<fs-programme-compare programmes="icdp cos-p tik"></fs-programme-compare>`);
    await loaded(element);
    const { columns, rows, rowScopes } = table(element);
    expect(columns).to.deep.equal([
      ['col', 'ICDP – International Child Development Programme'],
      ['col', 'Trygghetssirkelen (COS-P)'],
      ['col', 'Tuning in to Kids'],
    ]);
    expect(rowScopes.every((scope) => scope === 'row')).to.equal(true);
    expect(Object.keys(rows)).to.deep.equal([
      'Hva det er',
      'For hvem',
      'Nivå',
      'Alder',
      'Form',
      'Varighet',
      'Tema',
      'Dokumentasjon',
      'Ansvarlig',
      'Tilbys av',
      'Les mer',
    ]);
    expect(rows['Alder']).to.deep.equal(['0–18 år', '0–7 år', '3–12 år']);
    expect(rows['Nivå']?.[1]).to.equal('For alle (universelt)');
    expect(rows['Tema']?.[2]).to.equal('Følelser, Hverdagen som forelder');
    // Documentation names its source, and links to it.
    expect(rows['Dokumentasjon']?.[0]).to.match(/^Ungsinn nivå \d av 5/);
    expect(shadow(element).querySelector('[part="table"] tbody tr:nth-child(8) td a')?.getAttribute('href')).to.match(/^https:\/\//);
    await expectAccessible(element);
  });

  it('says which ids it cannot find, and shows the rest', async () => {
    const errors = recordEvents<FsErrorEvent>(document, 'fs-error');
    const element = fixture<FsProgrammeCompare>(html`<fs-programme-compare programmes="icdp nope"></fs-programme-compare>`);
    await loaded(element);
    expect(text(shadow(element).querySelector('[part="message"]'))).to.equal('Fant ikke nope i katalogen.');
    expect(table(element).columns).to.have.length(1);
    expect(element.matches(':state(error)')).to.equal(true);
    await until(() => errors.length, 'fs-error');
    expect(errors[0]?.detail.error).to.include('nope');
    await expectAccessible(element);
  });

  it('adds the local offers of each programme when offers are given', async () => {
    const offers = {
      offers: [
        {
          id: 'one',
          title: { nb: 'ICDP-gruppe på biblioteket' },
          programme: 'icdp',
          provider: { name: 'Testby kommune', kind: 'municipality' },
          municipality: '4601',
          languages: ['nb'],
          price: { free: true },
        },
      ],
    };
    const element = fixture<FsProgrammeCompare>(
      html`<fs-programme-compare programmes="icdp tik"><script type="application/json">${JSON.stringify(offers)}</script></fs-programme-compare>`,
    );
    await until(() => table(element).rows['Lokale tilbud'], 'the offers row', 8000);
    expect(table(element).rows['Lokale tilbud']).to.deep.equal(['ICDP-gruppe på biblioteket (Testby kommune)', 'Ingen lokale tilbud oppgitt']);
  });

  it('becomes one card per programme in a narrow container, and prints as the table', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const element = fixture<FsProgrammeCompare>(html`<fs-programme-compare programmes="icdp cos-p"></fs-programme-compare>`);
      await loaded(element);
      const cards = shadow(element).querySelector('[part="cards"]') as HTMLElement;
      expect(getComputedStyle(shadow(element).querySelector('.compare-wrap') as HTMLElement).display).to.equal('none');
      expect(getComputedStyle(cards).display).to.equal('grid');
      expect([...cards.querySelectorAll('[role="heading"]')].map(text)).to.deep.equal([
        'ICDP – International Child Development Programme',
        'Trygghetssirkelen (COS-P)',
      ]);
      expect([...cards.querySelectorAll('li:first-child dt')].map(text).slice(0, 3)).to.deep.equal(['Hva det er', 'For hvem', 'Nivå']);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
      await expectAccessible(element);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(element).querySelector('.compare-wrap') as HTMLElement).display).to.equal('block');
      expect(getComputedStyle(cards).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks nynorsk and English', async () => {
    const element = fixture<FsProgrammeCompare>(html`<fs-programme-compare programmes="icdp tik"></fs-programme-compare>`);
    await loaded(element);
    await localization.setLocale('nn');
    await until(() => text(shadow(element).querySelector('[part="heading"]')) === 'Samanlikn program', 'nynorsk');
    await until(() => Object.keys(table(element).rows)[0] === 'Kva det er', 'nynorsk rows');
    await localization.setLocale('en');
    await until(() => Object.keys(table(element).rows)[0] === 'What it is', 'English');
    expect(table(element).rows['Age']).to.deep.equal(['0–18 years', '3–12 years']);
  });
});
