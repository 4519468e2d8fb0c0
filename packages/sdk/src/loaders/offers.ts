import { CatalogueValidationError, type ValidationIssue } from '../errors/errors.js';
import { pastBounds, type Bounds } from '../internal/bounds.js';
import { firstPerPath, toValidationIssues } from '../internal/issues.js';
import { MAX_ISSUES, safeParse, tooManyProblems } from '../internal/validate.js';
import { z } from '../internal/z.js';
import { getMunicipality } from '../queries/municipalities.js';
import { MAX_TEXT } from '../schemas/common.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import { OFFER_LIMITS, offerSchema, type Offer } from '../schemas/offer.js';

/** An offer left out by {@link checkOffers}, with why. */
export interface RejectedOffer {
  /** Its place in the file's `offers` list, from 0. */
  readonly index: number;
  /** Its `id`, when it has a readable one. */
  readonly id?: string;
  /** What is wrong, with paths from the document (`offers[3].startDate`); at most 20 per offer, one per field. */
  readonly issues: readonly ValidationIssue[];
}

/** What {@link checkOffers} found: the offers to show, those left out, and what to fix in those kept. */
export interface OfferCheck {
  /** The valid offers, in file order. */
  readonly offers: readonly Offer[];
  /** The invalid offers, left out whole: nothing half-valid is shown. */
  readonly rejected: readonly RejectedOffer[];
  /** Problems in kept offers that do not make them wrong to show: an unknown kommunenummer, an unknown programme. */
  readonly warnings: readonly ValidationIssue[];
}

/** What {@link checkOffers} may compare the offers with. */
export interface CheckOffersOptions {
  /** What is being read, for messages: a URL, or a name such as "inline offers". */
  source?: string;
  /** The municipality register: with it, a kommunenummer it does not hold is a warning. */
  municipalities?: MunicipalityRegister;
  /** Programme ids of the catalogue: with them, an offer naming another programme gets a warning. */
  programmes?: readonly { readonly id: string }[];
}

/** Problems kept per rejected offer. */
const MAX_OFFER_ISSUES = 20;

/** What one offer may hold before the schema looks at it: its largest list is `areaServed`, its longest text 4 000. */
const OFFER_BOUNDS: Bounds = { items: 1_000, characters: MAX_TEXT * 2, depth: 8 };

const offersEnvelopeSchema = z.object({ offers: z.array(z.unknown()) });

/**
 * Checks a local-offers document (`{ "offers": [...] }`) offer by offer: valid offers are kept, invalid ones are
 * left out with their problems, so one typo does not hide a provider's other courses. Throws
 * `CatalogueValidationError` only when the document itself is unreadable (no `offers` list, too many offers).
 * A second offer with an `id` already seen is left out.
 */
export function checkOffers(data: unknown, options: CheckOffersOptions = {}): OfferCheck {
  const source = options.source ?? 'offers';
  // The envelope only: its items are checked one by one below, so a bad one costs only itself.
  const items =
    typeof data === 'object' && data !== null && Array.isArray((data as { offers?: unknown }).offers) ? (data as { offers: unknown[] }).offers : undefined;
  if (!items) {
    // Not an offers document: its shape is all there is to say (`offers: expected array`).
    const parsed = offersEnvelopeSchema.safeParse(data);
    throw new CatalogueValidationError(source, parsed.success ? [] : toValidationIssues(parsed.error.issues).slice(0, MAX_ISSUES));
  }
  if (items.length > OFFER_LIMITS.offers) {
    const bound = OFFER_LIMITS.offers;
    throw new CatalogueValidationError(source, [
      { path: 'offers', code: 'too_big', message: `expected at most ${bound} items`, params: { origin: 'array', bound } },
    ]);
  }
  const offers: Offer[] = [];
  const rejected: RejectedOffer[] = [];
  const warnings: ValidationIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const raw = (item as { id?: unknown } | null)?.id;
    const id = typeof raw === 'string' && raw.length <= 80 ? raw : undefined;
    const at = (path: string) => (path ? `offers[${index}].${path}` : `offers[${index}]`);
    const reject = (issues: readonly ValidationIssue[]) =>
      rejected.push({ index, ...(id === undefined ? {} : { id }), issues: issues.map((issue) => ({ ...issue, path: at(issue.path) })) });
    let checked: ReturnType<typeof safeParse<typeof offerSchema>>;
    try {
      const past = pastBounds(item, OFFER_BOUNDS, '');
      if (past) return reject([past]);
      checked = safeParse(offerSchema, item);
    } catch (error) {
      // Whatever overflows while one offer is read stays with that offer.
      if (error instanceof RangeError) return reject([tooManyProblems]);
      throw error;
    }
    if (checked instanceof Error) return reject([tooManyProblems]);
    if (!checked.success) return reject(firstPerPath(toValidationIssues(checked.error.issues), MAX_OFFER_ISSUES));
    const offer = checked.data as Offer;
    if (seen.has(offer.id))
      return reject([{ path: 'id', code: 'duplicate', message: `duplicate id ${JSON.stringify(offer.id)}`, params: { field: 'id', value: offer.id } }]);
    seen.add(offer.id);
    offers.push(offer);
    for (const issue of offerWarnings(offer, options)) warnings.push({ ...issue, path: at(issue.path) });
  });
  return { offers, rejected, warnings };
}

function offerWarnings(offer: Offer, { municipalities, programmes }: CheckOffersOptions): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const unknown = (number: string) => municipalities !== undefined && getMunicipality(municipalities, number) === undefined;
  const unknownMunicipality = (path: string, number: string): ValidationIssue => ({
    path,
    code: 'unknown_municipality',
    message: `no municipality has the number ${JSON.stringify(number)} in the register`,
    params: { value: number },
  });
  if (offer.municipality !== 'online' && unknown(offer.municipality)) warnings.push(unknownMunicipality('municipality', offer.municipality));
  offer.areaServed?.forEach((number, i) => {
    if (unknown(number)) warnings.push(unknownMunicipality(`areaServed[${i}]`, number));
  });
  if (programmes && offer.programme !== undefined && !programmes.some((programme) => programme.id === offer.programme)) {
    warnings.push({
      path: 'programme',
      code: 'unknown_reference',
      message: `refers to unknown programme ${JSON.stringify(offer.programme)}`,
      params: { what: 'programme', value: offer.programme },
    });
  }
  return warnings;
}

/**
 * Validates a local-offers document already in memory (`{ "offers": [...] }`), all or nothing.
 * Throws `CatalogueValidationError` naming the path of every problem (the first 100, with the total); never returns
 * part of the input. To show the valid offers of a file with some broken ones, use {@link checkOffers}.
 */
export function validateOffers(data: unknown, source = 'offers'): Offer[] {
  const { offers, rejected } = checkOffers(data, { source });
  if (rejected.length === 0) return [...offers];
  const issues = rejected.flatMap((offer) => offer.issues);
  throw new CatalogueValidationError(source, issues.slice(0, MAX_ISSUES), { total: issues.length });
}

/**
 * Parses JSON text, such as an inline `<script type="application/json">` or a file's contents, for
 * {@link checkOffers} or {@link validateCatalogue}; text that is not JSON throws `CatalogueValidationError` with the
 * code `invalid_json`.
 */
export function parseJson(text: string, source = 'inline JSON'): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CatalogueValidationError(source, [{ path: '', code: 'invalid_json', message: 'text is not valid JSON' }]);
  }
}
