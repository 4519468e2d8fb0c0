// The server behind `npm start`: what a municipality's web team tries first.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import { startServer } from '../../../examples/serve.mjs';

let server: Awaited<ReturnType<typeof startServer>>;

/** The status and headers of a raw GET, path sent as is (fetch would fix a broken escape before sending it). */
function get(path: string): Promise<{ status: number; csp: string | undefined; cors: string | undefined }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      const { headers } = response;
      resolve({
        status: response.statusCode ?? 0,
        csp: headers['content-security-policy'] as string | undefined,
        cors: headers['access-control-allow-origin'] as string | undefined,
      });
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

  it('answers a folder without an index with 404, and keeps serving', async () => {
    // Before, a folder without index.html (any page could ask with <img src>) crashed the server on ENOENT.
    expect((await get('/react')).status).to.equal(404);
    expect((await get('/cdn/chunks/')).status).to.equal(404);
    expect((await get('/')).status).to.equal(200);
  });

  it('refuses a symbolic link that leads out of its folder', async () => {
    const link = new URL('../../../examples/zz-link-out', import.meta.url).pathname;
    const folderLink = new URL('../../../examples/zz-folder-out', import.meta.url).pathname;
    rmSync(link, { force: true });
    rmSync(folderLink, { force: true });
    symlinkSync(new URL('../../../package.json', import.meta.url).pathname, link);
    mkdirSync(new URL('../../../test/.results/', import.meta.url).pathname, { recursive: true });
    symlinkSync(new URL('../../../test/.results/', import.meta.url).pathname, folderLink);
    try {
      expect((await get('/zz-link-out')).status).to.equal(404);
      expect((await get('/zz-folder-out/')).status).to.equal(404);
    } finally {
      rmSync(link, { force: true });
      rmSync(folderLink, { force: true });
    }
  });

  it('lets a page on another port read its files, for local testing (CORS)', async () => {
    expect((await get('/cdn/foreldrestotte.js')).cors).to.equal('*');
    expect((await get('/tilbud.json')).cors).to.equal('*');
  });
});
