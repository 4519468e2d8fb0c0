// Faults found by the hostile review of issue 9, each kept fixed by a test that failed before its fix.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as zod from 'zod';
import { config } from 'zod/mini';
import {
  checkOffers,
  createCatalogueClient,
  createProgrammeSearch,
  describeIssue,
  isCatalogueTimeoutError,
  isCatalogueValidationError,
  isSignUpLink,
  loadCatalogue,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  validateCatalogue,
  validateOffers,
  type CatalogueValidationError,
} from '@foreldrestotte/sdk';
import { readFileSync } from 'node:fs';
import { rejection } from './rejection.js';
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

// Round 3 of the hostile review (issue 21): nothing a file, a query or a server sends can freeze, hang or garble.
const offer = {
  id: 'kurs',
  title: { nb: 'Kurs' },
  provider: { name: 'Forening', kind: 'ngo' },
  municipality: '1804',
  languages: ['nb'],
  price: { free: true },
};

describe('faults: one hostile offer costs only itself', () => {
  for (const size of [100_000, 150_000]) {
    it(`rejects an offer with ${size.toLocaleString('en')} languages at once, and keeps the good offers`, () => {
      const bad = { ...offer, id: 'bad', languages: Array.from({ length: size }, () => 'xx-x') };
      const started = performance.now();
      const check = checkOffers({ offers: [offer, bad, bad, bad, { ...offer, id: 'kurs-2' }] });
      // Before, the problems of each rejected offer were de-duplicated in quadratic time (19 s for one such offer),
      // and at 150 000 zod's list of problems overflowed the stack and the whole file was refused.
      expect(performance.now() - started).to.be.below(2_000);
      expect(check.offers.map((kept) => kept.id)).to.deep.equal(['kurs', 'kurs-2']);
      expect(check.rejected.map((rejected) => rejected.issues.map((issue) => [issue.path, issue.code]))).to.deep.equal(
        [1, 2, 3].map((index) => [[`offers[${index}].languages`, 'too_big']]),
      );
      expect(describeIssue(check.rejected[0]!.issues[0]!, 'nn')).to.equal('har for mange verdiar: høgst 1000');
    });
  }

  it('names the schema’s own limit for a list within the walk’s bound', () => {
    const check = checkOffers({ offers: [{ ...offer, languages: Array.from({ length: 21 }, () => 'nb') }] });
    expect(check.rejected[0]?.issues.map((issue) => [issue.path, issue.message])).to.deep.equal([['offers[0].languages', 'expected at most 20 items']]);
  });

  it('rejects an offer nested a million levels deep without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 1_000_000; level += 1) deep = [deep];
    const check = checkOffers({
      offers: [
        { ...offer, description: { nb: deep } },
        { ...offer, id: 'kurs-2' },
      ],
    });
    expect(check.offers.map((kept) => kept.id)).to.deep.equal(['kurs-2']);
    expect(check.rejected[0]?.issues[0]?.code).to.equal('too_deep');
  });

  it('keeps a RangeError from the validator inside the one offer', () => {
    // A text of more characters than any walk allows, and a getter that throws one, stand for what zod cannot gather.
    const throwing = { ...offer, id: 'boom' };
    Object.defineProperty(throwing, 'title', {
      enumerable: true,
      get: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const check = checkOffers({ offers: [offer, throwing] });
    expect(check.offers.map((kept) => kept.id)).to.deep.equal(['kurs']);
    expect(check.rejected.map((rejected) => rejected.issues[0]?.code)).to.deep.equal(['too_many_problems']);
  });
});

describe('faults: timeouts and aborts hold in Node while a body drips in', () => {
  const gc = (globalThis as { gc?: () => void }).gc;

  async function drippingServer() {
    const server = await startServer();
    const timers = new Set<ReturnType<typeof setInterval>>();
    server.route('/drip.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"offers":[');
      // One byte every 100 ms, for ever: the body never ends.
      const timer = setInterval(() => response.write(' '), 100);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
    });
    return {
      server,
      stop: async () => {
        for (const timer of timers) clearInterval(timer);
        await server.close();
      },
    };
  }

  it('times out after `timeout` although the garbage collector runs meanwhile', { timeout: 10_000 }, async () => {
    expect(gc, 'run with node --expose-gc').to.be.a('function');
    const { server, stop } = await drippingServer();
    try {
      const started = performance.now();
      const load = createCatalogueClient({ baseUrl: server.url, timeout: 800, retry: 0 }).checkOffers('drip.json');
      const collecting = setInterval(() => gc?.(), 50);
      const error = await rejection(load);
      clearInterval(collecting);
      expect(error).to.satisfy(isCatalogueTimeoutError);
      expect(performance.now() - started).to.be.below(3_000);
    } finally {
      await stop();
    }
  });

  it('stops when the caller aborts, garbage collected or not', { timeout: 10_000 }, async () => {
    const { server, stop } = await drippingServer();
    try {
      const controller = new AbortController();
      const load = createCatalogueClient({ baseUrl: server.url, timeout: false, retry: 0 }).checkOffers('drip.json', { signal: controller.signal });
      const collecting = setInterval(() => gc?.(), 50);
      setTimeout(() => controller.abort(new Error('the reader left')), 400);
      const error = await rejection(load);
      clearInterval(collecting);
      expect((error as Error).message).to.equal('the reader left');
    } finally {
      await stop();
    }
  });
});

describe('faults: long input is searched by its beginning, in bounded time', () => {
  it('answers an 80 000-letter word and a 66 000-character query at once', async () => {
    const search = createProgrammeSearch(await loadCatalogue());
    const word = 'sinne'.repeat(16_000);
    const started = performance.now();
    search.search(word);
    search.suggest('foreldre '.repeat(7_400));
    search.rank(`tenåring ${'x'.repeat(60_000)}`);
    // Before: 8 s for the word and 58 s for the suggestions.
    expect(performance.now() - started).to.be.below(1_000);
    // Beyond the limits, a query means what its first words mean.
    const long = `tenåring sinne ${'og '.repeat(MAX_QUERY_WORDS)}raseri`;
    expect(long.length).to.be.below(MAX_QUERY_LENGTH);
    expect(search.search(long).map((hit) => hit.item.id)).to.deep.equal(
      search.search(`tenåring sinne ${'og '.repeat(MAX_QUERY_WORDS - 2)}`).map((hit) => hit.item.id),
    );
  });
});

describe('faults: sign-up links say only where to sign up', () => {
  it('takes https, a bare mailto and a tel of digits, and nothing that adds headers or words', () => {
    const valid = ['https://forening.no/kurs', 'mailto:kurs@forening.no', 'tel:+4775555555', 'tel:75555555'];
    const invalid = [
      'http://forening.no/kurs',
      'mailto:kurs@forening.no?bcc=someone@else.no',
      'mailto:kurs@forening.no?body=Jeg%20sitter%20i%20fengsel',
      'mailto:a@b.no,c@d.no',
      'tel:75555555?body=x',
      'tel:7555 5555',
      'tel:+47-evil',
      'javascript:alert(1)',
    ];
    for (const url of valid) expect(isSignUpLink(url), url).to.equal(true);
    for (const url of invalid) expect(isSignUpLink(url), url).to.equal(false);
    const check = checkOffers({ offers: invalid.map((signUpUrl, i) => ({ ...offer, id: `o${i}`, signUpUrl })) });
    expect(check.offers).to.deep.equal([]);
  });
});
