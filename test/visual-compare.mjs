// Visual regression for the browser tests: `compare-screenshot` takes a screenshot of an element in Chromium and
// compares it with the committed baseline in test/visual/ using pixelmatch.
// Tolerance (docs/testing.md): a pixel differs when pixelmatch's colour distance exceeds 0.1 (its default, which
// ignores anti-aliasing); a screenshot fails when more than 0.1 % of its pixels differ, or when its size changed.
//
// Pixels hold only for the browser and fonts they were made with (test/visual/versions.json). On another Chromium or
// another set of fonts, a Debian update say, the test says so and compares what still holds instead: the boxes of the
// element's parts (within a few pixels), their colours, and the contrast of their text (test/visual/<name>.json).
// `npm run test:visual:update` (UPDATE_BASELINES=1) remakes the images, the layouts and versions.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const baselines = 'test/visual';
const diffs = 'test/.results/visual';
const THRESHOLD = 0.1;
const MAX_SHARE = 0.001;
/** How far a part's box may move or grow on another browser or fonts, in CSS pixels, and as a share of its size. */
const BOX_SLACK = { px: 6, share: 0.08 };

/** The browser and the fonts the screenshots are made with. */
async function versions(page) {
  let fonts;
  try {
    fonts = execFileSync('fc-list', ['--format', '%{family}|%{style}|%{fontversion}\n'], { encoding: 'utf8' }).split('\n').sort().join('\n');
  } catch {
    fonts = 'fc-list not available';
  }
  return { browser: await page.browser().version(), fonts: createHash('sha256').update(fonts).digest('hex').slice(0, 16) };
}

let current;
let said = false;

/**
 * What holds across browsers: for each part, heading, control and link in the element's shadow root (in document
 * order), its box relative to the element, its colours, and for text the contrast against the colour behind it.
 */
function layoutOf(selector) {
  const host = document.querySelector(selector);
  const origin = host.getBoundingClientRect();
  const parse = (colour) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (value) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const behind = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return parse(getComputedStyle(document.body).backgroundColor);
  };
  const parts = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('[part], [role="heading"], button, a, input, select, th, mark')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.top - origin.top > 900) continue;
      const style = getComputedStyle(element);
      const text = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      const [l1, l2] = [luminance(parse(style.color)), luminance(behind(element))].sort((a, b) => b - a);
      parts.push({
        what: `${element.localName}${element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''}`,
        box: [rect.left - origin.left, rect.top - origin.top, rect.width, rect.height].map((value) => Math.round(value)),
        color: style.color,
        background: style.backgroundColor,
        ...(text ? { contrast: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100 } : {}),
      });
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  return parts;
}

function compareLayouts(expected, actual) {
  const problems = [];
  if (expected.length !== actual.length) problems.push(`${actual.length} parts, baseline ${expected.length}`);
  expected.slice(0, actual.length).forEach((part, i) => {
    const now = actual[i];
    if (now.what !== part.what) return problems.push(`part ${i}: ${now.what}, baseline ${part.what}`);
    const moved = part.box.some((value, k) => Math.abs(value - now.box[k]) > Math.max(BOX_SLACK.px, Math.abs(value) * BOX_SLACK.share));
    if (moved) problems.push(`${part.what} at ${now.box.join(',')}, baseline ${part.box.join(',')}`);
    if (now.color !== part.color || now.background !== part.background)
      problems.push(`${part.what} coloured ${now.color} on ${now.background}, baseline ${part.color} on ${part.background}`);
    if (now.contrast !== undefined && now.contrast < Math.min(4.5, part.contrast ?? 4.5)) problems.push(`${part.what} contrast ${now.contrast}`);
  });
  return problems.slice(0, 5);
}

export const visualCompare = {
  name: 'visual-compare',
  async executeCommand({ command, payload, session }) {
    if (command !== 'compare-screenshot') return undefined;
    const { name, selector, maxHeight } = payload;
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`compare-screenshot: bad name ${name}`);
    const page = session.browser.getPage(session.id);
    current ??= await versions(page);
    const box = await (await page.$(selector))?.boundingBox();
    if (!box) throw new Error(`compare-screenshot: ${selector} is not on the page`);
    const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(Math.min(box.height, maxHeight ?? box.height)) };
    const actual = PNG.sync.read(Buffer.from(await page.screenshot({ clip, captureBeyondViewport: true })));
    const layout = await page.evaluate(layoutOf, selector);
    const file = `${baselines}/${name}.png`;
    const layoutFile = `${baselines}/${name}.json`;
    const versionsFile = `${baselines}/versions.json`;
    if (process.env.UPDATE_BASELINES) {
      mkdirSync(baselines, { recursive: true });
      writeFileSync(file, PNG.sync.write(actual));
      writeFileSync(layoutFile, `${JSON.stringify(layout)}\n`);
      writeFileSync(versionsFile, `${JSON.stringify(current, null, 2)}\n`);
      return { ok: true, updated: true };
    }
    if (!existsSync(file) || !existsSync(layoutFile)) return { ok: false, reason: `no baseline ${file}: run npm run test:visual:update and look at it` };
    const made = existsSync(versionsFile) ? JSON.parse(readFileSync(versionsFile, 'utf8')) : {};
    if (made.browser !== current.browser || made.fonts !== current.fonts) {
      if (!said) {
        said = true;
        console.log(
          `Visual baselines were made with ${made.browser} (fonts ${made.fonts}); this is ${current.browser} (fonts ${current.fonts}). ` +
            'Comparing layout boxes, colours and contrast instead of pixels; `npm run test:visual:update` remakes the images.',
        );
      }
      const problems = compareLayouts(JSON.parse(readFileSync(layoutFile, 'utf8')), layout);
      return problems.length ? { ok: false, reason: `layout: ${problems.join('; ')}` } : { ok: true, byLayout: true };
    }
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
