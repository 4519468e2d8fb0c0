// Bundles of what users load straight into a browser, from the packages' compiled output:
// - packages/sdk/cdn/: the SDK as one ES module, its embedded catalogue split into lazily loaded chunks;
// - packages/elements/cdn/foreldrestotte.js: every element, self-contained, each loaded when its tag appears,
//   with languages and data chunks as separate files next to it.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The elements' css`` templates (no interpolations) ship without their comments and indentation: terser leaves
// template text alone, and the comments are for people reading the source.
const compactCss = {
  name: 'compact-css',
  transform(code, id) {
    if (!/packages\/elements\/dist\/.*styles\.js$/.test(id)) return null;
    return code.replace(/css\s*`([^`]*)`/g, (_, text) => {
      const compact = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .trim();
      return `css\`${compact}\``;
    });
  },
};

// Lit creates a Trusted Types policy named `lit-html`. In the CDN bundle it takes the elements' own `foreldrestotte`
// policy instead, imported from packages/elements/src/internal/trusted-types.ts, where it stays: nothing on the page can
// reach it. A page then allows the elements with `trusted-types foreldrestotte`, also next to its own Lit. A Lit whose
// policy line changed fails the build rather than ship without it.
const POLICY_MODULE = fileURLToPath(new URL('packages/elements/dist/internal/trusted-types.js', import.meta.url));
const litPolicy = {
  name: 'lit-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
    const minified = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
    const readable = /trustedTypes\s*\?\s*trustedTypes\.createPolicy\('lit-html',\s*\{\s*createHTML:\s*\((\w+)\)\s*=>\s*\1,?\s*\}\)\s*:\s*undefined/;
    const pattern = minified.test(code) ? minified : readable;
    if (!pattern.test(code)) this.error(`${id}: Lit's Trusted Types policy line was not found; update the lit-policy plugin.`);
    return {
      code: `import { policyForLit as __fsPolicyForLit } from ${JSON.stringify(POLICY_MODULE)};\n${code.replace(pattern, '__fsPolicyForLit()')}`,
      map: null,
    };
  },
};

// Every msg() in the elements names its id (packages/elements/test/translations.test.ts checks), so @lit/localize's
// hashing of message texts, for msg() calls without one, never runs: it is left out, 0.25 kB gzip on every page.
const noMessageHashing = {
  name: 'no-message-hashing',
  load(id) {
    if (!/[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) return null;
    return 'export const generateMsgId = () => { throw new Error("@foreldrestotte/elements: a msg() without an id"); };';
  },
};

// The embed page and its stylesheet, copied beside the bundle (their script is the `embed` entry), and the version of
// the package, which the embed builder writes into the public CDN address.
const embedPage = {
  name: 'embed-page',
  generateBundle() {
    for (const file of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`packages/elements/src/embed/${file}`, 'utf8') });
    }
    const { name, version } = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
    this.emitFile({ type: 'asset', fileName: 'version.json', source: `${JSON.stringify({ name, version })}\n` });
  },
};

// zod's PURE annotations and its internal import cycle make rollup warn about code it handles correctly.
const quiet = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

// Each build starts from an empty output folder, so stale hashed chunks never ship.
const bundle = (input, dir, extra = []) => (
  rmSync(dir, { recursive: true, force: true }),
  {
    input,
    output: {
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      compactCss,
      litPolicy,
      noMessageHashing,
      nodeResolve({ browser: true }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
      ...extra,
    ],
    onwarn(warning, warn) {
      if (!quiet.has(warning.code)) warn(warning);
    },
  }
);

export default [
  bundle({ index: 'packages/sdk/dist/index.js' }, 'packages/sdk/cdn'),
  bundle(
    {
      foreldrestotte: 'packages/elements/dist/cdn.js',
      embed: 'packages/elements/dist/embed/embed.js',
      'embed-host': 'packages/elements/dist/embed/host.js',
    },
    'packages/elements/cdn',
    [embedPage],
  ),
];
