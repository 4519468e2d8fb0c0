// One measure and its reports: by number, the latest, by year. What a single measure card needs; the lists over all
// measures are in measure-lists.ts.
import type { Catalogue } from '../schemas/catalogue.js';
import type { Measure, Report } from '../schemas/strategy.js';

/** The measure with this number, or undefined. */
export function getMeasure(data: Pick<Catalogue, 'measures'>, number: number): Measure | undefined {
  return data.measures.find((measure) => measure.number === number);
}

/** The report for `year`, or undefined. */
export function getReport(measure: Measure, year: number): Report | undefined {
  return measure.reports.find((report) => report.year === year);
}

/** The most recent report, or undefined when the measure has none. */
export function getLatestReport(measure: Measure): Report | undefined {
  let latest: Report | undefined;
  for (const report of measure.reports) if (!latest || report.year > latest.year) latest = report;
  return latest;
}
