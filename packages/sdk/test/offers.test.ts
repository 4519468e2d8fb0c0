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
      'offers[0].signUpUrl: expected an absolute http(s), mailto or tel URL',
    ]);
    expect(problems(() => validateOffers({ offers: [offer, offer] }))).to.deep.equal(['offers[1].id: duplicate id "icdp-bergen-haust"']);
  });

  it('answers text that is not JSON', () => {
    expect(problems(() => parseOffers('{ offers: [ }'))).to.deep.equal([': text is not valid JSON']);
  });

  it('accepts "online" instead of a kommunenummer', () => {
    expect(validateOffers({ offers: [{ ...offer, municipality: 'online' }] })[0]?.municipality).to.equal('online');
  });
});
