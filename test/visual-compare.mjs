// Visual regression for the browser tests: `compare-screenshot` takes a screenshot of an element in Chromium and
// compares it with the committed baseline in test/visual/ using pixelmatch.
// Tolerance (docs/testing.md): a pixel differs when pixelmatch's colour distance exceeds 0.1 (its default, which
// ignores anti-aliasing); a screenshot fails when more than 0.1 % of its pixels differ, or when its size changed.
// `npm run test:visual:update` (UPDATE_BASELINES=1) writes the baselines instead; a missing baseline fails the test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const baselines = 'test/visual';
const diffs = 'test/.results/visual';
const THRESHOLD = 0.1;
const MAX_SHARE = 0.001;

export const visualCompare = {
  name: 'visual-compare',
  async executeCommand({ command, payload, session }) {
    if (command !== 'compare-screenshot') return undefined;
    const { name, selector, maxHeight } = payload;
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`compare-screenshot: bad name ${name}`);
    const page = session.browser.getPage(session.id);
    const box = await (await page.$(selector))?.boundingBox();
    if (!box) throw new Error(`compare-screenshot: ${selector} is not on the page`);
    const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(Math.min(box.height, maxHeight ?? box.height)) };
    const actual = PNG.sync.read(Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true })));
    const file = `${baselines}/${name}.png`;
    if (process.env.UPDATE_BASELINES) {
      mkdirSync(baselines, { recursive: true });
      writeFileSync(file, PNG.sync.write(actual));
      return { ok: true, updated: true };
    }
    if (!existsSync(file)) return { ok: false, reason: `no baseline ${file}: run npm run test:visual:update and look at it` };
    const expected = PNG.sync.read(readFileSync(file));
    if (expected.width !== actual.width || expected.height !== actual.height) {
      mkdirSync(diffs, { recursive: true });
      writeFileSync(`${diffs}/${name}-actual.png`, PNG.sync.write(actual));
      return { ok: false, reason: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}` };
    }
    const diff = new PNG({ width: actual.width, height: actual.height });
    const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
    const share = differing / (actual.width * actual.height);
    if (share <= MAX_SHARE) return { ok: true, differing };
    mkdirSync(diffs, { recursive: true });
    writeFileSync(`${diffs}/${name}-diff.png`, PNG.sync.write(diff));
    writeFileSync(`${diffs}/${name}-actual.png`, PNG.sync.write(actual));
    return { ok: false, reason: `${differing} pixels (${(share * 100).toFixed(2)} %) differ; see ${diffs}/${name}-diff.png` };
  },
};
