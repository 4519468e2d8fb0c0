import type { Catalogue } from '../schemas/catalogue.js';
import type { Measure, Report, Status } from '../schemas/strategy.js';
import { statuses } from '../schemas/vocabulary.js';
import { reportYears } from './measure-lists.js';
import { getReport } from './measures.js';

// Counts of the measures' statuses for a year, and what changed between two years.

/** How many reports have each status. */
export type StatusCounts = Record<Status, number>;

/** How the measures of a year, or of one focus area, stand. */
export interface StatusTally {
  /** Measures that have a report this year. */
  reported: number;
  /** Measures without a report this year. */
  notReported: number;
  /** Reports per status (a report with parts counts once, under its overall status). */
  counts: StatusCounts;
}

/** {@link statusSummary}'s answer: the year's tally in all and per focus area. */
export interface StatusSummary extends StatusTally {
  /** The year counted. */
  year: number;
  /** The tally of each focus area, in the catalogue's order. */
  focusAreas: (StatusTally & { /** The focus area's id. */ focusArea: number })[];
}

function emptyTally(): StatusTally {
  return { reported: 0, notReported: 0, counts: Object.fromEntries(statuses.map((s) => [s, 0])) as StatusCounts };
}

function add(tally: StatusTally, report: Report | undefined): void {
  if (!report) {
    tally.notReported += 1;
    return;
  }
  tally.reported += 1;
  tally.counts[report.status] += 1;
}

/**
 * Counts per status, in all and per focus area, for one report year (default: the latest).
 * Focus areas come in the catalogue's order, or by number when the data has none.
 */
export function statusSummary(data: Pick<Catalogue, 'measures'> & Partial<Pick<Catalogue, 'focusAreas'>>, year?: number): StatusSummary {
  const reportYear = year ?? reportYears(data).at(-1);
  if (reportYear === undefined) throw new RangeError('statusSummary: the data has no reports');
  const total = emptyTally();
  const areaIds = data.focusAreas?.map((area) => area.id) ?? [...new Set(data.measures.map((m) => m.focusArea))].sort((a, b) => a - b);
  const byArea = new Map(areaIds.map((id) => [id, emptyTally()]));
  for (const measure of data.measures) {
    const report = getReport(measure, reportYear);
    add(total, report);
    const area = byArea.get(measure.focusArea);
    if (area) add(area, report);
  }
  return {
    year: reportYear,
    ...total,
    focusAreas: areaIds.map((id) => ({ focusArea: id, ...(byArea.get(id) as StatusTally) })),
  };
}

/** A measure's reports in two years. */
export interface StatusChange {
  /** The measure. */
  measure: Measure;
  /** Its report in the earlier year. */
  from: Report;
  /** Its report in the later year. */
  to: Report;
  /** True when the normalised status changed. */
  changed: boolean;
}

/** For every measure reported in both years, its two reports; `changed` marks a different status. */
export function statusChanges(data: Pick<Catalogue, 'measures'>, fromYear: number, toYear: number): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const measure of data.measures) {
    const from = getReport(measure, fromYear);
    const to = getReport(measure, toYear);
    if (from && to) changes.push({ measure, from, to, changed: from.status !== to.status });
  }
  return changes.sort((a, b) => a.measure.number - b.measure.number);
}
