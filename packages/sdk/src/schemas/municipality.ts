import { z } from '../internal/z.js';
import { dateSchema, nameSchema, paragraphSchema } from './common.js';

/** A municipality (kommune) of the register: number, official name(s), county and an approximate centre. */
export const municipalityEntrySchema = z.object({
  /** The four-digit kommunenummer, "1804". */
  number: z.string().check(z.regex(/^\d{4}$/)),
  /** The official name as published, every official language joined by " - ": "Trondheim - Tråante". */
  name: nameSchema,
  /** Each official name on its own: ["Trondheim", "Tråante"]. */
  names: z.array(nameSchema).check(z.minLength(1)),
  /** The two-digit county (fylke) number. */
  county: z.string().check(z.regex(/^\d{2}$/)),
  /**
   * Roughly the middle of the municipality (WGS 84), for sorting by distance; not an address. In the open-data file
   * (`municipalities.json`); the embedded module that widgets load leaves it out.
   */
  centre: z.optional(z.object({
    lat: z.number().check(z.minimum(57), z.maximum(72)),
    lon: z.number().check(z.minimum(4), z.maximum(32)),
  })),
});
export type MunicipalityEntry = z.infer<typeof municipalityEntrySchema>;

/** Norway's municipalities on one date, with where the data comes from and its licence. */
export const municipalityRegisterSchema = z.object({
  description: paragraphSchema,
  source: paragraphSchema,
  validFrom: dateSchema,
  municipalities: z.array(municipalityEntrySchema).check(z.minLength(1), z.maxLength(1000)),
});
export type MunicipalityRegister = z.infer<typeof municipalityRegisterSchema>;
