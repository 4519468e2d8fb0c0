// The municipality's tiltaksvifte (issue 19): how each offer is placed in the grid of prevention levels and age bands,
// and what the grid suggests for its gaps, against the embedded catalogue.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AGE_BANDS, countyCoverage, loadCatalogue, loadMunicipalities, offerCoverage, type Offer, type OfferCoverage } from '@foreldrestotte/sdk';

const catalogue = await loadCatalogue();
const municipalities = await loadMunicipalities();
const TODAY = '2027-01-15';

const offer = (id: string, change: Partial<Offer> = {}): Offer => ({
  id,
  title: { nb: id },
  provider: { name: 'Bodø kommune', kind: 'municipality' },
  municipality: '1804',
  languages: ['nb'],
  price: { free: true },
  ...change,
});

const coverage = (offers: Offer[], municipality = '1804') => offerCoverage(catalogue, offers, { municipality, today: TODAY, municipalities });
/** The ids of the offers in a cell. */
const cell = (result: OfferCoverage, level: string, band: string) => result.cells.find((c) => c.level === level && c.band === band);
const ids = (result: OfferCoverage, level: string, band: string) => cell(result, level, band)?.offers.map((o) => o.id);

describe('offerCoverage', () => {
  it('has one cell for each prevention level and age band, with the bands INSUM uses', () => {
    const result = coverage([]);
    expect(result.levels).to.deep.equal(['universal', 'selective', 'indicated']);
    expect(result.bands.map((band) => band.id)).to.deep.equal(['pregnancy', '0-2', '3-5', '6-12', '13-18']);
    expect(AGE_BANDS.map((band) => band.label.nn)).to.deep.equal(['Gravide / ventar barn', '0–2 år', '3–5 år', '6–12 år', '13–18 år']);
    expect(result.cells.map((c) => `${c.level}/${c.band}`)).to.have.length(15);
    expect(result.municipality).to.deep.include({ number: '1804', name: 'Bodø' });
  });

  it('places an offer by the levels and ages it states, or else by its programme’s', () => {
    const result = coverage([
      // ICDP: universal and selective, 0–18.
      offer('icdp-gruppe', { programme: 'icdp' }),
      // Its own ages narrow it: only 0–2 and 3–5.
      offer('icdp-smaa', { programme: 'icdp', ageRange: { min: 0, max: 4 } }),
      // Its own level: indicated only, although PMTO has it anyway.
      offer('eget-niva', { programme: 'cos-p', levels: ['indicated'] }),
    ]);
    expect(ids(result, 'universal', '13-18')).to.deep.equal(['icdp-gruppe']);
    expect(ids(result, 'selective', '3-5')).to.deep.equal(['icdp-gruppe', 'icdp-smaa']);
    expect(ids(result, 'indicated', '6-12')).to.deep.equal(['eget-niva']);
    expect(ids(result, 'universal', '0-2')).to.deep.equal(['icdp-gruppe', 'icdp-smaa']);
    expect(ids(result, 'indicated', '13-18')).to.deep.equal([]);
  });

  it('counts the time before birth only for what begins in pregnancy', () => {
    const result = coverage([
      offer('fffg', { programme: 'familie-for-forste-gang' }),
      offer('icdp', { programme: 'icdp' }),
      offer('eget', { levels: ['universal'], ageRange: { min: 0, max: 1, fromPregnancy: true } }),
    ]);
    expect(ids(result, 'selective', 'pregnancy')).to.deep.equal(['fffg']);
    expect(ids(result, 'universal', 'pregnancy')).to.deep.equal(['eget']);
    expect(ids(result, 'universal', '0-2')).to.deep.equal(['icdp', 'eget']);
  });

  it('counts offers held in the municipality or serving it, not those elsewhere or ended', () => {
    const result = coverage([
      offer('her', { programme: 'tik' }),
      offer('fauske', { programme: 'tik', municipality: '1841', areaServed: ['1804'] }),
      offer('oslo', { programme: 'tik', municipality: '0301' }),
      offer('ferdig', { programme: 'tik', startDate: '2026-09-01', endDate: '2026-11-01' }),
      offer('pagaar', { programme: 'tik', startDate: '2026-09-01', endDate: '2027-03-01' }),
    ]);
    expect(ids(result, 'universal', '6-12')).to.deep.equal(['her', 'fauske', 'pagaar']);
    // By name too, in any of its official languages.
    expect(ids(coverage([offer('her', { programme: 'tik' })], 'Bodø'), 'universal', '6-12')).to.deep.equal(['her']);
  });

  it('reports offers joined only online apart, and never guesses where an offer without levels or ages belongs', () => {
    const result = coverage([
      offer('nett', { programme: 'tik', municipality: 'online' }),
      offer('nett-bodo', { programme: 'tik', attendance: 'online' }),
      offer('begge', { programme: 'tik', attendance: 'both' }),
      offer('ingen-niva', { ageRange: { min: 0, max: 5 } }),
      offer('ingen-alder', { programme: 'godt-samliv' }),
    ]);
    expect(result.online.map((o) => o.id)).to.deep.equal(['nett', 'nett-bodo']);
    expect(ids(result, 'universal', '6-12')).to.deep.equal(['begge']);
    expect(result.unplaced.map(({ offer: o, reason }) => [o.id, reason])).to.deep.equal([
      ['ingen-niva', 'no-levels'],
      ['ingen-alder', 'no-ages'],
    ]);
  });

  it('suggests for a gap the catalogue’s programmes at that level and age, best documented first, staff training apart', () => {
    const result = coverage([offer('icdp', { programme: 'icdp' })]);
    // Covered: nothing to suggest.
    expect(cell(result, 'universal', '3-5')?.suggestions).to.deep.equal([]);
    const indicated = cell(result, 'indicated', '6-12');
    // PMTO and DUÅ Basis (Ungsinn 5) before TIBIR and Marte Meo (no rating), each fitting 6–12 at the indicated level.
    expect(
      indicated?.suggestions
        .map((p) => p.id)
        .slice(0, 2)
        .sort(),
    ).to.deep.equal(['dua-basis', 'pmto']);
    expect(indicated?.suggestions.map((p) => p.id)).to.include.members(['tibir', 'marte-meo']);
    expect(indicated?.suggestions.every((p) => p.levels.includes('indicated'))).to.equal(true);
    // Nothing in the catalogue is indicated for 13–18 year olds: the list is empty, and the grid says so.
    expect(cell(result, 'indicated', '13-18')?.suggestions).to.deep.equal([]);
    // Familie for første gang (Blueprints Model) for the selective level before birth.
    expect(cell(result, 'selective', 'pregnancy')?.suggestions.map((p) => p.id)).to.deep.equal(['familie-for-forste-gang']);
    expect(cell(result, 'selective', 'pregnancy')?.forProfessionals.map((p) => p.id)).to.deep.equal([]);
  });

  it('places 2 000 offers, each in every cell its levels and ages reach', () => {
    const offers = Array.from({ length: 2000 }, (_, i) => offer(`o${i}`, { programme: catalogue.programmes[i % catalogue.programmes.length]?.id }));
    const result = coverage(offers);
    expect(result.cells.reduce((sum, c) => sum + c.offers.length, 0)).to.be.greaterThan(2000);
  });
});

describe('countyCoverage', () => {
  const county = (offers: Offer[], number = '18') => countyCoverage(catalogue, offers, { county: number, municipalities, today: TODAY });
  const row = (result: ReturnType<typeof county>, number: string) => result.rows.find((r) => r.municipality.number === number);

  it('has a row for every municipality of the county, with or without offers', () => {
    const result = county([offer('bodo', { programme: 'icdp' })]);
    expect(result.rows).to.have.length(municipalities.municipalities.filter((m) => m.county === '18').length);
    expect(result.rows.every((r) => r.municipality.county === '18')).to.equal(true);
    expect(row(result, '1811')).to.deep.include({ gaps: 15, offers: 0, unplaced: 0 });
    expect(row(result, '1811')?.covered).to.deep.equal({ universal: 0, selective: 0, indicated: 0 });
  });

  it('counts the bands covered on each level by the rules of the municipality’s own grid', () => {
    const offers = [offer('icdp', { programme: 'icdp' }), offer('egen', { levels: ['indicated'], ageRange: { min: 13, max: 17 } }), offer('uplassert', {})];
    const result = county(offers);
    const own = offerCoverage(catalogue, offers, { municipality: '1804', municipalities, today: TODAY });
    const covered = (level: string) => own.cells.filter((c) => c.level === level && c.offers.length > 0).length;
    expect(row(result, '1804')?.covered).to.deep.equal({ universal: covered('universal'), selective: covered('selective'), indicated: covered('indicated') });
    expect(row(result, '1804')?.covered.indicated).to.equal(1);
    expect(row(result, '1804')).to.deep.include({ gaps: 15 - own.cells.filter((c) => c.offers.length > 0).length, offers: 2, unplaced: 1 });
  });

  it('counts an offer for each municipality it serves, leaves ended ones out and online ones apart', () => {
    const result = county([
      offer('felles', { programme: 'icdp', areaServed: ['1806', '1811', '0301'] }),
      offer('over', { programme: 'pmto', endDate: '2026-12-31' }),
      offer('nett', { programme: 'cos-p', municipality: 'online' }),
    ]);
    expect(row(result, '1804')?.offers).to.equal(1);
    expect(row(result, '1806')?.offers).to.equal(1);
    expect(row(result, '1811')?.offers).to.equal(1);
    expect(row(result, '1811')?.covered.indicated).to.equal(0);
    expect(result.online.map((o) => o.id)).to.deep.equal(['nett']);
  });

  it('puts the municipalities with the most gaps first, then by name', () => {
    const result = county([
      offer('icdp', { programme: 'icdp' }),
      offer('narvik', { municipality: '1806', levels: ['indicated'], ageRange: { min: 3, max: 5 } }),
    ]);
    const gaps = result.rows.map((r) => r.gaps);
    expect(gaps).to.deep.equal([...gaps].sort((a, b) => b - a));
    expect(result.rows.at(-1)?.municipality.number).to.equal('1804');
    expect(result.rows.at(-2)?.municipality.number).to.equal('1806');
    const full = result.rows.filter((r) => r.gaps === 15).map((r) => r.municipality.name);
    expect(full).to.deep.equal([...full].sort((a, b) => a.localeCompare(b, 'nb')));
  });

  it('has no rows for a county the register does not have', () => {
    expect(county([], '99').rows).to.deep.equal([]);
  });
});
