// `foreldrestotte offers coverage`: the municipality's tiltaksvifte for a planner, from its offers files. Text for a plan
// document, CSV that opens in Excel (semicolons, UTF-8 with a byte-order mark), or the SDK's result as JSON with offers
// and programmes by id.
import { AGE_BANDS, localize, type CountyCoverage, type Locale, type OfferCoverage, type PreventionLevelId } from '@foreldrestotte/sdk';
import { shown, type Language } from './messages.js';

const LEVELS: Record<PreventionLevelId, Record<Language, string>> = {
  universal: { nb: 'For alle (universelt)', nn: 'For alle (universelt)', en: 'For everyone (universal)' },
  selective: { nb: 'For familier med risiko (selektivt)', nn: 'For familiar med risiko (selektivt)', en: 'For families at risk (selective)' },
  indicated: { nb: 'For familier med vansker (indikativt)', nn: 'For familiar med vanskar (indikativt)', en: 'For families with difficulties (indicated)' },
};

const WORDS = {
  title: { nb: 'Tiltaksvifte for {name}', nn: 'Tiltaksvifte for {name}', en: 'Parent support in {name}: levels and ages covered' },
  asOf: { nb: 'Tilbud som ikke er avsluttet per {date}.', nn: 'Tilbod som ikkje er avslutta per {date}.', en: 'Offers not ended by {date}.' },
  summary: {
    nb: '{covered} av {cells} felt har minst ett tilbud.',
    nn: '{covered} av {cells} felt har minst eitt tilbod.',
    en: '{covered} of {cells} cells have at least one offer.',
  },
  noneForBand: { nb: 'Ingen tilbud for {band}.', nn: 'Ingen tilbod for {band}.', en: 'No offer for {band}.' },
  noneForLevel: { nb: 'Ingen tilbud på nivået {level}.', nn: 'Ingen tilbod på nivået {level}.', en: 'No offer at the level {level}.' },
  gap: { nb: 'ingen tilbud', nn: 'ingen tilbod', en: 'no offer' },
  gaps: {
    nb: 'Hull, og programmer i katalogen som kan fylle dem',
    nn: 'Hol, og program i katalogen som kan fylle dei',
    en: 'Gaps, and catalogue programmes that could fill them',
  },
  suggest: { nb: 'kan fylles av: {names}', nn: 'kan fyllast av: {names}', en: 'could be filled by: {names}' },
  nothing: { nb: 'katalogen har ikke noe program for dette', nn: 'katalogen har ikkje noko program for dette', en: 'the catalogue has no programme for this' },
  staff: { nb: 'for ansatte: {names}', nn: 'for tilsette: {names}', en: 'for staff: {names}' },
  online: { nb: 'På nett, for hele landet: {count}', nn: 'På nett, for heile landet: {count}', en: 'Online, for the whole country: {count}' },
  unplaced: { nb: 'Kunne ikke plasseres', nn: 'Kunne ikkje plasserast', en: 'Could not be placed' },
  noLevels: {
    nb: 'oppgir ikke nivå, og har ikke noe program i katalogen',
    nn: 'oppgir ikkje nivå, og har ikkje noko program i katalogen',
    en: 'states no level, and has no catalogue programme',
  },
  noAges: {
    nb: 'oppgir ikke alder, og programmet har ingen',
    nn: 'oppgir ikkje alder, og programmet har ingen',
    en: 'states no ages, and its programme has none',
  },
  limits: {
    nb: 'Tilbud er ikke behov: et felt med tilbud kan ha for få plasser, og et tomt felt trenger ikke være et hull i deres kommune.',
    nn: 'Tilbod er ikkje behov: eit felt med tilbod kan ha for få plassar, og eit tomt felt treng ikkje vere eit hol i dykkar kommune.',
    en: 'Offers are not need: a covered cell may have too few places, and an empty one need not be a gap in your municipality.',
  },
  level: { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  countyTitle: {
    nb: 'Tiltaksvifte i fylke {county}: {count} kommuner, flest hull først',
    nn: 'Tiltaksvifte i fylke {county}: {count} kommunar, flest hol først',
    en: 'Parent support in county {county}: {count} municipalities, most gaps first',
  },
  countyHow: {
    nb: 'For hvert nivå: hvor mange av de {bands} aldersgruppene (gravide, 0–2, 3–5, 6–12, 13–18 år) som har minst ett tilbud.',
    nn: 'For kvart nivå: kor mange av dei {bands} aldersgruppene (gravide, 0–2, 3–5, 6–12, 13–18 år) som har minst eitt tilbod.',
    en: 'For each level: how many of the {bands} age groups (expecting, 0–2, 3–5, 6–12, 13–18 years) have at least one offer.',
  },
  municipalityColumn: { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
  gapsColumn: { nb: 'Felt uten tilbud', nn: 'Felt utan tilbod', en: 'Cells without offer' },
  offersColumn: { nb: 'Tilbud', nn: 'Tilbod', en: 'Offers' },
  unplacedColumn: { nb: 'Ikke plassert', nn: 'Ikkje plassert', en: 'Not placed' },
} satisfies Record<string, Record<Language, string>>;

/** The levels' short names, for column headers. */
const LEVEL_COLUMNS: Record<PreventionLevelId, Record<Language, string>> = {
  universal: { nb: 'Universelt', nn: 'Universelt', en: 'Universal' },
  selective: { nb: 'Selektivt', nn: 'Selektivt', en: 'Selective' },
  indicated: { nb: 'Indikativt', nn: 'Indikativt', en: 'Indicated' },
};

/**
 * The counties (fylker) from 1 January 2024, by number, with their Norwegian names: Statistics Norway's classification
 * of counties (KLASS 104), valid from 2024-01-01. The municipality register holds the numbers only.
 */
const COUNTIES: Readonly<Record<string, string>> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

const say = (id: keyof typeof WORDS, language: Language, values: Record<string, string | number> = {}) =>
  WORDS[id][language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? shown(values[key] as string | number) : whole));

const nameOf = (coverage: OfferCoverage) => ('name' in coverage.municipality ? coverage.municipality.name : coverage.municipality.number);
const bandLabel = (id: string, language: Locale) => localize(AGE_BANDS.find((band) => band.id === id)?.label ?? { nb: id }, language);

/** The bands and levels without any offer, for the summary line. */
function emptiness(coverage: OfferCoverage) {
  const empty = (cells: OfferCoverage['cells']) => cells.every((cell) => cell.offers.length === 0);
  return {
    bands: coverage.bands.filter((band) => empty(coverage.cells.filter((cell) => cell.band === band.id))).map((band) => band.id),
    levels: coverage.levels.filter((level) => empty(coverage.cells.filter((cell) => cell.level === level))),
  };
}

/** A readable report for a plan document: the municipality, the grid, the gaps with suggestions, and what was left out. */
export function coverageText(coverage: OfferCoverage, language: Language): string {
  const covered = coverage.cells.filter((cell) => cell.offers.length > 0).length;
  const { bands, levels } = emptiness(coverage);
  const lines = [
    say('title', language, { name: nameOf(coverage) }),
    say('asOf', language, { date: coverage.today }),
    '',
    [
      say('summary', language, { covered, cells: coverage.cells.length }),
      ...bands.map((band) => say('noneForBand', language, { band: bandLabel(band, language) })),
      ...levels.map((level) => say('noneForLevel', language, { level: LEVELS[level][language] })),
    ].join(' '),
    '',
  ];
  // The grid: one block per level, a line per band with the offers' titles or "no offer".
  for (const level of coverage.levels) {
    lines.push(LEVELS[level][language]);
    for (const band of coverage.bands) {
      const cell = coverage.cells.find((candidate) => candidate.level === level && candidate.band === band.id);
      const offers = cell?.offers.map((offer) => `${localize(offer.title, language)} (${offer.provider.name})`) ?? [];
      lines.push(`  ${localize(band.label, language)}: ${offers.length ? offers.map((offer) => shown(offer)).join('; ') : `– ${say('gap', language)}`}`);
    }
    lines.push('');
  }
  const gaps = coverage.cells.filter((cell) => cell.offers.length === 0);
  if (gaps.length) {
    lines.push(say('gaps', language));
    for (const cell of gaps) {
      const names = (list: typeof cell.suggestions) => list.map((programme) => localize(programme.name, language)).join(', ');
      const fill = cell.suggestions.length ? say('suggest', language, { names: names(cell.suggestions) }) : say('nothing', language);
      const staff = cell.forProfessionals.length ? `; ${say('staff', language, { names: names(cell.forProfessionals) })}` : '';
      lines.push(`  ${LEVELS[cell.level][language]}, ${bandLabel(cell.band, language)}: ${fill}${staff}`);
    }
    lines.push('');
  }
  if (coverage.online.length) lines.push(say('online', language, { count: coverage.online.length }), '');
  if (coverage.unplaced.length) {
    lines.push(say('unplaced', language));
    for (const { offer, reason } of coverage.unplaced)
      lines.push(`  ${shown(localize(offer.title, language))}: ${say(reason === 'no-levels' ? 'noLevels' : 'noAges', language)}`);
    lines.push('');
  }
  lines.push(say('limits', language));
  return lines.join('\n');
}

/** The grid as CSV for Excel: a row per level, a column per band, the offers' titles in each cell. */
export function coverageCsv(coverage: OfferCoverage, language: Language): string {
  // Line breaks stay (one offer per line in a cell); other control characters are written out; a cell that would start
  // a formula in Excel (=, +, -, @) starts with an apostrophe instead.
  const quote = (value: string) => {
    const safe = value.split('\n').map(shown).join('\n');
    return `"${(/^[=+\-@]/.test(safe) ? `'${safe}` : safe).replaceAll('"', '""')}"`;
  };
  const header = [say('level', language), ...coverage.bands.map((band) => localize(band.label, language))];
  const rows = coverage.levels.map((level) => [
    LEVELS[level][language],
    ...coverage.bands.map((band) => {
      const cell = coverage.cells.find((candidate) => candidate.level === level && candidate.band === band.id);
      return cell?.offers.length ? cell.offers.map((offer) => localize(offer.title, language)).join('\n') : `– ${say('gap', language)}`;
    }),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** The SDK's result as JSON, offers and programmes by id. */
export function coverageJson(coverage: OfferCoverage): string {
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
  return JSON.stringify(
    {
      municipality: coverage.municipality,
      today: coverage.today,
      levels: coverage.levels,
      bands: coverage.bands,
      cells: coverage.cells.map((cell) => ({
        ...cell,
        offers: ids(cell.offers),
        suggestions: ids(cell.suggestions),
        forProfessionals: ids(cell.forProfessionals),
      })),
      online: ids(coverage.online),
      unplaced: coverage.unplaced.map(({ offer, reason }) => ({ offer: offer.id, reason })),
    },
    null,
    2,
  );
}

/** "18 (Nordland)". */
const countyName = (county: string) => (COUNTIES[county] ? `${county} (${COUNTIES[county]})` : county);

/** The county's columns: a row per municipality, the covered bands per level, the gaps, the offers. */
function countyTable(coverage: CountyCoverage, language: Language): string[][] {
  const bands = coverage.bands.length;
  return [
    [
      say('municipalityColumn', language),
      ...coverage.levels.map((level) => LEVEL_COLUMNS[level][language]),
      say('gapsColumn', language),
      say('offersColumn', language),
      say('unplacedColumn', language),
    ],
    ...coverage.rows.map((row) => [
      shown(row.municipality.name),
      ...coverage.levels.map((level) => `${row.covered[level]}/${bands}`),
      String(row.gaps),
      String(row.offers),
      String(row.unplaced),
    ]),
  ];
}

/** The county governor's overview as text: a title, how to read it, and a table in columns. */
export function countyText(coverage: CountyCoverage, language: Language): string {
  const table = countyTable(coverage, language);
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => [...(row[column] ?? '')].length))) ?? [];
  // The name left, numbers right.
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    say('countyTitle', language, { county: countyName(coverage.county), count: coverage.rows.length }),
    say('asOf', language, { date: coverage.today }),
    say('countyHow', language, { bands: coverage.bands.length }),
    '',
    ...table.map(line),
    '',
    ...(coverage.online.length ? [say('online', language, { count: coverage.online.length }), ''] : []),
    say('limits', language),
  ].join('\n');
}

/** The county's table as CSV for Excel (semicolons, UTF-8 with a byte-order mark). */
export function countyCsv(coverage: CountyCoverage, language: Language): string {
  const quote = (value: string) => `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;
  return `\uFEFF${countyTable(coverage, language)
    .map((row) => row.map(quote).join(';'))
    .join('\r\n')}\r\n`;
}

/** The SDK's county result as JSON, municipalities by number and name, online offers by id. */
export function countyJson(coverage: CountyCoverage): string {
  return JSON.stringify(
    {
      county: coverage.county,
      today: coverage.today,
      levels: coverage.levels,
      bands: coverage.bands.map((band) => band.id),
      rows: coverage.rows.map((row) => ({ ...row, municipality: { number: row.municipality.number, name: row.municipality.name } })),
      online: coverage.online.map((offer) => offer.id),
    },
    null,
    2,
  );
}
