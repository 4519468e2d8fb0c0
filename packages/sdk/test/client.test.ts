import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import {
  describeIssue,
  CatalogueHttpError,
  CatalogueNetworkError,
  CatalogueTimeoutError,
  CatalogueValidationError,
  createCatalogueClient,
  findMeasures,
  isCatalogueValidationError,
} from '@foreldrestotte/sdk';
import { catalogueText, startServer, type TestServer } from './server.js';
import { rejection } from './rejection.js';

describe('createCatalogueClient against a local server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('loads and validates the catalogue', async () => {
    const client = createCatalogueClient({ baseUrl: server.url });
    const catalogue = await client.catalogue();
    expect(catalogue.measures).to.have.length(34);
    expect(findMeasures(catalogue, { year: 2021, status: 'delayed' }).map((m) => m.number)).to.deep.equal([8, 31]);
  });

  it('accepts the URL of the catalogue file itself', async () => {
    const client = createCatalogueClient({ baseUrl: `${server.url}catalogue.json` });
    expect((await client.catalogue()).programmes.length).to.be.greaterThan(10);
  });

  it('loads one domain in one language', async () => {
    const client = createCatalogueClient({ baseUrl: server.url });
    const chunk = await client.chunk('strategy', 'nn', {});
    expect(chunk.locale).to.equal('nn');
    expect(chunk.measures[0]?.title).to.deep.equal({ nn: 'Vidareutvikle Foreldrehverdag.no' });
  });

  it('turns 404 into CatalogueHttpError without retrying', async () => {
    const client = createCatalogueClient({ baseUrl: `${server.url}missing/` });
    const error = await rejection(client.catalogue());
    expect(error).to.be.instanceOf(CatalogueHttpError);
    expect((error as CatalogueHttpError).status).to.equal(404);
    expect((error as Error).message).to.equal(`Request failed with status 404 Not Found: GET ${server.url}missing/catalogue.json`);
    expect(server.hits.get('/missing/catalogue.json')).to.equal(1);
  });

  it('retries a 500 and then reports it', async () => {
    server.route('/flaky/catalogue.json', (_request, response) => {
      response.writeHead(500);
      response.end();
    });
    const client = createCatalogueClient({ baseUrl: `${server.url}flaky/`, retry: { limit: 1 } });
    const error = await rejection(client.catalogue());
    expect((error as CatalogueHttpError).status).to.equal(500);
    expect(server.hits.get('/flaky/catalogue.json')).to.equal(2);
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    server.route('/recovers/catalogue.json', (_request, response) => {
      calls += 1;
      response.writeHead(calls === 1 ? 503 : 200, { 'content-type': 'application/json' });
      response.end(calls === 1 ? '' : catalogueText);
    });
    const client = createCatalogueClient({ baseUrl: `${server.url}recovers/` });
    expect((await client.catalogue()).measures).to.have.length(34);
    expect(calls).to.equal(2);
  });

  it('times out a server that never answers', async () => {
    server.route('/hangs/catalogue.json', () => {});
    const client = createCatalogueClient({ baseUrl: `${server.url}hangs/`, timeout: 150 });
    const error = await rejection(client.catalogue());
    expect(error).to.be.instanceOf(CatalogueTimeoutError);
    expect((error as CatalogueTimeoutError).timeout).to.equal(150);
  });

  it('times out a body that stalls halfway', async () => {
    server.route('/stalls/catalogue.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(catalogueText.slice(0, 1000));
    });
    const client = createCatalogueClient({ baseUrl: `${server.url}stalls/`, timeout: 200 });
    expect(await rejection(client.catalogue())).to.be.instanceOf(CatalogueTimeoutError);
  });

  it('rejects with the signal’s reason when aborted', async () => {
    server.route('/slow/catalogue.json', () => {});
    const client = createCatalogueClient({ baseUrl: `${server.url}slow/` });
    const controller = new AbortController();
    const pending = client.catalogue({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('reports a dropped connection as CatalogueNetworkError', async () => {
    server.route('/drops/catalogue.json', (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(catalogueText.length) });
      response.write(catalogueText.slice(0, 500));
      setTimeout(() => request.socket.destroy(), 10);
    });
    const client = createCatalogueClient({ baseUrl: `${server.url}drops/`, retry: 0 });
    expect(await rejection(client.catalogue())).to.be.instanceOf(CatalogueNetworkError);
  });

  it('reports a refused connection as CatalogueNetworkError', async () => {
    const closed = await startServer();
    const url = closed.url;
    await closed.close();
    const client = createCatalogueClient({ baseUrl: url, retry: 0 });
    const error = await rejection(client.catalogue());
    expect(error).to.be.instanceOf(CatalogueNetworkError);
    expect((error as Error).cause).to.be.instanceOf(Error);
  });

  it('stops reading a 10 MB body', async () => {
    server.route('/huge/catalogue.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"version":"${'x'.repeat(10 * 1024 * 1024)}"}`);
    });
    const client = createCatalogueClient({ baseUrl: `${server.url}huge/` });
    const error = await rejection(client.catalogue());
    expect(error).to.be.instanceOf(CatalogueValidationError);
    expect((error as CatalogueValidationError).issues[0]?.code).to.equal('too_large');
  });

  it('refuses invalid UTF-8', async () => {
    server.route('/latin1/catalogue.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x3a, 0x31, 0x7d]));
    });
    const error = await rejection(createCatalogueClient({ baseUrl: `${server.url}latin1/` }).catalogue());
    expect((error as CatalogueValidationError).issues[0]?.code).to.equal('invalid_encoding');
  });

  it('refuses a body that is not JSON', async () => {
    server.route('/garbled/catalogue.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{ "version": ');
    });
    const error = await rejection(createCatalogueClient({ baseUrl: `${server.url}garbled/` }).catalogue());
    expect((error as CatalogueValidationError).issues).to.deep.equal([{ path: '', code: 'invalid_json', message: 'response body is not valid JSON' }]);
  });

  it('refuses a web page in place of the data, saying it is one, and takes JSON served as plain text', async () => {
    server.route('/html/tilbud.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><h1>Logg inn</h1>');
    });
    server.route('/plain/tilbud.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(JSON.stringify({ offers: [] }));
    });
    const client = createCatalogueClient({ baseUrl: server.url });
    const error = await rejection(client.checkOffers('html/tilbud.json'));
    expect((error as CatalogueValidationError).issues.map((issue) => [issue.code, issue.params])).to.deep.equal([['not_json', { type: 'text/html' }]]);
    expect(describeIssue((error as CatalogueValidationError).issues[0]!, 'nb')).to.equal('ble sendt som text/html, ikke som JSON');
    expect((await client.checkOffers('plain/tilbud.json')).offers).to.deep.equal([]);
  });

  it('names the path of a broken field and never returns part of the data', async () => {
    const broken = JSON.parse(catalogueText);
    broken.measures[3].reports[0].status = 'finished-ish';
    server.route('/broken/catalogue.json', JSON.stringify(broken));
    const error = await rejection(createCatalogueClient({ baseUrl: `${server.url}broken/` }).catalogue());
    expect(isCatalogueValidationError(error)).to.equal(true);
    const issue = (error as CatalogueValidationError).issues[0];
    expect(issue?.path).to.equal('measures[3].reports[0].status');
    expect(issue?.message).to.match(/^expected one of "not-started", "ongoing"/);
    expect((error as Error).message).to.not.include('finished-ish');
  });

  it('finds broken links between records', async () => {
    const broken = JSON.parse(catalogueText);
    broken.measures[0].responsible = ['nobody'];
    server.route('/dangling/catalogue.json', JSON.stringify(broken));
    const error = await rejection(createCatalogueClient({ baseUrl: `${server.url}dangling/` }).catalogue());
    expect((error as CatalogueValidationError).issues).to.deep.equal([
      {
        path: 'measures[0].responsible[0]',
        code: 'unknown_reference',
        message: 'refers to unknown organisation "nobody"',
        params: { what: 'organisation', value: 'nobody' },
      },
    ]);
  });

  it('loads local offers relative to baseUrl', async () => {
    server.route('/offers/bergen.json', JSON.stringify({ offers: [] }));
    expect(await createCatalogueClient({ baseUrl: server.url }).offers('offers/bergen.json')).to.deep.equal([]);
  });
});

describe('createCatalogueClient with an injected fetch', () => {
  it('uses the given fetch and nothing else', async () => {
    const requested: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return new Response(catalogueText, { headers: { 'content-type': 'application/json' } });
    };
    const client = createCatalogueClient({ baseUrl: 'https://data.example.no/foreldrestotte/', fetch });
    expect((await client.catalogue()).measures).to.have.length(34);
    expect(requested).to.deep.equal(['https://data.example.no/foreldrestotte/catalogue.json']);
  });

  it('needs an absolute baseUrl outside a browser', () => {
    expect(() => createCatalogueClient({ baseUrl: 'data/' })).to.throw(TypeError, /absolute URL/);
  });

  it('refuses options that would misbehave, with a TypeError naming the option', () => {
    const base = 'https://data.example.no/';
    const bad: [object, RegExp][] = [
      [{ timeout: -1 }, /timeout must be a whole number of at least 1, not -1/],
      [{ timeout: Number.NaN }, /timeout .* not NaN/],
      [{ maxBytes: Number.NaN }, /maxBytes .* not NaN/],
      [{ maxBytes: 0 }, /maxBytes/],
      [{ retry: -2 }, /retry must be a whole number of at least 0/],
      [{ retry: { limit: 1.5 } }, /retry/],
      [{ fetch: 'fetch' }, /fetch must be a function/],
    ];
    for (const [options, message] of bad) {
      expect(() => createCatalogueClient({ baseUrl: base, ...options } as never), JSON.stringify(options)).to.throw(TypeError, message);
    }
    for (const baseUrl of ['data:application/json,{}', 'javascript:alert(1)', 'ftp://example.no/']) {
      expect(() => createCatalogueClient({ baseUrl }), baseUrl).to.throw(TypeError, /baseUrl must be an http\(s\) URL/);
    }
    expect(createCatalogueClient({ baseUrl: base, timeout: false, retry: 0, maxBytes: 1 }).baseUrl.href).to.equal(base);
  });

  it('leaves the referrer to the page’s own policy', async () => {
    let policy: string | undefined;
    const fetch = async (input: RequestInfo | URL) => {
      policy = input instanceof Request ? input.referrerPolicy : undefined;
      return new Response(catalogueText, { headers: { 'content-type': 'application/json' } });
    };
    await createCatalogueClient({ baseUrl: 'https://data.example.no/', fetch }).catalogue();
    // An empty policy on the request means "the document's policy".
    expect(policy).to.equal('');
  });
});
