// The SDK's one cache (internal/memo.ts), against a plain model of "least recently asked forgotten first": whatever
// order keys are asked in, it makes a result only when the model has forgotten it, and gives the same result back.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { Memo } from '../src/internal/memo.js';

describe('Memo', () => {
  it('forgets the least recently asked first, and makes nothing it still keeps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), (size, asked) => {
        const memo = new Memo<number, { key: number }>(size);
        const model: number[] = [];
        for (const key of asked) {
          let made = false;
          const value = memo.get(key, (k) => {
            made = true;
            return { key: k };
          });
          const at = model.indexOf(key);
          expect(made, `key ${key} made again while kept`).to.equal(at < 0);
          expect(value.key).to.equal(key);
          if (at >= 0) model.splice(at, 1);
          model.push(key);
          if (model.length > size) model.shift();
          expect(memo.peek(key)).to.equal(value);
        }
      }),
    );
  });
});
