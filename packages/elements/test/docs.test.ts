// Each element's page in docs/components/ must document what custom-elements.json (read from the JSDoc headers)
// says the element has, so the two cannot drift apart. `npm run build` writes the manifest before the tests run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../..', import.meta.url).pathname;

interface Named {
  name: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}

const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
// The base class FsElement is a custom element class too, with no tag of its own.
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);

describe('component docs', () => {
  it('the manifest names every element', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'fs-measure-board',
      'fs-measure-card',
      'fs-offer-coverage',
      'fs-prevention-levels',
      'fs-programme-compare',
      'fs-programme-finder',
    ]);
  });

  for (const element of elements) {
    it(`docs/components/${element.tagName}.md documents every attribute, event, part, property and state`, () => {
      const page = join(root, 'docs/components', `${element.tagName}.md`);
      assert.ok(existsSync(page), `${page} is missing`);
      const text = readFileSync(page, 'utf8');
      const missing = [
        ...(element.attributes ?? []).map((item) => `\`${item.name}\``),
        ...(element.events ?? []).map((item) => `\`${item.name}\``),
        ...(element.cssParts ?? []).map((item) => `\`${item.name}\``),
        ...(element.cssProperties ?? []).map((item) => `\`${item.name}\``),
        ...(element.cssStates ?? []).map((item) => `\`:state(${item.name})\``),
      ].filter((needle) => !text.includes(needle));
      assert.deepEqual(missing, []);
      assert.match(text, new RegExp(`<${element.tagName}[ >]`), 'an embed snippet');
    });
  }
});
