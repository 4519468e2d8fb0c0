// The strategy «Trygge foreldre – trygge barn»: its focus areas, the bodies responsible, and its measures with their
// yearly status reports.
import { z } from '../internal/z.js';
import { idSchema, localizedTextSchema, nameSchema, sourceSchema, type LocalizedText, type Source } from './common.js';
import { organisationKinds, statuses } from './vocabulary.js';

export { organisationKinds, statuses };

/**
 * A report's status, normalised: `not-started`, `ongoing`, `on-track`, `delayed`, `deviation` or `completed`. The
 * label it was published with is kept beside it (`Report.label`).
 */
export type Status = (typeof statuses)[number];
/** Checks a {@link Status}. */
export const statusSchema = z.enum(statuses);

/** What kind of body an organisation is. */
export type OrganisationKind = (typeof organisationKinds)[number];

/** One of the strategy's six focus areas (innsatsområder). */
export interface FocusArea {
  /** 1–6, in the strategy's order. */
  readonly id: number;
  /** The heading the status report gives it. */
  readonly title: LocalizedText;
  /** What the area is about, in the project's own words. */
  readonly summary?: LocalizedText;
  /** Where the facts come from. */
  readonly sources: readonly Source[];
}
/** Checks a {@link FocusArea}. */
export const focusAreaSchema = z.object({
  id: z.int().check(z.minimum(1), z.maximum(99)),
  title: localizedTextSchema,
  summary: z.optional(localizedTextSchema),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(50)),
});

/** A ministry, directorate or agency responsible for measures. */
export interface Organisation {
  /** A short id: `bfd`, `hod`, `bufdir`. */
  readonly id: string;
  /** What kind of body it is. */
  readonly kind: OrganisationKind;
  /** Its name. */
  readonly name: LocalizedText;
  /** Its abbreviation: "BFD". */
  readonly abbreviation?: string;
  /** The names the status reports use for it, verbatim ("Helsedepartementet"). */
  readonly reportedAs: readonly string[];
}
/** Checks an {@link Organisation}. */
export const organisationSchema = z.object({
  id: idSchema,
  kind: z.enum(organisationKinds),
  name: localizedTextSchema,
  abbreviation: z.optional(nameSchema),
  reportedAs: z.array(nameSchema).check(z.maxLength(50)),
});

/** A number a report gives, with what it counts. */
export interface Figure {
  /** The number as the report prints it. */
  readonly value: number;
  /** What it counts. */
  readonly label: LocalizedText;
}
/** Checks a {@link Figure}. */
export const figureSchema = z.object({
  value: z.number().check(z.minimum(0)),
  label: localizedTextSchema,
});

/** One part of a report that gives different statuses to different pieces of work. */
export interface ReportPart {
  /** The part's status, normalised. */
  readonly status: Status;
  /** The part's status label exactly as published. */
  readonly label: string;
  /** What the part says, in the project's own words. */
  readonly summary: LocalizedText;
}
/** Checks a {@link ReportPart}. */
export const reportPartSchema = z.object({
  status: statusSchema,
  label: nameSchema,
  summary: localizedTextSchema,
});

/** One year's status report on a measure, by Bufdir. */
export interface Report {
  /** The year reported on. */
  readonly year: number;
  /** The status, normalised; for a report with parts, the least advanced part's. */
  readonly status: Status;
  /** The status label exactly as published (a report with parts joins its parts' labels with " / "). */
  readonly label: string;
  /** The parts of a report that gives different statuses to different pieces of work. */
  readonly parts?: readonly ReportPart[];
  /** The report's narrative, summarised in the project's own words. */
  readonly summary: LocalizedText;
  /** The numbers the report gives. */
  readonly figures?: readonly Figure[];
  /** The "Ansvarlig:" line of the report, verbatim. */
  readonly responsibleAsReported?: string;
  /** The report itself. */
  readonly source: Source;
}
/** Checks a {@link Report}. */
export const reportSchema = z.object({
  year: z.int().check(z.minimum(2018), z.maximum(2100)),
  status: statusSchema,
  label: nameSchema,
  parts: z.optional(z.array(reportPartSchema).check(z.minLength(2), z.maxLength(20))),
  summary: localizedTextSchema,
  figures: z.optional(z.array(figureSchema).check(z.maxLength(50))),
  responsibleAsReported: z.optional(nameSchema),
  source: sourceSchema,
});

/** One of the strategy's 34 measures (tiltak), with its status reports. */
export interface Measure {
  /** 1–34, in the strategy's order. */
  readonly number: number;
  /** Its title: the official one, or a description written for this catalogue (see `titleOfficial`). */
  readonly title: LocalizedText;
  /** False when no official title is known and the title is a description written for this catalogue. */
  readonly titleOfficial: boolean;
  /** The focus area's id (1–6). */
  readonly focusArea: number;
  /** The ids of the organisations responsible. */
  readonly responsible: readonly string[];
  /** What the measure promises, in the project's own words. */
  readonly summary: LocalizedText;
  /** Its status reports, oldest first. */
  readonly reports: readonly Report[];
  /** Where the facts come from. */
  readonly sources: readonly Source[];
}
/** Checks a {@link Measure}. */
export const measureSchema = z.object({
  number: z.int().check(z.minimum(1), z.maximum(999)),
  title: localizedTextSchema,
  titleOfficial: z.boolean(),
  focusArea: z.int().check(z.minimum(1), z.maximum(99)),
  responsible: z.array(idSchema).check(z.minLength(1), z.maxLength(20)),
  summary: localizedTextSchema,
  reports: z.array(reportSchema).check(z.maxLength(100)),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(50)),
});
