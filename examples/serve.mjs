// Serves the examples on localhost the way a municipal site would host them: static files, the CDN bundle
// under /cdn/, the open data under /data/, and every page with `Content-Security-Policy: default-src 'self'`.
// For local development it answers CORS (any origin may read its files), so that a test page on another port can load
// the bundle or an offers file from it; docs/getting-started.md says what a real host needs instead.
import { createReadStream, realpathSync, statSync } from 'node:fs';
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

/** Whether `path` lies in `dir` once every symbolic link is followed: a link out of the folder serves nothing. */
const inside = (path, dir) => path === dir || path.startsWith(dir + sep);

/** The file to serve for `pathname`: a file, or a folder's index.html; undefined for anything else. */
function resolve(pathname, folders) {
  for (const [prefix, dir] of folders) {
    if (!pathname.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!inside(file, dir)) return undefined;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const real = realpathSync(file);
      return statSync(real).isFile() && inside(real, realpathSync(dir)) ? real : undefined;
    } catch {
      // No such file, or a folder without an index: not found.
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
    const cors = { 'access-control-allow-origin': '*' };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/uten-skript.html') {
      // Rendered on request with the Node API; the renderer loads only when this page is asked for.
      import('./server-rendered.mjs')
        .then(({ serverRenderedPage }) => serverRenderedPage(url.searchParams.get('lang') ?? 'nb'))
        .then(({ html, policy }) => {
          response.writeHead(200, { 'content-type': types['.html'], 'content-security-policy': policy, 'cache-control': 'no-cache', ...cors });
          response.end(html);
        })
        .catch((error) => {
          console.error(error);
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...cors });
          response.end('The page could not be rendered.');
        });
      return;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...cors });
      response.end('Not found');
      return;
    }
    const stream = createReadStream(file);
    // A file that disappears or cannot be read between the look and the read: a 500, never a crashed server.
    stream.on('error', () => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...cors });
      response.end();
    });
    stream.on('open', () => {
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': "default-src 'self'",
        'cache-control': 'no-cache',
        ...cors,
      });
      stream.pipe(response);
    });
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`Examples: http://localhost:${port}/`);
  console.log(
    '  kommune.html (bokmål) · kommune-nynorsk.html · kommune-english.html · frivillig.html (local offers) · tiltaksvifte.html (coverage) · uten-skript.html (server-rendered) · tema.html (theming) · embed.html (embed code)',
  );
  console.log('Stop with Ctrl+C.');
}
