// Faults found by the hostile review of issue 9, each kept fixed by a test that failed before its fix.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as zod from 'zod';
import { config } from 'zod/mini';
import { createCatalogueClient, isCatalogueValidationError, loadCatalogue, validateCatalogue, validateOffers, type CatalogueValidationError } from '@foreldrestotte/sdk';
import { readFileSync } from 'node:fs';
import { startServer } from './server.js';

describe('faults: the SDK leaves what it shares alone', () => {
  it('changes nothing in zod’s global config, so a host’s own zod keeps its compiled fast path', async () => {
    const before = { ...config() };
    validateCatalogue(JSON.parse(JSON.stringify(await loadCatalogue())));
    validateOffers({ offers: [] });
    expect(config()).to.deep.equal(before);
    expect(config().jitless).to.equal(undefined);
    // The host's classic zod is the same module instance and sees the same (untouched) setting.
    expect(zod.config().jitless).to.equal(undefined);
  });
});

describe('faults: one rule for a file or a folder', () => {
  it('reads a URL ending in / as a folder, and any other URL as the catalogue file itself', async () => {
    const server = await startServer();
    try {
      const body = readFileSync(new URL('../../data/dist/catalogue.json', import.meta.url), 'utf8');
      server.route('/api/catalogue', body);
      server.route('/data/catalogue.json', body);
      // Before, a src without ".json" was taken as a folder: /api/catalogue became /api/catalogue.json, a 404.
      expect((await createCatalogueClient({ baseUrl: `${server.url}api/catalogue` }).catalogue()).measures).to.have.length(34);
      expect((await createCatalogueClient({ baseUrl: `${server.url}data/` }).catalogue()).measures).to.have.length(34);
      expect(server.hits.get('/api/catalogue.json')).to.equal(undefined);
    } finally {
      await server.close();
    }
  });
});

describe('faults: any catalogue, however broken, gives a typed error', () => {
  it('caps the problems of a catalogue far from the contract at 100, with the total, and never throws a RangeError', async () => {
    const catalogue = JSON.parse(JSON.stringify(await loadCatalogue()));
    // Within the client's 5 MB, each of 20 000 programmes broken in every field.
    catalogue.programmes = Array.from({ length: 20_000 }, () => ({ id: 'X', name: 1, levels: 'x', formats: 2, arenas: 3, evidence: 4, sources: 5 }));
    let error: unknown;
    try {
      validateCatalogue(catalogue);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.satisfy(isCatalogueValidationError);
    const { issues, total } = error as CatalogueValidationError;
    expect(issues.length).to.be.at.most(100);
    expect(total).to.be.at.least(issues.length);
  });
});
