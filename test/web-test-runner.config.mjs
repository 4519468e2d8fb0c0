// Browser tests in the system's Chromium (Debian's `chromium`; npm's browser downloads do not work here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { countReporter } from './count-reporter.mjs';
import { testApi } from './test-api.mjs';

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware: [testApi],
  browsers: [
    chromeLauncher({
      launchOptions: { args: ['--no-sandbox', '--disable-component-update', '--disable-background-networking'] },
    }),
  ],
  reporters: [defaultReporter(), countReporter({ file: 'test/.results/browser.json' })],
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
