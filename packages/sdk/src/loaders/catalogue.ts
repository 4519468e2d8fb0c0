import { validate } from '../internal/validate.js';
import { catalogueSchema, type Catalogue } from '../schemas/catalogue.js';

/**
 * Validates a whole catalogue already in memory: every field, and every link between records.
 * Returns a fresh copy or throws `CatalogueValidationError` with the path of each problem.
 */
export function validateCatalogue(data: unknown, source = 'catalogue'): Catalogue {
  return validate(catalogueSchema, data, source);
}
