import { describe, it } from 'node:test';
import { expect } from 'chai';
import { loadCatalogue, loadChunk, loadMeasureChunk, locales, validateCatalogue } from '@foreldrestotte/sdk';
import { chunkDomains, chunkSchemas, strategyChunkSchema } from '@foreldrestotte/sdk/schemas';

const catalogue = await loadCatalogue();

describe('loadChunk', () => {
  for (const locale of locales) {
    for (const domain of chunkDomains) {
      it(`${locale}/${domain} is a valid chunk of this catalogue in ${locale}`, async () => {
        const chunk = await loadChunk(domain, locale);
        expect(chunkSchemas[domain].safeParse(chunk).success).to.equal(true);
        expect(chunk.locale).to.equal(locale);
        expect(chunk.updated).to.equal(catalogue.updated);
        expect(Object.isFrozen(chunk)).to.equal(true);
      });
    }
  }

  it('returns the same object every time', async () => {
    expect(await loadChunk('levels', 'nn')).to.equal(await loadChunk('levels', 'nn'));
  });
});

describe('loadMeasureChunk', () => {
  it('holds one measure, its focus area and its responsible organisations, as the strategy chunk has them', async () => {
    for (const locale of locales) {
      const strategy = await loadChunk('strategy', locale);
      for (const measure of strategy.measures) {
        const chunk = await loadMeasureChunk(measure.number, locale);
        expect(strategyChunkSchema.safeParse(chunk).success, `${locale} ${measure.number}`).to.equal(true);
        expect(chunk.measures).to.deep.equal([measure]);
        expect(chunk.focusAreas).to.deep.equal(strategy.focusAreas.filter((area) => area.id === measure.focusArea));
        expect(chunk.organisations.map((org) => org.id).sort()).to.deep.equal([...measure.responsible].sort());
        expect(chunk.organisations).to.deep.equal(strategy.organisations.filter((org) => measure.responsible.includes(org.id)));
        expect(chunk.locale).to.equal(locale);
      }
    }
  });

  it('is an empty strategy chunk for a number the strategy does not have', async () => {
    for (const number of [0, 35, -1, 1.5, Number.NaN]) {
      const chunk = await loadMeasureChunk(number, 'nb');
      expect(chunk.measures, String(number)).to.deep.equal([]);
      expect(chunk.updated).to.equal(catalogue.updated);
    }
  });

  it('does not reach inherited properties of its index', async () => {
    const chunk = await loadMeasureChunk('constructor' as unknown as number, 'en');
    expect(chunk.measures).to.deep.equal([]);
  });
});

describe('the embedded catalogue', () => {
  it('passes the same validation as remote data', () => {
    expect(() => validateCatalogue(structuredClone(catalogue))).not.to.throw();
  });
});
