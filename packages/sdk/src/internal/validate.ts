import { CatalogueValidationError } from '../errors/errors.js';
import { toValidationIssues } from './issues.js';
import { checkReferences } from './references.js';
import type { z } from './z.js';

/**
 * Parses untrusted data with a schema and then checks its internal links.
 * Returns a fresh, fully valid value or throws `CatalogueValidationError`; never a part of the input.
 */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, source: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new CatalogueValidationError(source, toValidationIssues(result.error.issues));
  const value = result.data as z.infer<T>;
  const issues = typeof value === 'object' && value !== null ? checkReferences(value) : [];
  if (issues.length > 0) throw new CatalogueValidationError(source, issues);
  return value;
}
