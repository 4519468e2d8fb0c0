// The strategy's measures as lists: the report years, and the measures that match a filter (the board's).
import type { Catalogue } from '../schemas/catalogue.js';
import type { Measure, Report, Status } from '../schemas/strategy.js';
import { getLatestReport, getReport } from './measures.js';

/** Every report year in the data, oldest first. */
export function reportYears(data: Pick<Catalogue, 'measures'>): number[] {
  const years = new Set<number>();
  for (const measure of data.measures) for (const report of measure.reports) years.add(report.year);
  return [...years].sort((a, b) => a - b);
}

/** True when the report, or one of its parts, has `status`. */
export function reportHasStatus(report: Report, status: Status): boolean {
  return report.status === status || (report.parts ?? []).some((part) => part.status === status);
}

/** What {@link findMeasures} keeps: every criterion given must hold. */
export interface MeasureFilter {
  /** The focus area's id, 1–6. */
  focusArea?: number;
  /** An organisation's id (`bfd`): measures it is responsible for. */
  responsible?: string;
  /** Only measures with a report for this year; with `status`, the status in that year's report. */
  year?: number;
  /** Matches a report's status or any of its parts' (measure 8 in 2021 is partly delayed). Latest report unless `year`. */
  status?: Status;
}

/** Measures matching every given criterion, in number order. */
export function findMeasures(data: Pick<Catalogue, 'measures'>, filter: MeasureFilter = {}): Measure[] {
  return data.measures
    .filter((measure) => {
      if (filter.focusArea !== undefined && measure.focusArea !== filter.focusArea) return false;
      if (filter.responsible !== undefined && !measure.responsible.includes(filter.responsible)) return false;
      if (filter.year === undefined && filter.status === undefined) return true;
      const report = filter.year === undefined ? getLatestReport(measure) : getReport(measure, filter.year);
      if (!report) return false;
      return filter.status === undefined || reportHasStatus(report, filter.status);
    })
    .sort((a, b) => a.number - b.number);
}
