import { CatalogueValidationError, type ValidationIssue } from '../errors/errors.js';
import { toValidationIssues } from './issues.js';
import { checkReferences } from './references.js';
import type { z } from './z.js';

/**
 * Parses untrusted data with a schema and then checks its internal links.
 * Returns a fresh, fully valid value or throws `CatalogueValidationError`; never a part of the input.
 */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, source: string): z.infer<T> {
  let result: ReturnType<T['safeParse']>;
  try {
    result = schema.safeParse(data) as ReturnType<T['safeParse']>;
  } catch (error) {
    // zod gathers every problem into one list; far enough from the contract, that list overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    throw new CatalogueValidationError(source, [{ path: '', code: 'too_many_problems', message: 'more problems than can be listed: the data is far from the contract' }], { cause: error });
  }
  if (!result.success) throw capped(source, toValidationIssues(result.error.issues));
  const value = result.data as z.infer<T>;
  const issues = typeof value === 'object' && value !== null ? checkReferences(value) : [];
  if (issues.length > 0) throw capped(source, issues);
  return value;
}

/** Problems kept in a `CatalogueValidationError`; `total` says how many there were. */
const MAX_ISSUES = 100;

function capped(source: string, issues: readonly ValidationIssue[]): CatalogueValidationError {
  return new CatalogueValidationError(source, issues.slice(0, MAX_ISSUES), { total: issues.length });
}
