// Routes under /test-api/ that browser tests call instead of any outside server: the catalogue, error
// statuses, hanging answers, a cookie echo, and a page served with a strict Content-Security-Policy.
import { readFileSync } from 'node:fs';

const dist = new URL('../packages/data/dist/', import.meta.url);
let cookies = [];

/** An NGO's offers file for the finder's several-sources test: one offer shares its id with the municipality's. */
const ngoOffer = (id, title, change = {}) => ({
  id,
  title: { nb: title },
  provider: { name: 'Eksempelforeningen', kind: 'ngo' },
  municipality: '1804',
  languages: ['nb'],
  price: { free: true },
  startDate: '2099-03-01',
  ...change,
});

const routes = {
  '/test-api/offers-ngo.json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ offers: [ngoOffer('shared', 'Kopi fra foreningen'), ngoOffer('ngo-course', 'Foreningens kurs'), { id: 'broken' }] });
  },
  '/test-api/catalogue.json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL('catalogue.json', dist), 'utf8');
  },
  '/test-api/broken/catalogue.json': (ctx) => {
    const catalogue = JSON.parse(readFileSync(new URL('catalogue.json', dist), 'utf8'));
    catalogue.programmes[2].levels = ['sometimes'];
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(catalogue);
  },
  '/test-api/missing/catalogue.json': (ctx) => {
    ctx.status = 404;
    ctx.body = 'not found';
  },
  '/test-api/failing/catalogue.json': (ctx) => {
    ctx.status = 500;
    ctx.body = '';
  },
  '/test-api/counted-failing/catalogue.json': (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.status = 500;
    ctx.body = '';
  },
  '/test-api/html/catalogue.json': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Maintenance</p>';
  },
  '/test-api/hang/catalogue.json': () => new Promise(() => {}),
  '/test-api/hang/offers.json': () => new Promise(() => {}),
  '/test-api/cookie/catalogue.json': (ctx) => {
    cookies.push(ctx.get('cookie') || null);
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL('catalogue.json', dist), 'utf8');
  },
  '/test-api/cookies': (ctx) => {
    ctx.body = { cookies };
    cookies = [];
  },
  '/test-api/cdn-page.html': (ctx) => {
    ctx.set('content-security-policy', "default-src 'self'");
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="${ctx.query.lang === 'nn' ? 'nn' : 'nb'}"><head><title>Kommune</title>
      <link rel="stylesheet" href="/test/hostile.css">
      <script type="module" src="/test/cdn-page.js"></script>
      <script type="module" src="/packages/elements/cdn/foreldrestotte.js"></script>
      <script type="module" src="/test-api/cdn-copy/foreldrestotte.js"></script></head>
      <body><main><h1>Foreldrestøtte</h1>
      <fs-measure-card measure="29"></fs-measure-card>
      <fs-measure-board focus-area="5"></fs-measure-board>
      <fs-programme-finder></fs-programme-finder>
      <fs-prevention-levels></fs-prevention-levels>
      </main></body></html>`;
  },
  // The CDN bundle where the nynorsk texts cannot be had (a deploy in progress): its nn chunk answers 404.
  '/test-api/cdn-page-broken-nn.html': (ctx) => {
    ctx.set('content-security-policy', "default-src 'self'");
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="nb"><head><title>Kommune</title>
      <script type="module" src="/test/cdn-page.js"></script>
      <script type="module" src="${BROKEN_NN}foreldrestotte.js"></script></head>
      <body><main><fs-measure-card measure="29"></fs-measure-card></main></body></html>`;
  },
  // The CDN bundle under Trusted Types: `own` allows only the elements' policy, `lit` also the page's own Lit (which
  // runs first and takes `lit-html`), `none` allows no policy at all.
  '/test-api/trusted-types.html': (ctx) => {
    const policies = { own: 'foreldrestotte', lit: 'lit-html foreldrestotte', none: "'none'" }[ctx.query.mode] ?? "'none'";
    ctx.set('content-security-policy', `default-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="nb"><head><title>Kommune</title>
      <script type="module" src="/test/cdn-page.js"></script>
      ${ctx.query.mode === 'lit' ? '<script type="module" src="/test/host-lit.js"></script>' : ''}
      <script type="module" src="/packages/elements/cdn/foreldrestotte.js"></script></head>
      <body><main>
      <fs-measure-card measure="29"></fs-measure-card>
      <fs-measure-board focus-area="5"></fs-measure-board>
      <fs-programme-finder></fs-programme-finder>
      <fs-prevention-levels></fs-prevention-levels>
      </main></body></html>`;
  },
  '/test-api/csp-page.html': (ctx) => {
    ctx.set('content-security-policy', "default-src 'self'");
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="nb"><title>CSP</title><script type="module" src="/test/csp-page.js"></script></html>';
  },
};

// A second copy of the CDN bundle at another address, as when two editors paste two versions: its chunks have
// other URLs, so the browser runs it as a separate module graph (the same URL twice would run only once).
const CDN_COPY = '/test-api/cdn-copy/';
const BROKEN_NN = '/test-api/cdn-broken-nn/';

export async function testApi(ctx, next) {
  const route = routes[ctx.path];
  if (route) return route(ctx);
  // The embed page's address with nothing on it, for the host script's test to post messages from: the real page's
  // Content-Security-Policy (rightly) lets no test code run inside it.
  if (ctx.path === '/packages/elements/cdn/embed.html' && ctx.query.stand_in) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>stand-in</title>';
    return undefined;
  }
  if (ctx.path.startsWith(CDN_COPY)) ctx.url = ctx.url.replace(CDN_COPY, '/packages/elements/cdn/');
  if (ctx.path.startsWith(BROKEN_NN)) {
    if (/\/chunks\/nn-[\w-]+\.js$/.test(ctx.path)) {
      ctx.status = 404;
      return undefined;
    }
    ctx.url = ctx.url.replace(BROKEN_NN, '/packages/elements/cdn/');
  }
  return next();
}
