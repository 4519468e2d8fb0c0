// `foreldrestotte render` (issue 20): an element as HTML with its shadow DOM declared and its data in it, for a CMS or
// a static site; and the Node API behind it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { run } from '@foreldrestotte/cli';
import { renderElement, styleHashes } from '@foreldrestotte/elements/ssr';

async function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The text a reader sees in rendered HTML: no tags, styles or spacing. */
const readable = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('foreldrestotte render', () => {
  it('prints a measure card in nynorsk with its declarative shadow root, its data and no loading message', async () => {
    const { code, stdout } = await cli(tmpdir(), 'render', 'fs-measure-card', 'measure=29', '--lang', 'nn');
    expect(code).to.equal(0);
    expect(stdout).to.match(/^<fs-measure-card\s+measure="29"><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(readable(stdout)).to.include('Tiltak 29 · Innsatsområde 6: Auka kompetanse og kunnskap Auke bruken av familieråd i familievernet');
    expect(readable(stdout)).to.not.include('Lastar');
    // Lit's hydration markers are left out: the HTML is the content.
    expect(stdout).to.not.match(/lit-part|<\?/);
  });

  it('writes the file whole with -o, and refuses what is not an element or an attribute', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foreldrestotte-render-'));
    expect((await cli(dir, 'render', 'fs-programme-compare', 'programmes=icdp tik', '-o', 'compare.html')).code).to.equal(0);
    expect(readable(readFileSync(join(dir, 'compare.html'), 'utf8'))).to.include('Sammenlign programmer');
    const unknown = await cli(dir, 'render', 'fs-nope');
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('No element "fs-nope": the kit\'s elements are fs-measure-card');
    expect((await cli(dir, 'render', 'fs-measure-card', 'measure')).code).to.equal(2);
    expect((await cli(dir, 'render', 'fs-measure-card', 'on click=x')).stderr).to.include('is not an attribute name');
    expect((await cli(dir, 'render', 'fs-measure-card', 'src=https://example.org/')).stderr).to.include('`src` (a remote catalogue) is read in the browser');
  });

  it('lists the finder’s programmes for staff on the page, where a reader without script can read them', async () => {
    const html = await renderElement('fs-programme-finder', {}, { lang: 'nb' });
    expect(readable(html)).to.include('For ansatte i tjenestene');
    expect(html).to.include('id="programme-tidlig-inn"');
    // No button that would need script to show them.
    expect(html).to.not.include('part="professionals-toggle"');
  });

  it('escapes attribute values, and renders languages side by side in one process', async () => {
    const [nb, en] = await Promise.all([
      renderElement('fs-programme-compare', { programmes: 'icdp', 'data-note': '"><script>alert(1)</script>' }, { lang: 'nb' }),
      renderElement('fs-programme-compare', { programmes: 'icdp' }, { lang: 'en' }),
    ]);
    expect(nb).to.include('data-note="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(nb).to.not.include('<script>');
    expect(readable(nb)).to.include('Sammenlign programmer');
    expect(readable(en)).to.include('Compare programmes');
    // The styles' hashes for a strict policy: one per distinct style sheet, as CSP writes them.
    const hashes = await styleHashes(nb);
    expect(hashes.length).to.be.greaterThan(0);
    for (const hash of hashes) expect(hash).to.match(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
