// Browser tests in the system's Chromium (Debian's `chromium`; npm's browser downloads do not work here).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { countReporter } from './count-reporter.mjs';
import { testApi } from './test-api.mjs';
import { reactAsModule } from './react-as-module.mjs';
import { visualCompare } from './visual-compare.mjs';

// @web/test-runner-commands' emulateMedia passes forced-colors only to Playwright; this does it for Chromium via Puppeteer.
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    // The session stays open: detaching it would undo the emulation.
    const page = session.browser.getPage(session.id);
    page.fsCdp ??= await page.createCDPSession();
    await page.fsCdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
    return true;
  },
};

// A slow network for the layout-stability test: throughput and latency through the DevTools protocol, cache off.
const throttle = {
  name: 'throttle',
  async executeCommand({ command, payload, session }) {
    if (command !== 'throttle') return undefined;
    const page = session.browser.getPage(session.id);
    page.fsCdp ??= await page.createCDPSession();
    const on = payload !== null && payload !== undefined;
    await page.fsCdp.send('Network.enable');
    await page.fsCdp.send('Network.setCacheDisabled', { cacheDisabled: on });
    await page.fsCdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: on ? payload.latency : 0,
      downloadThroughput: on ? payload.bytesPerSecond : -1,
      uploadThroughput: on ? payload.bytesPerSecond : -1,
    });
    return true;
  },
};

// Server rendering for the hydration test: the CLI's `render`, in a process of its own (the renderer puts a DOM stand-in
// in the global scope, which the test runner's own process should not get).
const renderElement = {
  name: 'render-element',
  async executeCommand({ command, payload }) {
    if (command !== 'render-element') return undefined;
    const pairs = Object.entries(payload.attributes ?? {}).map(([name, value]) => `${name}=${value}`);
    const { stdout } = await promisify(execFile)(process.execPath, [
      'packages/cli/bin/foreldrestotte.js',
      'render',
      payload.tag,
      ...pairs,
      '--lang',
      payload.lang ?? 'nb',
    ]);
    return stdout;
  },
};

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testApi],
  plugins: [
    reactAsModule,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' }),
    forcedColors,
    visualCompare,
    throttle,
    renderElement,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { args: ['--no-sandbox', '--disable-component-update', '--disable-background-networking'] },
    }),
  ],
  reporters: [defaultReporter(), countReporter({ file: 'test/.results/browser.json' })],
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
