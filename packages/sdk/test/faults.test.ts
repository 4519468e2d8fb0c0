// Faults found by the hostile review of issue 9, each kept fixed by a test that failed before its fix.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as zod from 'zod';
import { config } from 'zod/mini';
import { createCatalogueClient, loadCatalogue, validateCatalogue, validateOffers } from '@foreldrestotte/sdk';
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
