// The CDN bundle a page loads holds only what runs in the browser: server rendering (@lit-labs/ssr, its HTML parser,
// this package's ssr entry) stays in Node (issue 20, "nothing server-side enters the browser bundle"). Read from the
// bundle's source maps, which name every module that went into each file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';

const cdn = new URL('../cdn/', import.meta.url).pathname;
const files = [cdn, join(cdn, 'chunks')].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(folder, name)),
);
const sources = new Set(files.flatMap((file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources));

describe('the CDN bundle', () => {
  it('is made of the browser modules: Lit, the elements and the SDK', () => {
    expect(files.length).to.be.greaterThan(10);
    const all = [...sources];
    expect(all.some((source) => source.includes('node_modules/lit-html/lit-html.js'))).to.equal(true);
    expect(all.some((source) => source.endsWith('dist/components/measure-card/measure-card.js'))).to.equal(true);
    expect(all.some((source) => source.includes('sdk/dist/'))).to.equal(true);
  });

  it('holds nothing server-side', () => {
    const serverSide = [...sources].filter((source) => /@lit-labs\/ssr|node_modules\/parse5|elements\/dist\/ssr|\/ssr\/|node:/.test(source));
    expect(serverSide).to.deep.equal([]);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.to.match(/from\s*["']node:|import\(["']node:/);
  });
});
