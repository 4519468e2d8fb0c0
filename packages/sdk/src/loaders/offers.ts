import { CatalogueValidationError } from '../errors/errors.js';
import { validate } from '../internal/validate.js';
import { offersFileSchema, type Offer } from '../schemas/offer.js';

/**
 * Validates a local-offers document already in memory (`{ "offers": [...] }`).
 * Throws `CatalogueValidationError` naming the path of every problem; never returns part of the input.
 */
export function validateOffers(data: unknown, source = 'offers'): Offer[] {
  return validate(offersFileSchema, data, source).offers;
}

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
