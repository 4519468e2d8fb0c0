import { CatalogueValidationError, type ValidationIssue } from '../errors/errors.js';
import { toValidationIssues } from '../internal/issues.js';
import { checkReferences } from '../internal/references.js';
import { z } from '../internal/z.js';
import { offerSchema, type Offer } from '../schemas/offer.js';

/**
 * Validates a local-offers document already in memory (`{ "offers": [...] }`).
 * Throws `CatalogueValidationError` naming the path of every problem; never returns part of the input.
 */
export function validateOffers(data: unknown, source = 'offers'): Offer[] {
  // Each offer is checked on its own: one parse of 10 000 broken offers would gather more issues than zod can
  // spread into one list (a RangeError), and the error keeps only the first ones anyway.
  const parsed = offersEnvelopeSchema.safeParse(data);
  if (!parsed.success) throw new CatalogueValidationError(source, toValidationIssues(parsed.error.issues));
  const envelope = parsed.data;
  const offers: Offer[] = [];
  const issues: ValidationIssue[] = [];
  let total = 0;
  envelope.offers.forEach((item, index) => {
    const result = offerSchema.safeParse(item);
    if (result.success) {
      offers.push(result.data);
      return;
    }
    const found = toValidationIssues(result.error.issues);
    total += found.length;
    for (const issue of found.slice(0, Math.max(0, MAX_ISSUES - issues.length))) {
      issues.push({ ...issue, path: issue.path ? `offers[${index}].${issue.path}` : `offers[${index}]` });
    }
  });
  if (total > 0) throw new CatalogueValidationError(source, issues, { total });
  const references = checkReferences({ offers });
  if (references.length > 0) throw new CatalogueValidationError(source, references.slice(0, MAX_ISSUES), { total: references.length });
  return offers;
}

/** Problems kept in a `CatalogueValidationError`; `total` says how many there were. */
const MAX_ISSUES = 100;

const offersEnvelopeSchema = z.object({ offers: z.array(z.unknown()).check(z.maxLength(10_000)) });

/** Parses and validates a local-offers document from text, e.g. an inline `<script type="application/json">`. */
export function parseOffers(text: string, source = 'inline offers'): Offer[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CatalogueValidationError(source, [{ path: '', code: 'invalid_json', message: 'text is not valid JSON' }]);
  }
  return validateOffers(data, source);
}
