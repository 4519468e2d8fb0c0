import { z } from '../internal/z.js';
import { idSchema, localizedTextSchema, nameSchema, sourceSchema } from './common.js';
import { organisationKinds, statuses } from './vocabulary.js';

export { organisationKinds, statuses };

export const statusSchema = z.enum(statuses);
export type Status = z.infer<typeof statusSchema>;

export const focusAreaSchema = z.object({
  /** 1–6, in the strategy's order. */
  id: z.int().check(z.minimum(1), z.maximum(99)),
  title: localizedTextSchema,
  summary: z.optional(localizedTextSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  kind: z.enum(organisationKinds),
  name: localizedTextSchema,
  abbreviation: z.optional(nameSchema),
  /** The names the status reports use for it, verbatim ("Helsedepartementet"). */
  reportedAs: z.array(nameSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const figureSchema = z.object({
  value: z.number().check(z.minimum(0)),
  label: localizedTextSchema,
});
export type Figure = z.infer<typeof figureSchema>;

/** One part of a report that gives different statuses to different pieces of work. */
export const reportPartSchema = z.object({
  status: statusSchema,
  label: nameSchema,
  summary: localizedTextSchema,
});
export type ReportPart = z.infer<typeof reportPartSchema>;

export const reportSchema = z.object({
  year: z.int().check(z.minimum(2018), z.maximum(2100)),
  status: statusSchema,
  /** The status label exactly as published (a report with parts joins its parts' labels with " / "). */
  label: nameSchema,
  parts: z.optional(z.array(reportPartSchema).check(z.minLength(2))),
  /** The report's narrative, summarised in the project's own words. */
  summary: localizedTextSchema,
  figures: z.optional(z.array(figureSchema)),
  /** The "Ansvarlig:" line of the report, verbatim. */
  responsibleAsReported: z.optional(nameSchema),
  source: sourceSchema,
});
export type Report = z.infer<typeof reportSchema>;

export const measureSchema = z.object({
  number: z.int().check(z.minimum(1), z.maximum(999)),
  title: localizedTextSchema,
  /** False when no official title is known and the title is a description written for this catalogue. */
  titleOfficial: z.boolean(),
  focusArea: z.int().check(z.minimum(1), z.maximum(99)),
  /** Organisation ids. */
  responsible: z.array(idSchema).check(z.minLength(1)),
  /** What the measure promises, in the project's own words. */
  summary: localizedTextSchema,
  /** Oldest first. */
  reports: z.array(reportSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type Measure = z.infer<typeof measureSchema>;
