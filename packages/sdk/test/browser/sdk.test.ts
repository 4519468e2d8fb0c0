// The SDK in real Chromium: embedded data, the client over real HTTP (the test server's /test-api/ routes),
// privacy and a strict Content-Security-Policy.
import { expect } from 'chai';
import type { CatalogueHttpError, CatalogueValidationError } from '@foreldrestotte/sdk';
import {
  CatalogueTimeoutError,
  createCatalogueClient,
  findMeasures,
  findOffers,
  loadCatalogue,
  loadMunicipalities,
  offersJsonLd,
  loadChunk,
  localize,
} from '@foreldrestotte/sdk';
import { rejection } from '../rejection.js';

describe('the SDK in Chromium', () => {
  it('loads the embedded catalogue without a request to any server but its own', async () => {
    const catalogue = await loadCatalogue();
    expect(findMeasures(catalogue, { year: 2021, status: 'delayed' }).map((m) => m.number)).to.deep.equal([8, 31]);
    const foreign = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('checks an offers file over HTTP offer by offer, narrows it to a municipality and writes JSON-LD', async () => {
    const client = createCatalogueClient({ baseUrl: location.origin });
    const municipalities = await loadMunicipalities();
    const check = await client.checkOffers('/test-api/offers-ngo.json', { municipalities });
    expect(check.offers.map((offer) => offer.id)).to.deep.equal(['shared', 'ngo-course']);
    expect(check.rejected.map((offer) => [offer.index, offer.id])).to.deep.equal([[2, 'broken']]);
    const inBodo = findOffers({ programmes: [] }, check.offers, { municipality: '1804', today: '2026-11-23' });
    expect(inBodo).to.have.length(2);
    expect(findOffers({ programmes: [] }, check.offers, { municipality: '0301' })).to.deep.equal([]);
    const graph = offersJsonLd(check.offers, { municipalities })['@graph'] as unknown as { hasCourseInstance: { location: unknown }[] }[];
    expect(graph[0]?.hasCourseInstance[0]?.location).to.deep.equal({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Bodø', addressCountry: 'NO' },
    });
  });

  it('loads one chunk in nynorsk', async () => {
    const chunk = await loadChunk('levels', 'nn');
    expect(chunk.preventionLevels.map((level) => localize(level.name, 'nn'))).to.deep.equal(['Universelt nivå', 'Selektivt nivå', 'Indikativt nivå']);
  });

  it('resolves a relative baseUrl against the page and validates what it loads', async () => {
    const catalogue = await createCatalogueClient({ baseUrl: '/test-api/' }).catalogue();
    expect(catalogue.measures).to.have.length(34);
  });

  it('reports HTTP errors, timeouts and aborts', async () => {
    const missing = await rejection(createCatalogueClient({ baseUrl: '/test-api/missing/' }).catalogue());
    expect((missing as CatalogueHttpError).status).to.equal(404);
    const failing = await rejection(createCatalogueClient({ baseUrl: '/test-api/failing/', retry: 0 }).catalogue());
    expect((failing as CatalogueHttpError).status).to.equal(500);
    const hang = await rejection(createCatalogueClient({ baseUrl: '/test-api/hang/', timeout: 200 }).catalogue());
    expect(hang).to.be.instanceOf(CatalogueTimeoutError);
    const controller = new AbortController();
    const pending = createCatalogueClient({ baseUrl: '/test-api/hang/' }).catalogue({ signal: controller.signal });
    controller.abort();
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
  });

  it('names the path of invalid data and refuses a maintenance page', async () => {
    const broken = await rejection(createCatalogueClient({ baseUrl: '/test-api/broken/' }).catalogue());
    expect((broken as CatalogueValidationError).issues[0]?.path).to.equal('programmes[2].levels[0]');
    const html = await rejection(createCatalogueClient({ baseUrl: '/test-api/html/' }).catalogue());
    expect((html as CatalogueValidationError).issues[0]?.code).to.equal('not_json');
  });

  it('sends no cookies, even to its own origin', async () => {
    document.cookie = 'session=secret; path=/';
    try {
      await fetch('/test-api/cookies');
      // Control: a plain same-origin request does carry the cookie, so the check below can fail.
      await fetch('/test-api/cookie/catalogue.json', { cache: 'no-store' });
      await createCatalogueClient({ baseUrl: '/test-api/cookie/' }).catalogue();
      const { cookies } = await (await fetch('/test-api/cookies', { cache: 'no-store' })).json();
      expect(cookies).to.deep.equal(['session=secret', null]);
    } finally {
      document.cookie = 'session=; path=/; max-age=0';
    }
  });

  it("validates under Content-Security-Policy: default-src 'self' with no violation", async () => {
    const frame = document.createElement('iframe');
    const result = new Promise<{ measures?: number; embedded?: number; error?: string; violations: string[] }>((resolve) => {
      window.addEventListener('message', (event) => resolve(event.data), { once: true });
    });
    frame.src = '/test-api/csp-page.html';
    document.body.append(frame);
    try {
      expect(await result).to.deep.equal({ measures: 34, embedded: 34, violations: [] });
    } finally {
      frame.remove();
    }
  });
});
