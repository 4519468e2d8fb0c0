// Bundles of what users load straight into a browser, from the packages' compiled output:
// - packages/sdk/cdn/: the SDK as one ES module, its embedded catalogue split into lazily loaded chunks;
// - packages/elements/cdn/foreldrestotte.js: every element, self-contained, each loaded when its tag appears,
//   with languages and data chunks as separate files next to it.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rmSync } from 'node:fs';

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

// zod's PURE annotations and its internal import cycle make rollup warn about code it handles correctly.
const quiet = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

// Each build starts from an empty output folder, so stale hashed chunks never ship.
const bundle = (input, dir) => (rmSync(dir, { recursive: true, force: true }), {
  input,
  output: {
    dir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [compactCss, nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: false } })],
  onwarn(warning, warn) {
    if (!quiet.has(warning.code)) warn(warning);
  },
});

export default [
  bundle({ index: 'packages/sdk/dist/index.js' }, 'packages/sdk/cdn'),
  bundle({ foreldrestotte: 'packages/elements/dist/cdn.js' }, 'packages/elements/cdn'),
];
