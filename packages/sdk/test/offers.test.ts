import { describe, it } from 'node:test';
import { expect } from 'chai';
import { CatalogueValidationError, parseOffers, validateOffers } from '@foreldrestotte/sdk';

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
    expect(parseOffers(JSON.stringify({ offers: [offer] }))).to.deep.equal([offer]);
  });

  it('names every problem with its path', () => {
    const bad = { ...offer, municipality: 'Bergen', languages: [], price: { free: false } };
    expect(problems(() => validateOffers({ offers: [offer, bad] }, 'offers.json'))).to.deep.equal([
      'offers[1].municipality: expected a four-digit kommunenummer or "online"',
      'offers[1].languages: expected at least 1 items',
      'offers[1].price.amountNok: expected number',
    ]);
  });

  it('refuses script links and duplicate ids', () => {
    expect(problems(() => validateOffers({ offers: [{ ...offer, signUpUrl: 'javascript:alert(1)' }] }))).to.deep.equal([
      'offers[0].signUpUrl: expected an absolute http(s), mailto or tel URL without user name or password',
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
      [{ signUpUrl: 'https://user:pass@example.no/' }, 'offers[0].signUpUrl: expected an absolute http(s), mailto or tel URL without user name or password'],
    ];
    for (const [change, expected] of cases) {
      expect(problems(() => validateOffers({ offers: [{ ...offer, ...change }] })), expected).to.deep.equal([expected]);
    }
  });

  it('answers text that is not JSON', () => {
    expect(problems(() => parseOffers('{ offers: [ }'))).to.deep.equal([': text is not valid JSON']);
  });

  it('accepts "online" instead of a kommunenummer', () => {
    expect(validateOffers({ offers: [{ ...offer, municipality: 'online' }] })[0]?.municipality).to.equal('online');
  });
});
