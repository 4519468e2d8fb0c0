import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  findMeasures,
  findProgrammes,
  foldText,
  getLatestReport,
  loadCatalogue,
  localize,
  normaliseStatusLabel,
  reportYears,
  statusSummary,
  type Catalogue,
  type Programme,
} from '@foreldrestotte/sdk';

const catalogue: Catalogue = await loadCatalogue();
const ids = (programmes: readonly Programme[]) => programmes.map((p) => p.id);

describe('loadCatalogue', () => {
  it('returns the embedded catalogue, frozen, the same object each time', async () => {
    expect(await loadCatalogue()).to.equal(catalogue);
    expect(Object.isFrozen(catalogue.measures[0]?.reports)).to.equal(true);
    expect(() => {
      (catalogue.measures as unknown as unknown[]).push({});
    }).to.throw(TypeError);
  });
});

describe('measure queries', () => {
  it('filters by focus area, responsible body, year and status', () => {
    expect(findMeasures(catalogue, { responsible: 'jd' }).map((m) => m.number)).to.deep.equal([19, 22]);
    expect(findMeasures(catalogue, { focusArea: 6, status: 'completed' }).map((m) => m.number)).to.deep.equal([24, 25, 26, 27, 28]);
    expect(findMeasures(catalogue, { status: 'deviation' }).map((m) => m.number)).to.deep.equal([29]);
    expect(findMeasures(catalogue, { year: 2020, status: 'not-started' }).map((m) => m.number)).to.deep.equal([29]);
    expect(findMeasures(catalogue, { year: 2019 })).to.deep.equal([]);
  });

  it('counts a part’s status when asked for it', () => {
    expect(findMeasures(catalogue, { year: 2021, status: 'on-track' }).map((m) => m.number)).to.include(8);
  });

  it('knows the report years and the latest report', () => {
    expect(reportYears(catalogue)).to.deep.equal([2020, 2021]);
    expect(getLatestReport(catalogue.measures[28]!)?.label).to.equal('Avvik');
  });
});

describe('statusSummary', () => {
  it('counts 2021 per status and per focus area', () => {
    const summary = statusSummary(catalogue, 2021);
    expect(summary.reported).to.equal(34);
    expect(summary.counts).to.deep.equal({ 'not-started': 0, ongoing: 9, 'on-track': 12, delayed: 2, deviation: 1, completed: 10 });
    const six = summary.focusAreas.find((area) => area.focusArea === 6);
    expect(six?.counts).to.deep.equal({ 'not-started': 0, ongoing: 1, 'on-track': 3, delayed: 1, deviation: 1, completed: 5 });
  });

  it('counts measures without a report in 2020 as not reported', () => {
    const summary = statusSummary(catalogue, 2020);
    expect([summary.reported, summary.notReported]).to.deep.equal([11, 23]);
    expect(summary.focusAreas.map((area) => area.reported)).to.deep.equal([0, 0, 0, 0, 0, 11]);
  });

  it('uses the latest year by default', () => {
    expect(statusSummary(catalogue).year).to.equal(2021);
  });
});

describe('programme search', () => {
  it('finds DUÅ first by abbreviation, Norwegian name and English name, with or without å', () => {
    for (const query of ['dua', 'DUÅ', 'De utrolige årene', 'de utrolige aarene', 'utrolige arene', 'Incredible Years']) {
      expect(ids(findProgrammes(catalogue, { query })).slice(0, 2), query).to.have.members(['dua-universal', 'dua-basis']);
    }
  });

  it('folds Norwegian letters and ignores case and accents', () => {
    expect(foldText('Ærlig Økt Åpen Café')).to.equal(foldText('aerlig okt apen cafe'));
    expect(ids(findProgrammes(catalogue, { query: 'trygghetssirkelen' }))[0]).to.equal('cos-p');
    expect(ids(findProgrammes(catalogue, { query: 'forste gang' }))[0]).to.equal('familie-for-forste-gang');
  });

  it('ranks name matches above summary matches', () => {
    const found = ids(findProgrammes(catalogue, { query: 'icdp' }));
    expect(found[0]).to.equal('icdp');
    expect(found).to.include('pappa-i-fengsel');
  });

  it('needs only one word of the query to match, and ranks more matched words higher', () => {
    expect(ids(findProgrammes(catalogue, { query: 'pmto krisesenter' })).slice(0, 2)).to.have.members(['pmto', 'pmto-foreldregruppe']);
    expect(ids(findProgrammes(catalogue, { query: 'pmto foreldregruppe' }))[0]).to.equal('pmto-foreldregruppe');
  });

  it('applies the filters to the ranked matches', () => {
    expect(ids(findProgrammes(catalogue, { query: 'pmto', levels: ['selective'] }))).to.not.include('pmto');
  });
});

describe('programme filters', () => {
  it('filters by level, age, format, arena and category', () => {
    expect(ids(findProgrammes(catalogue, { levels: ['indicated'], formats: ['individual'] }))).to.deep.equal(['tibir', 'pmto', 'marte-meo']);
    expect(ids(findProgrammes(catalogue, { age: 15, categories: ['parenting-programme'] }))).to.deep.equal(['icdp']);
    expect(ids(findProgrammes(catalogue, { age: { min: 0, max: 1 }, formats: ['home-visits'] }))).to.deep.equal(['familie-for-forste-gang', 'home-start']);
    expect(ids(findProgrammes(catalogue, { arenas: ['fengsel'] }))).to.deep.equal(['icdp', 'pappa-i-fengsel']);
  });

  it('filters by evidence', () => {
    expect(ids(findProgrammes(catalogue, { minUngsinnLevel: 5 }))).to.deep.equal(['pmto', 'dua-basis']);
    expect(ids(findProgrammes(catalogue, { rated: true }))).to.deep.equal(['icdp', 'cos-p', 'pmto', 'dua-basis', 'familie-for-forste-gang']);
  });
});

describe('localize', () => {
  it('falls back to bokmål', () => {
    expect(localize({ nb: 'Hei', nn: 'Hei du', en: 'Hello' }, 'en')).to.equal('Hello');
    expect(localize({ nb: 'Hei' }, 'nn')).to.equal('Hei');
    expect(localize({ en: 'Only English' }, 'nb')).to.equal('Only English');
  });
});

describe('normaliseStatusLabel', () => {
  it('maps every published label, with or without a full stop', () => {
    expect(normaliseStatusLabel('I rute.')).to.equal('on-track');
    expect(normaliseStatusLabel('Pågånde')).to.equal('ongoing');
    expect(normaliseStatusLabel('Pågående - i rute')).to.equal('on-track');
    expect(normaliseStatusLabel('Ferdig og samtidig pågående')).to.equal('ongoing');
    expect(normaliseStatusLabel('Kanskje')).to.equal(undefined);
  });
});
