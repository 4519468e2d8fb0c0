// Prints the status of "Trygge foreldre – trygge barn" from the embedded catalogue, with no network.
// Usage: node examples/status-summary.mjs [--lang nb|nn|en] [--year 2020|2021]
import { parseArgs } from 'node:util';
import { loadCatalogue, localize, reportYears, statusChanges, statusSummary, statuses } from '@foreldrestotte/sdk';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'nb' }, year: { type: 'string' } } });
const locale = ['nb', 'nn', 'en'].includes(values.lang) ? values.lang : 'nb';

const words = {
  nb: {
    heading: 'Trygge foreldre – trygge barn: status',
    area: 'Innsatsområde',
    total: 'Alle',
    notReported: 'ikke rapportert',
    changes: 'Endret siden',
    none: 'Ingen endringer.',
    status: { 'not-started': 'Ikke startet', ongoing: 'Pågår', 'on-track': 'I rute', delayed: 'Forsinket', deviation: 'Avvik', completed: 'Ferdig' },
  },
  nn: {
    heading: 'Trygge foreldre – trygge barn: status',
    area: 'Innsatsområde',
    total: 'Alle',
    notReported: 'ikkje rapportert',
    changes: 'Endra sidan',
    none: 'Ingen endringar.',
    status: { 'not-started': 'Ikkje starta', ongoing: 'Pågår', 'on-track': 'I rute', delayed: 'Forseinka', deviation: 'Avvik', completed: 'Ferdig' },
  },
  en: {
    heading: 'Safe parents – safe children: status',
    area: 'Focus area',
    total: 'All',
    notReported: 'not reported',
    changes: 'Changed since',
    none: 'No changes.',
    status: { 'not-started': 'Not started', ongoing: 'Ongoing', 'on-track': 'On track', delayed: 'Delayed', deviation: 'Deviation', completed: 'Completed' },
  },
}[locale];

const catalogue = await loadCatalogue();
const years = reportYears(catalogue);
const year = values.year ? Number(values.year) : years.at(-1);
if (!years.includes(year)) {
  console.error(`No reports for ${values.year}. Years with reports: ${years.join(', ')}.`);
  process.exit(1);
}
const summary = statusSummary(catalogue, year);

const columns = statuses.map((status) => words.status[status]);
const row = (name, tally) =>
  [name.padEnd(52), ...statuses.map((status, i) => String(tally.counts[status]).padStart(columns[i].length))].join('  ') +
  (tally.notReported ? `    (${tally.notReported} ${words.notReported})` : '');

console.log(`\n${words.heading} ${year} — ${summary.reported} / ${catalogue.measures.length}\n`);
console.log([words.area.padEnd(52), ...columns].join('  '));
for (const area of summary.focusAreas) {
  const title = catalogue.focusAreas.find((candidate) => candidate.id === area.focusArea)?.title;
  console.log(row(`${area.focusArea}. ${title ? localize(title, locale) : ''}`.slice(0, 52), area));
}
console.log(row(words.total, summary));

const previous = years.filter((candidate) => candidate < year).at(-1);
if (previous !== undefined) {
  const changed = statusChanges(catalogue, previous, year).filter((change) => change.changed);
  console.log(`\n${words.changes} ${previous}:`);
  if (changed.length === 0) console.log(`  ${words.none}`);
  for (const { measure, from, to } of changed) {
    console.log(`  ${String(measure.number).padStart(2)}. ${localize(measure.title, locale)}: «${from.label}» → «${to.label}»`);
  }
}
console.log(`\n${catalogue.version} · ${catalogue.updated}\n`);
