// Serves the examples on localhost the way a municipal site would host them: static files, the CDN bundle
// under /cdn/, the open data under /data/, and every page with `Content-Security-Policy: default-src 'self'`.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mounts = [
  ['/cdn/', join(root, 'packages/elements/cdn')],
  ['/data/', join(root, 'packages/data/dist')],
  ['/', join(root, 'examples')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function resolve(pathname, folders) {
  for (const [prefix, dir] of folders) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
    if (!file.startsWith(dir + sep) && file !== dir) return undefined;
    try {
      const stat = statSync(file);
      return stat.isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Starts the server; `extraMounts` (`[prefix, folder]` pairs, checked first) serve more folders, as the bench does. */
export function startServer({ port = Number(process.env.PORT ?? 8080), host = '127.0.0.1', extraMounts = [] } = {}) {
  const folders = [...extraMounts, ...mounts];
  const server = createServer((request, response) => {
    let file;
    try {
      file = resolve(new URL(request.url ?? '/', 'http://localhost').pathname, folders);
    } catch {
      // A malformed address (a broken %-escape) is the client's mistake: say so, and keep serving.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'self'",
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`Examples: http://localhost:${port}/`);
  console.log(
    '  kommune.html (bokmål) · kommune-nynorsk.html · kommune-english.html · frivillig.html (local offers) · tema.html (theming) · embed.html (embed code)',
  );
  console.log('Stop with Ctrl+C.');
}
