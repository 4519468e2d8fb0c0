import { CatalogueValidationError, type ValidationIssue } from '../errors/errors.js';
import { pastBounds, type Bounds } from './bounds.js';
import { toValidationIssues } from './issues.js';
import { checkReferences } from './references.js';
import type { z } from './z.js';

/** Problems kept in a `CatalogueValidationError`; `total` says how many there were. */
export const MAX_ISSUES = 100;

/** What a whole catalogue may hold before the schema looks at it: well above the national catalogue's size. */
const CATALOGUE_BOUNDS: Bounds = { items: 10_000, characters: 100_000, depth: 16 };

/**
 * Parses untrusted data with a schema and then checks its internal links.
 * Returns a fresh, fully valid value or throws `CatalogueValidationError`; never a part of the input.
 */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, source: string): z.infer<T> {
  const past = pastBounds(data, CATALOGUE_BOUNDS, '');
  if (past) throw new CatalogueValidationError(source, [past]);
  const result = safeParse(schema, data);
  if (result instanceof Error) {
    throw new CatalogueValidationError(source, [tooManyProblems], { cause: result });
  }
  if (!result.success) throw capped(source, toValidationIssues(result.error.issues));
  const value = result.data as z.infer<T>;
  const issues = typeof value === 'object' && value !== null ? checkReferences(value) : [];
  if (issues.length > 0) throw capped(source, issues);
  return value;
}

export const tooManyProblems: ValidationIssue = {
  path: '',
  code: 'too_many_problems',
  message: 'more problems than can be listed: the data is far from the contract',
};

/**
 * `schema.safeParse(data)`, reporting missing fields as such, or the `RangeError` that zod's gathering of a vast number
 * of problems can end in: the caller decides what one bad record costs.
 */
export function safeParse<T extends z.ZodMiniType>(schema: T, data: unknown): ReturnType<T['safeParse']> | RangeError {
  try {
    return schema.safeParse(data, { reportInput: true }) as ReturnType<T['safeParse']>;
  } catch (error) {
    if (error instanceof RangeError) return error;
    throw error;
  }
}

function capped(source: string, issues: readonly ValidationIssue[]): CatalogueValidationError {
  return new CatalogueValidationError(source, issues.slice(0, MAX_ISSUES), { total: issues.length });
}
