import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CatalogueValidationError,
  checkOffers,
  findOffers,
  hasOfferEnded,
  isOfferOpen,
  loadMunicipalities,
  offersJsonLd,
  parseJson,
  validateOffers,
  type Offer,
} from '@foreldrestotte/sdk';

const offer = {
  id: 'icdp-bergen-haust',
  title: { nb: 'ICDP-foreldregruppe' },
  programme: 'icdp',
  provider: { name: 'Eksempel kommune', kind: 'municipality' },
  municipality: '4601',
  languages: ['nn', 'ar'],
  price: { free: true },
  signUpUrl: 'https://example.no/pamelding',
};

function problems(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogueValidationError);
    return (error as CatalogueValidationError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected a validation error');
}

describe('local offers', () => {
  it('accepts a valid file', () => {
    expect(validateOffers(parseJson(JSON.stringify({ offers: [offer] })))).to.deep.equal([offer]);
  });

  it('names every problem with its path', () => {
    const bad = { ...offer, municipality: 'Bergen', languages: [], price: { free: false } };
    expect(problems(() => validateOffers({ offers: [offer, bad] }, 'offers.json'))).to.deep.equal([
      'offers[1].municipality: expected a four-digit kommunenummer or "online"',
      'offers[1].languages: expected at least 1 items',
      'offers[1].price.amountNok: is missing but required',
    ]);
  });

  it('refuses script links and duplicate ids', () => {
    expect(problems(() => validateOffers({ offers: [{ ...offer, signUpUrl: 'javascript:alert(1)' }] }))).to.deep.equal([
      'offers[0].signUpUrl: expected an https address, a mailto: address without headers, or a tel: number of digits',
    ]);
    expect(problems(() => validateOffers({ offers: [offer, offer] }))).to.deep.equal(['offers[1].id: duplicate id "icdp-bergen-haust"']);
  });

  it('refuses blank text, dates outside 1900–2100, absurd prices and links with credentials', () => {
    const cases: [object, string][] = [
      [{ title: { nb: '   ' } }, 'offers[0].title.nb: expected visible text, not only blanks'],
      [{ title: { nb: '\u200b' } }, 'offers[0].title.nb: expected visible text, not only blanks'],
      [{ provider: { name: ' \t ', kind: 'ngo' } }, 'offers[0].provider.name: expected visible text, not only blanks'],
      [{ startDate: '0000-01-01', endDate: undefined }, 'offers[0].startDate: expected a year from 1900 to 2100'],
      [{ price: { free: false, amountNok: 1e308 } }, 'offers[0].price.amountNok: expected a number ≤ 100000'],
      [
        { signUpUrl: 'https://user:pass@example.no/' },
        'offers[0].signUpUrl: expected an https address, a mailto: address without headers, or a tel: number of digits',
      ],
    ];
    for (const [change, expected] of cases) {
      expect(
        problems(() => validateOffers({ offers: [{ ...offer, ...change }] })),
        expected,
      ).to.deep.equal([expected]);
    }
  });

  it('answers text that is not JSON', () => {
    expect(problems(() => validateOffers(parseJson('{ offers: [ }')))).to.deep.equal([': text is not valid JSON']);
  });

  it('accepts "online" instead of a kommunenummer', () => {
    expect(validateOffers({ offers: [{ ...offer, municipality: 'online' }] })[0]?.municipality).to.equal('online');
  });
});

describe('local offers, one by one', () => {
  const good = { ...offer, id: 'good' };
  const typo = { ...offer, id: 'typo', municipality: 'Bergen', startDate: '12.01.2027' };

  it('keeps the valid offers and leaves out the broken ones with their problems', () => {
    const result = checkOffers({ offers: [good, typo, { ...good }] });
    expect(result.offers.map((o) => o.id)).to.deep.equal(['good']);
    expect(result.rejected.map((r) => [r.index, r.id, r.issues.map((i) => i.path)])).to.deep.equal([
      [1, 'typo', ['offers[1].municipality', 'offers[1].startDate']],
      [2, 'good', ['offers[2].id']],
    ]);
  });

  it('warns of a kommunenummer or programme it does not know, and keeps the offer', async () => {
    const municipalities = await loadMunicipalities();
    const result = checkOffers(
      { offers: [{ ...good, municipality: '9999', areaServed: ['1804', '0000'], programme: 'nope' }] },
      { municipalities, programmes: [{ id: 'icdp' }] },
    );
    expect(result.offers).to.have.length(1);
    expect(result.warnings.map((w) => `${w.path} ${w.code}`)).to.deep.equal([
      'offers[0].municipality unknown_municipality',
      'offers[0].areaServed[1] unknown_municipality',
      'offers[0].programme unknown_reference',
    ]);
  });

  it('still refuses a document that is not an offers file', () => {
    expect(problems(() => checkOffers([good]))).to.deep.equal([': expected object']);
    expect(problems(() => checkOffers(parseJson('not json')))).to.deep.equal([': text is not valid JSON']);
  });

  it('accepts the fields a parent needs to join, and refuses a deadline after the end', () => {
    const full = {
      ...good,
      startDate: '2027-01-12',
      endDate: '2027-03-02',
      registrationDeadline: '2027-01-05',
      status: 'waiting-list',
      referralRequired: false,
      attendance: 'both',
      accessibility: { nb: 'Trinnfri inngang' },
      interpreter: true,
      lastChecked: '2026-11-20',
      areaServed: ['4601', '4624'],
    };
    expect(checkOffers({ offers: [full] }).offers).to.deep.equal([full]);
    expect(problems(() => validateOffers({ offers: [{ ...full, registrationDeadline: '2027-04-01' }] }))).to.deep.equal([
      'offers[0].registrationDeadline: expected registrationDeadline on or before endDate',
    ]);
    expect(problems(() => validateOffers({ offers: [{ ...full, status: 'maybe' }] }))[0]).to.match(/^offers\[0\]\.status: /);
  });
});

describe('which offers to show', () => {
  const make = (id: string, change: Partial<Offer>): Offer => ({ ...(offer as Offer), id, ...change });
  const bodo = make('bodo', { municipality: '1804', startDate: '2027-02-01', languages: ['nb', 'ar'] });
  const across = make('across', { municipality: '1806', areaServed: ['1804'], startDate: '2027-01-15', languages: ['so'] });
  const online = make('online', { municipality: 'online', languages: ['en'] });
  const oslo = make('oslo', { municipality: '0301', startDate: '2027-01-20', status: 'full' });
  const ended = make('ended', { municipality: '1804', startDate: '2026-09-01', endDate: '2026-10-01' });
  const oneDay = make('one-day', { municipality: '1804', startDate: '2026-11-22' });
  const all = [bodo, across, online, oslo, ended, oneDay];
  const data = { programmes: [] };
  const ids = (offers: Offer[]) => offers.map((o) => o.id);

  it('leaves out what has ended, upcoming first', () => {
    expect(ids(findOffers(data, all, { today: '2026-11-23' }))).to.deep.equal(['across', 'oslo', 'bodo', 'online']);
    expect(hasOfferEnded(oneDay, '2026-11-22')).to.equal(false);
    expect(hasOfferEnded(oneDay, '2026-11-23')).to.equal(true);
    expect(ids(findOffers(data, all))).to.include.members(['ended', 'one-day']);
    expect(ids(findOffers(data, all, { today: '2026-11-23', includeEnded: true }))).to.deep.equal(['across', 'oslo', 'bodo', 'online', 'one-day', 'ended']);
  });

  it('narrows to a municipality: held there, serving it, or online', () => {
    expect(ids(findOffers(data, all, { municipality: '1804', today: '2026-11-23' }))).to.deep.equal(['across', 'bodo', 'online']);
  });

  it('narrows to a language and to what is open for sign-up', () => {
    expect(ids(findOffers(data, all, { language: 'so' }))).to.deep.equal(['across']);
    expect(ids(findOffers(data, all, { language: 'so-SO' }))).to.deep.equal(['across']);
    expect(ids(findOffers(data, all, { language: 'en', today: '2026-11-23' }))).to.deep.equal(['online']);
    expect(ids(findOffers(data, all, { open: true, today: '2026-11-23' }))).to.deep.equal(['across', 'bodo', 'online']);
    expect(isOfferOpen(make('late', { registrationDeadline: '2026-11-01' }), '2026-11-23')).to.equal(false);
    expect(isOfferOpen(make('cancelled', { status: 'cancelled' }))).to.equal(false);
  });
});

describe('JSON-LD for a page', () => {
  it('makes each programme a Course and each of its offers a CourseInstance', async () => {
    const municipalities = await loadMunicipalities();
    const programme = { id: 'icdp', name: { nb: 'ICDP' }, summary: { nb: 'Samspill mellom foreldre og barn.' }, abbreviation: 'ICDP' };
    const offers = validateOffers({
      offers: [
        { ...offer, id: 'a', municipality: '1804', startDate: '2027-01-12', status: 'full', attendance: 'both' },
        { ...offer, id: 'b', municipality: 'online', price: { free: false, amountNok: 250 } },
        { ...offer, id: 'c', programme: undefined, title: { nb: 'Foreldrekafé' }, status: 'cancelled' },
      ],
    });
    type Instance = { '@type': string; location: { '@type': string; address: unknown }; offers: { price: number }; eventStatus?: string };
    type Course = { '@type': string; name: string; hasCourseInstance: Instance[] };
    const graph = offersJsonLd(offers, { municipalities, programmes: [programme as never] })['@graph'] as unknown as Course[];
    expect(graph.map((course) => [course['@type'], course.name, course.hasCourseInstance.length])).to.deep.equal([
      ['Course', 'ICDP', 2],
      ['Course', 'Foreldrekafé', 1],
    ]);
    const [a, b] = graph[0]?.hasCourseInstance ?? [];
    expect(a).to.deep.include({ '@type': 'CourseInstance', courseMode: 'Blended', startDate: '2027-01-12', inLanguage: ['nn', 'ar'] });
    expect(a?.location.address).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'Bodø', addressCountry: 'NO' });
    expect(a?.offers).to.deep.equal({ '@type': 'Offer', price: 0, priceCurrency: 'NOK', url: offer.signUpUrl, availability: 'https://schema.org/SoldOut' });
    expect(b?.location['@type']).to.equal('VirtualLocation');
    expect(b?.offers.price).to.equal(250);
    expect(graph[1]?.hasCourseInstance[0]?.eventStatus).to.equal('https://schema.org/EventCancelled');
  });
});
