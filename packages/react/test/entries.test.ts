// One wrapper costs one element: each entry of @foreldrestotte/react, bundled as an app's production build bundles it
// (Rollup, as Vite does; React left out), defines only its own tags and loads only their code at first.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';

const TAGS = ['fs-measure-card', 'fs-measure-board', 'fs-programme-finder', 'fs-prevention-levels', 'fs-offer-coverage', 'fs-programme-compare'];
const APP = '\0app.js';

/** What a page loads first for `entry`: the entry chunk and the chunks it imports statically (data and languages come later). */
async function bundle(entry: string): Promise<string> {
  const build = await rollup({
    input: APP,
    external: ['react', 'react-dom'],
    plugins: [
      { name: 'app', resolveId: (id) => (id === APP ? id : null), load: (id) => (id === APP ? `export * from '${entry}';` : null) },
      nodeResolve({ browser: true, rootDir: new URL('..', import.meta.url).pathname }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) if (chunks.has(imported)) visit(imported);
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry)?.fileName as string);
  return [...loaded].map((name) => chunks.get(name)?.code ?? '').join('\n');
}

/** The tags the code defines: each element module calls `define('fs-…')`. */
const defined = (code: string) => TAGS.filter((tag) => new RegExp(`\\.define\\(["']${tag}["']\\)`).test(code));

describe('@foreldrestotte/react entries', () => {
  it('defines only the measure card from @foreldrestotte/react/measure-card, at a fraction of the whole', async () => {
    const one = await bundle('@foreldrestotte/react/measure-card');
    const all = await bundle('@foreldrestotte/react');
    expect(defined(one)).to.deep.equal(['fs-measure-card']);
    expect(defined(all)).to.deep.equal(TAGS);
    expect(gzipSync(one).length).to.be.below(gzipSync(all).length * 0.6);
  });

  for (const [entry, tags] of [
    ['measure-board', ['fs-measure-card', 'fs-measure-board']],
    ['programme-finder', ['fs-programme-finder']],
    ['prevention-levels', ['fs-prevention-levels']],
    ['offer-coverage', ['fs-offer-coverage']],
    ['programme-compare', ['fs-programme-compare']],
  ] as const) {
    it(`defines ${tags.join(' and ')} from @foreldrestotte/react/${entry}`, async () => {
      expect(defined(await bundle(`@foreldrestotte/react/${entry}`))).to.deep.equal([...tags]);
    });
  }
});
