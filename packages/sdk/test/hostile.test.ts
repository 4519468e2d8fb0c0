// Property-based tests: the client is fed hostile JSON and must answer with validated data or a typed error,
// never crash, never echo the input, never pollute prototypes.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { catalogueSchema } from '@foreldrestotte/sdk/schemas';
import {
  createCatalogueClient,
  isCatalogueError,
  isCatalogueValidationError,
  validateOffers,
  type Catalogue,
  type CatalogueValidationError,
} from '@foreldrestotte/sdk';
import { catalogueText } from './server.js';

const MARKER = 'HOSTILE-7d1c';
const base = JSON.parse(catalogueText) as Catalogue;

function clientServing(body: string | Uint8Array<ArrayBuffer>) {
  const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
  return createCatalogueClient({ baseUrl: 'https://catalogue.example.no/', fetch, retry: 0 });
}

/** Loads `body` and checks the outcome is either fully valid data or a typed error that does not echo input. */
async function checkOutcome(body: string | Uint8Array<ArrayBuffer>): Promise<void> {
  try {
    const catalogue = await clientServing(body).catalogue();
    expect(catalogueSchema.safeParse(catalogue).success).to.equal(true);
  } catch (error) {
    expect(isCatalogueError(error), String(error)).to.equal(true);
    expect((error as Error).message).to.not.include(MARKER);
    if (isCatalogueValidationError(error)) {
      expect(error.issues.length).to.be.greaterThan(0);
      for (const issue of error.issues) expect(issue.message).to.not.include(MARKER);
    }
  }
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
}

/** Every path into a JSON value, as key arrays. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]))];
  }
  return [prefix];
}

const allPaths = paths(base).filter((path) => path.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
  return copy;
}

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constant(null),
  fc.constant(`<img src=x onerror=alert(1)>${MARKER}`),
  fc.constant(`javascript:alert('${MARKER}')`),
  fc.constant(`${MARKER}${'ø'.repeat(20_000)}`),
  fc.constant({ __proto__: { polluted: MARKER } }),
  fc.string().map((s) => `${MARKER}${s}`),
);

describe('the client under hostile JSON', () => {
  it('answers arbitrary JSON documents with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => checkOutcome(JSON.stringify(value))),
      { numRuns: 200 },
    );
  });

  it('answers a catalogue with one field replaced by a hostile value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), hostileValue, async (path, value) => {
        await checkOutcome(JSON.stringify(setAt(base, path, value)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a catalogue with one field removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), async (path) => {
        const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        if (Array.isArray(node)) node.splice(path.at(-1) as number, 1);
        else delete node[path.at(-1) as string];
        await checkOutcome(JSON.stringify(copy));
      }),
      { numRuns: 200 },
    );
  });

  it('drops __proto__ keys instead of polluting prototypes', async () => {
    const text = catalogueText.replace('"version":', `"__proto__": {"polluted": "${MARKER}"}, "version":`);
    const catalogue = await clientServing(text).catalogue();
    expect(Object.getPrototypeOf(catalogue)).to.equal(Object.prototype);
    expect((catalogue as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keeps HTML in text fields as plain text', async () => {
    const html = `<script>alert("${MARKER}")</script>`;
    const copy = structuredClone(base);
    (copy.measures[0] as { summary: { nb: string } }).summary.nb = html;
    const catalogue = await clientServing(JSON.stringify(copy)).catalogue();
    expect(catalogue.measures[0]?.summary.nb).to.equal(html);
  });

  it('refuses links other than http(s), mailto and tel', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', '//no-scheme.example']) {
      const copy = structuredClone(base);
      (copy.programmes[0] as unknown as { evidence: { url: string }[] }).evidence[0]!.url = url;
      await checkOutcome(JSON.stringify(copy));
      expect(
        await clientServing(JSON.stringify(copy))
          .catalogue()
          .catch((error: unknown) => error),
      ).to.satisfy(isCatalogueValidationError);
    }
  });

  it('answers random bytes, including invalid UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => checkOutcome(new Uint8Array(bytes))),
      { numRuns: 200 },
    );
  });
});

describe('an offers file with a flood of problems', () => {
  it('gives a CatalogueValidationError with the first 100 problems and the total, not a RangeError', () => {
    // Within every limit (10 000 offers) yet over 130 000 problems: one parse of it overflowed zod's stack.
    const broken = {
      id: 'X',
      title: {},
      provider: {},
      municipality: 'x',
      languages: [],
      price: {},
      startDate: 'no',
      endDate: 'no',
      signUpUrl: 'javascript:1',
      contact: { email: 'x', phone: 'y' },
      address: { postalCode: 'a' },
      ageRange: { min: -1, max: -2 },
    };
    const error = (() => {
      try {
        validateOffers({ offers: Array.from({ length: 10_000 }, () => broken) });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).to.satisfy(isCatalogueValidationError);
    const { issues, total, message } = error as CatalogueValidationError;
    let each = 0;
    try {
      validateOffers({ offers: [broken] });
    } catch (caught) {
      each = (caught as CatalogueValidationError).total;
    }
    expect(each).to.be.greaterThan(12);
    expect(issues).to.have.length(100);
    expect(total).to.equal(10_000 * each);
    expect(issues[0]?.path).to.equal('offers[0].id');
    expect(message).to.match(new RegExp(`^Invalid data from offers \\(${total} problems\\): .*; and ${total - 5} more$`));
  });
});
