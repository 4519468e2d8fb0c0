// React is published as CommonJS only. The browser tests of @foreldrestotte/react get it as one ES module instead,
// bundled by esbuild when the test server starts; `react` and `react-dom/client` both resolve to it, so the page
// holds one copy of React.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';

const require = createRequire(import.meta.url);
const folder = 'test/.results/react';
const served = `/${folder}/react.js`;

function bundle() {
  mkdirSync(folder, { recursive: true });
  const names = (id) => Object.keys(require(id)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  writeFileSync(
    `${folder}/entry.js`,
    [
      "import * as React from 'react';",
      "import * as Client from 'react-dom/client';",
      `export const { ${names('react').join(', ')} } = React;`,
      `export const { ${names('react-dom/client')
        .filter((name) => !names('react').includes(name))
        .join(', ')} } = Client;`,
      'export default React;',
    ].join('\n'),
  );
  buildSync({
    entryPoints: [`${folder}/entry.js`],
    outfile: `${folder}/react.js`,
    bundle: true,
    format: 'esm',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
}

export const reactAsModule = {
  name: 'react-as-module',
  serverStart: bundle,
  resolveImport({ source }) {
    return source === 'react' || source === 'react-dom/client' ? served : undefined;
  },
};
