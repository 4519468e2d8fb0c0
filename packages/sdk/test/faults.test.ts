// Faults found by the hostile review of issue 9, each kept fixed by a test that failed before its fix.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as zod from 'zod';
import { config } from 'zod/mini';
import { loadCatalogue, validateCatalogue, validateOffers } from '@foreldrestotte/sdk';

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
