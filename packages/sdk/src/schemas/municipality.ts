// Norway's municipalities (kommuner): the register offers are placed by.
import { z } from '../internal/z.js';
import { dateSchema, nameSchema, paragraphSchema } from './common.js';

/** A point on the map, WGS 84. */
export interface Coordinates {
  /** Latitude, degrees north. */
  readonly lat: number;
  /** Longitude, degrees east. */
  readonly lon: number;
}

/** A municipality (kommune) of the register: number, official name(s), county and an approximate centre. */
export interface MunicipalityEntry {
  /** The four-digit kommunenummer, "1804". */
  readonly number: string;
  /** The official name as published, every official language joined by " - ": "Trondheim - Tråante". */
  readonly name: string;
  /** Each official name on its own: ["Trondheim", "Tråante"]. */
  readonly names: readonly string[];
  /** The two-digit county (fylke) number. */
  readonly county: string;
  /**
   * Roughly the middle of the municipality, for sorting by distance; not an address. In the open-data file
   * (`municipalities.json`); the embedded module that widgets load leaves it out.
   */
  readonly centre?: Coordinates;
}
/** Checks a {@link MunicipalityEntry}. */
export const municipalityEntrySchema = z.object({
  number: z.string().check(z.regex(/^\d{4}$/)),
  name: nameSchema,
  names: z.array(nameSchema).check(z.minLength(1), z.maxLength(10)),
  county: z.string().check(z.regex(/^\d{2}$/)),
  centre: z.optional(
    z.object({
      lat: z.number().check(z.minimum(57), z.maximum(72)),
      lon: z.number().check(z.minimum(4), z.maximum(32)),
    }),
  ),
});

/** Norway's municipalities on one date, with where the data comes from and its licence. */
export interface MunicipalityRegister {
  /** What the register holds. */
  readonly description: string;
  /** Where the data comes from, and its licence. */
  readonly source: string;
  /** The date the register describes: "2024-01-01". */
  readonly validFrom: string;
  /** The municipalities, by number. */
  readonly municipalities: readonly MunicipalityEntry[];
}
/** Checks a {@link MunicipalityRegister}. */
export const municipalityRegisterSchema = z.object({
  description: paragraphSchema,
  source: paragraphSchema,
  validFrom: dateSchema,
  municipalities: z.array(municipalityEntrySchema).check(z.minLength(1), z.maxLength(1000)),
});
