import { CatalogueValidationError, type ValidationIssue } from '../errors/errors.js';
import { toValidationIssues } from '../internal/issues.js';
import { z } from '../internal/z.js';
import { findMunicipality } from '../queries/municipalities.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import { offerSchema, type Offer } from '../schemas/offer.js';

/** An offer left out by {@link checkOffers}, with why. */
export interface RejectedOffer {
  /** Its place in the file's `offers` list, from 0. */
  index: number;
  /** Its `id`, when it has a readable one. */
  id?: string;
  /** What is wrong, with paths from the document (`offers[3].startDate`); at most 20 per offer. */
  issues: ValidationIssue[];
}

/** What {@link checkOffers} found: the offers to show, those left out, and what to fix in those kept. */
export interface OfferCheck {
  /** The valid offers, in file order. */
  offers: Offer[];
  /** The invalid offers, left out whole: nothing half-valid is shown. */
  rejected: RejectedOffer[];
  /** Problems in kept offers that do not make them wrong to show: an unknown kommunenummer, an unknown programme. */
  warnings: ValidationIssue[];
}

export interface CheckOffersOptions {
  /** What is being read, for messages: a URL, or a name such as "inline offers". */
  source?: string;
  /** The municipality register: with it, a kommunenummer it does not hold is a warning. */
  municipalities?: MunicipalityRegister;
  /** Programme ids of the catalogue: with them, an offer naming another programme gets a warning. */
  programmes?: readonly { id: string }[];
}

/** Problems kept in a `CatalogueValidationError`; `total` says how many there were. */
const MAX_ISSUES = 100;
/** Problems kept per rejected offer. */
const MAX_OFFER_ISSUES = 20;

const offersEnvelopeSchema = z.object({ offers: z.array(z.unknown()).check(z.maxLength(10_000)) });

/**
 * Checks a local-offers document (`{ "offers": [...] }`) offer by offer: valid offers are kept, invalid ones are
 * left out with their problems, so one typo does not hide a provider's other courses. Throws
 * `CatalogueValidationError` only when the document itself is unreadable (no `offers` list, too many offers).
 * A second offer with an `id` already seen is left out.
 */
export function checkOffers(data: unknown, options: CheckOffersOptions = {}): OfferCheck {
  const source = options.source ?? 'offers';
  const parsed = offersEnvelopeSchema.safeParse(data);
  if (!parsed.success) throw new CatalogueValidationError(source, toValidationIssues(parsed.error.issues));
  const result: OfferCheck = { offers: [], rejected: [], warnings: [] };
  const seen = new Set<string>();
  parsed.data.offers.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
    const at = (path: string) => (path ? `offers[${index}].${path}` : `offers[${index}]`);
    const checked = offerSchema.safeParse(item);
    if (!checked.success) {
      // One problem per field is what an editor needs ("12.01.2027" is not a date, not also out of range).
      const issues = toValidationIssues(checked.error.issues)
        .filter((issue, i, all) => all.findIndex((other) => other.path === issue.path) === i)
        .slice(0, MAX_OFFER_ISSUES);
      result.rejected.push({ index, ...(id === undefined ? {} : { id }), issues: issues.map((issue) => ({ ...issue, path: at(issue.path) })) });
      return;
    }
    const offer = checked.data;
    if (seen.has(offer.id)) {
      const issue = { path: at('id'), code: 'duplicate', message: `duplicate id ${JSON.stringify(offer.id)}` };
      result.rejected.push({ index, id: offer.id, issues: [issue] });
      return;
    }
    seen.add(offer.id);
    result.offers.push(offer);
    result.warnings.push(...offerWarnings(offer, options).map((issue) => ({ ...issue, path: at(issue.path) })));
  });
  return result;
}

function offerWarnings(offer: Offer, { municipalities, programmes }: CheckOffersOptions): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const unknown = (number: string) => municipalities !== undefined && findMunicipality(municipalities, number) === undefined;
  if (offer.municipality !== 'online' && unknown(offer.municipality)) {
    warnings.push({ path: 'municipality', code: 'unknown_municipality', message: `no municipality has the number ${JSON.stringify(offer.municipality)} in the register` });
  }
  offer.areaServed?.forEach((number, i) => {
    if (unknown(number)) warnings.push({ path: `areaServed[${i}]`, code: 'unknown_municipality', message: `no municipality has the number ${JSON.stringify(number)} in the register` });
  });
  if (programmes && offer.programme !== undefined && !programmes.some((programme) => programme.id === offer.programme)) {
    warnings.push({ path: 'programme', code: 'unknown_reference', message: `refers to unknown programme ${JSON.stringify(offer.programme)}` });
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
  if (rejected.length === 0) return offers;
  const issues = rejected.flatMap((offer) => offer.issues);
  throw new CatalogueValidationError(source, issues.slice(0, MAX_ISSUES), { total: issues.length });
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CatalogueValidationError(source, [{ path: '', code: 'invalid_json', message: 'text is not valid JSON' }]);
  }
}

/** Parses and validates a local-offers document from text, e.g. an inline `<script type="application/json">`. */
export function parseOffers(text: string, source = 'inline offers'): Offer[] {
  return validateOffers(parseJson(text, source), source);
}

/** Parses a local-offers document from text and checks it offer by offer (see {@link checkOffers}). */
export function parseAndCheckOffers(text: string, options: CheckOffersOptions = {}): OfferCheck {
  return checkOffers(parseJson(text, options.source ?? 'inline offers'), { source: 'inline offers', ...options });
}
