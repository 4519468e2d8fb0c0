// Bundles of what users load straight into a browser. For now: the SDK as one ES module with its embedded
// catalogue split into lazily loaded chunks, for pages without a bundler (`packages/sdk/cdn/`).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// zod's PURE annotations and its internal import cycle make rollup warn about code it handles correctly.
const quiet = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

export default [
  {
    input: { index: 'packages/sdk/dist/index.js' },
    output: {
      dir: 'packages/sdk/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: false } })],
    onwarn(warning, warn) {
      if (!quiet.has(warning.code)) warn(warning);
    },
  },
];
