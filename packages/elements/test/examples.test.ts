// The server behind `npm start`: what a municipality's web team tries first.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import { startServer } from '../../../examples/serve.mjs';

let server: Awaited<ReturnType<typeof startServer>>;

/** The status and headers of a raw GET, path sent as is (fetch would fix a broken escape before sending it). */
function get(path: string): Promise<{ status: number; csp: string | undefined }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, csp: response.headers['content-security-policy'] as string | undefined });
    })
      .on('error', reject)
      .end();
  });
}

describe('the examples server', () => {
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).to.equal(400);
    expect((await get('/%')).status).to.equal(400);
    const page = await get('/kommune-english.html');
    expect(page.status).to.equal(200);
    expect(page.csp).to.equal("default-src 'self'");
  });

  it('serves nothing outside its folders', async () => {
    expect((await get('/..%2f..%2fpackage.json')).status).to.equal(404);
    expect((await get('/missing.html')).status).to.equal(404);
  });
});
