// Every string the elements show must exist in nynorsk and English. `npm run build` runs `lit-localize extract`
// first, so the XLIFF files list exactly the messages in the source; a message without a target fails here.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

function readUnits(locale: string): Unit[] {
  const xliff = readFileSync(join(root, 'xliff', `${locale}.xlf`), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'test' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();

const messageIds = new Set(
  sourceFiles(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/msg\([\s\S]*?\{\s*id:\s*'([^']+)'/g)].map(([, id]) => id!)),
);

describe('element translations', () => {
  it('finds the messages in the source', () => {
    assert.ok(messageIds.size > 80, `only ${messageIds.size} message ids found; is the pattern stale?`);
  });

  for (const locale of ['nn', 'en']) {
    describe(locale, () => {
      const units = readUnits(locale);
      const ids = new Set(units.map((unit) => unit.id));

      it('has a unit for every message in the source', () => {
        assert.deepEqual(
          [...messageIds].filter((id) => !ids.has(id)),
          [],
        );
      });

      // rollup.config.mjs leaves @lit/localize's hashing of message texts out of the CDN bundle: a msg() without an
      // id would fail there at run time. lit-localize gives such a message a hashed id ("s" or "h" and 16 hex digits).
      it('has an explicit id for every message', () => {
        assert.deepEqual(
          units.filter((unit) => /^[sh][0-9a-f]{16}$/.test(unit.id)).map((unit) => unit.source),
          [],
        );
      });

      it('has no unit the source no longer uses', () => {
        assert.deepEqual(
          [...ids].filter((id) => !messageIds.has(id)),
          [],
        );
      });

      it('translates every unit', () => {
        const missing = units.filter((unit) => !unit.target?.trim()).map((unit) => unit.id);
        assert.deepEqual(missing, []);
      });

      it('keeps every placeholder of the source', () => {
        const broken = units
          .filter((unit) => unit.target !== undefined)
          .filter((unit) => placeholders(unit.source).join() !== placeholders(unit.target!).join())
          .map((unit) => unit.id);
        assert.deepEqual(broken, []);
      });
    });
  }
});
