// `foreldrestotte offers …`: a template to fill in, a check, CSV to JSON, and JSON-LD, for NGO and municipal staff;
// `foreldrestotte render …`: an element as HTML for a CMS or a static site. Every failure is a plain sentence and an
// exit code, never a stack trace.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  countyCoverage,
  getMunicipality,
  loadCatalogue,
  loadMunicipalities,
  offerCoverage,
  offersJsonLd,
  type MunicipalityRegister,
  type Offer,
  type Programme,
} from '@foreldrestotte/sdk';
import { COLUMNS, type Context } from './columns.js';
import { countyCsv, countyJson, countyText, coverageCsv, coverageJson, coverageText } from './coverage.js';
import { say, shown, type Language } from './messages.js';
import { refusedTarget, writeWhole } from './output.js';
import { readOffersCsv, readOffersJson, type Entry, type Located, type OffersRead } from './offers-file.js';

/** Where the command writes; a test gives its own. */
export interface Io {
  /** Writes what the command answers (a report, the JSON-LD, the template). */
  stdout: (text: string) => void;
  /** Writes problems and summaries. */
  stderr: (text: string) => void;
  /** The folder relative paths are read from. */
  cwd: string;
}

/** The guide for course providers, with an English section. */
export const DOCS_URL = 'https://github.com/foreldrestotte/foreldrestotte-kit/blob/main/docs/offers.md';

/** The version of this package, as published. */
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const USAGE = `Bruk / Usage:
  foreldrestotte offers template [--lang nb|nn|en]            > tilbud.csv
  foreldrestotte offers check FIL.csv|FIL.json [--lang nb|nn|en]
  foreldrestotte offers convert FIL.csv -o FIL.json [--skip-invalid] [--strict] [--municipality NR|NAVN] [--lang nb|nn|en]
  foreldrestotte offers jsonld FIL.json|FIL.csv [--lang nb|nn|en] [--html]
  foreldrestotte offers coverage FIL… --municipality NR|NAVN [--format text|csv|json] [--today ÅÅÅÅ-MM-DD] [-o FIL] [--lang nb|nn|en]
  foreldrestotte offers coverage FIL… --county NR [--format text|csv|json] [--today ÅÅÅÅ-MM-DD] [-o FIL] [--lang nb|nn|en]
  foreldrestotte render ELEMENT [attributt=verdi …] [--lang nb|nn|en] [-o FIL.html]
      for eksempel / for example: foreldrestotte render fs-measure-card measure=29 --lang nn

Se / See ${DOCS_URL}`;

/** Runs the command with `args` (without `node` and the script) and gives the exit code: 0 done, 1 problems, 2 misuse. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'nb' },
        output: { type: 'string', short: 'o' },
        'skip-invalid': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        municipality: { type: 'string' },
        county: { type: 'string' },
        format: { type: 'string', default: 'text' },
        today: { type: 'string' },
        html: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`foreldrestotte: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(VERSION);
    return 0;
  }
  const [group, command, file] = positionals;
  if (values.help || group === undefined) {
    io.stdout(USAGE);
    return values.help ? 0 : 2;
  }
  const language = values.lang as Language;
  if (!['nb', 'nn', 'en'].includes(language)) return misuse(io, `--lang må være nb, nn eller en / --lang must be nb, nn or en (fikk/got «${values.lang}»)`);
  if (group === 'render') return renderCommand(io, positionals.slice(1), language, values.output === undefined ? undefined : resolve(io.cwd, values.output));
  if (group !== 'offers') return misuse(io, `ukjent kommando / unknown command «${group}»`);

  switch (command) {
    case 'template':
      io.stdout(template(language));
      return 0;
    case 'check':
    case 'convert':
    case 'jsonld': {
      if (!file) return misuse(io, `«offers ${command}» trenger en fil / needs a file`);
      if (command === 'convert' && !values.output) return misuse(io, '«offers convert» trenger -o FIL.json / needs -o FILE.json');
      const read = await readOffers(io, file, language);
      if (!read) return 1;
      if (command === 'check') return check(io, file, read, language);
      if (command === 'convert') {
        const options = { skipInvalid: values['skip-invalid'] as boolean, strict: values.strict as boolean, municipality: values.municipality };
        return convert(io, resolve(io.cwd, file), file, read, language, resolve(io.cwd, values.output as string), options);
      }
      return jsonld(io, file, read, language, values.html as boolean);
    }
    case 'coverage': {
      const files = positionals.slice(2);
      if (files.length === 0) return misuse(io, '«offers coverage» trenger minst én fil / needs at least one file');
      if ((values.municipality === undefined) === (values.county === undefined))
        return misuse(io, '«offers coverage» trenger enten --municipality NR eller --county NR / needs either --municipality NUMBER or --county NUMBER');
      const format = values.format as string;
      if (!['text', 'csv', 'json'].includes(format))
        return misuse(io, `--format må være text, csv eller json / must be text, csv or json (fikk/got «${format}»)`);
      if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) return misuse(io, `--today skrives ÅÅÅÅ-MM-DD / is written YYYY-MM-DD`);
      const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
      const where = values.county === undefined ? { municipality: values.municipality as string } : { county: values.county };
      const options = { ...where, format: format as 'text' | 'csv' | 'json', today: values.today, output };
      return coverage(io, files, language, options);
    }
    default:
      return misuse(io, command ? `ukjent kommando / unknown command «offers ${command}»` : '«offers» trenger en kommando / needs a command');
  }
}

const SSR = '@foreldrestotte/elements/ssr';

/** What the command uses of `@foreldrestotte/elements/ssr`. */
interface Ssr {
  renderElement(tag: string, attributes: Record<string, string>, options: { lang?: string }): Promise<string>;
  RenderError: new (message: string) => Error;
}

/**
 * `render ELEMENT name=value …`: the element as HTML with its shadow DOM declared and its data in it, to paste into a
 * page or a template before the CDN script. Written to -o whole, or printed.
 */
async function renderCommand(io: Io, args: readonly string[], language: Language, output: string | undefined): Promise<number> {
  const [tag, ...pairs] = args;
  if (!tag) return misuse(io, '«render» trenger et element / needs an element, e.g. fs-measure-card');
  const attributes: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) return misuse(io, `skriv attributter som navn=verdi / write attributes as name=value (fikk/got «${shown(pair)}»)`);
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  // The server renderer (and its DOM stand-in) loads only for this command. Named by a constant, so that this package
  // builds before the elements do; its shape is that of @foreldrestotte/elements/ssr.
  const { renderElement, RenderError } = (await import(SSR)) as Ssr;
  let html: string;
  try {
    html = await renderElement(tag, attributes, { lang: language });
  } catch (error) {
    if (error instanceof RenderError) return misuse(io, error.message);
    throw error;
  }
  if (!output) {
    io.stdout(html);
    return 0;
  }
  const refused = await refusedTarget(output, []);
  if (refused) {
    io.stderr(`${output}: ${say(language, refused.id, { detail: refused.detail ?? '' })}`);
    return 1;
  }
  await writeWhole(output, `${html}\n`);
  io.stderr(`${output}\n`);
  return 0;
}

function misuse(io: Io, message: string): number {
  io.stderr(`foreldrestotte: ${message}\n\n${USAGE}`);
  return 2;
}

/** The CSV template: the header in the chosen language and one example row, `;`-separated with a BOM, as Excel in Norway opens it. */
export function template(language: Language): string {
  const columns = COLUMNS.filter((column) => column.example[language] !== '' || column.required);
  const quote = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const line = (values: string[]) => values.map(quote).join(';');
  return `\uFEFF${line(columns.map((column) => column.names[language]))}\r\n${line(columns.map((column) => column.example[language]))}\r\n`;
}

let context: Promise<Context> | undefined;
const loadContext = () =>
  (context ??= Promise.all([loadCatalogue(), loadMunicipalities()]).then(([catalogue, municipalities]) => ({
    programmes: catalogue.programmes,
    municipalities,
  })));

/** The largest file read, in bytes: ten thousand offers with long texts fit several times over. */
const MAX_INPUT = 50 * 1024 * 1024;
/** The largest offers file the finder reads: the SDK client's default `maxBytes`. */
const FINDER_MAX_BYTES = 5 * 1024 * 1024;
const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString('nb-NO');

async function readOffers(io: Io, file: string, language: Language): Promise<OffersRead | undefined> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(resolve(io.cwd, file));
    if (size > MAX_INPUT) {
      io.stderr(`${file}: ${say(language, 'fileTooLarge', { size: megabytes(size), limit: megabytes(MAX_INPUT) })}`);
      return undefined;
    }
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.stderr(`${file}: ${say(language, 'cannotRead', { detail: code })}`);
    return undefined;
  }
  const isJson = /\.json$/i.test(file) || (!/\.csv$/i.test(file) && /^\s*[[{]/.test(new TextDecoder().decode(bytes.slice(0, 64)).replace(/^\uFEFF/, '')));
  const ctx = await loadContext();
  return isJson ? readOffersJson(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), ctx, language) : readOffersCsv(bytes, ctx, language);
}

// A column's name is the file's own text: shown as the terminal may safely show it.
const format = (file: string, problem: Located) => `${file}:${problem.line}: ${problem.where ? `${shown(problem.where)}: ` : ''}${problem.message}`;

/**
 * Writes every problem, one line each, errors and warnings in file order. With `skipped`, the problems of rows left
 * out say so, in that language.
 */
function report(write: (text: string) => void, file: string, read: OffersRead, skipped?: Language): { errors: number; badRows: number } {
  const mark = (entry: Entry) => (problem: Located) =>
    skipped && !entry.offer && !problem.warning ? { ...problem, message: say(skipped, 'skipped', { detail: problem.message }) } : problem;
  const lines = [...read.fileProblems, ...read.entries.flatMap((entry) => entry.problems.map(mark(entry)))].sort((a, b) => a.line - b.line);
  if (lines.length > 0) write(lines.map((problem) => format(file, problem)).join('\n'));
  return {
    errors: lines.filter((problem) => !problem.warning).length,
    badRows: read.entries.filter((entry) => !entry.offer).length,
  };
}

const fileFailed = (read: OffersRead) => read.fileProblems.some((problem) => !problem.warning);
const validOffers = (entries: Entry[]) => entries.flatMap((entry) => (entry.offer ? [entry.offer] : []));

function check(io: Io, file: string, read: OffersRead, language: Language): number {
  const { errors, badRows } = report(io.stdout, file, read);
  const count = read.entries.length;
  if (errors === 0) {
    io.stderr(say(language, 'valid', { file, count }));
    return 0;
  }
  io.stderr(say(language, 'invalidSummary', { file, problems: errors, rows: badRows, count }));
  return 1;
}

interface ConvertOptions {
  skipInvalid: boolean;
  /** Write nothing when the file would be too large for the finder. */
  strict: boolean;
  /** Keep only the offers held in this municipality (number or name): one file per municipality. */
  municipality: string | undefined;
}

async function convert(io: Io, input: string, file: string, read: OffersRead, language: Language, output: string, options: ConvertOptions): Promise<number> {
  const refused = await refusedTarget(output, [input]);
  if (refused) {
    io.stderr(`${output}: ${say(language, refused.id, { detail: refused.detail ?? '' })}`);
    return 1;
  }
  const bad = read.entries.filter((entry) => !entry.offer);
  if (fileFailed(read) || (bad.length > 0 && !options.skipInvalid)) {
    report(io.stdout, file, read);
    io.stderr(say(language, 'notWritten'));
    return 1;
  }
  // With --skip-invalid, each row left out is listed with its problems; warnings of kept rows are shown too.
  report(io.stdout, file, read, language);
  let offers: Offer[] = validOffers(read.entries);
  if (options.municipality !== undefined) {
    const { municipalities } = await loadContext();
    const number = getMunicipality(municipalities, options.municipality)?.number ?? options.municipality;
    offers = offers.filter((offer) => offer.municipality === number);
    if (offers.length === 0) {
      io.stderr(say(language, 'noneInMunicipality', { value: number }));
      return 1;
    }
  }
  const text = `${JSON.stringify({ offers }, null, 2)}\n`;
  const size = Buffer.byteLength(text);
  if (size > FINDER_MAX_BYTES) {
    io.stderr(say(language, 'outputTooLarge', { file: output, size: megabytes(size), limit: megabytes(FINDER_MAX_BYTES) }));
    if (options.strict) {
      io.stderr(say(language, 'notWrittenStrict'));
      return 1;
    }
  }
  try {
    await writeWhole(output, text);
  } catch (error) {
    io.stderr(`${output}: ${say(language, 'cannotWrite', { detail: (error as NodeJS.ErrnoException).code ?? String(error) })}`);
    return 1;
  }
  io.stderr(say(language, 'written', { count: offers.length, file: output }));
  return 0;
}

/** One municipality's grid, or the county's overview of its municipalities. */
type CoverageRequest = ({ municipality: string } | { county: string }) & {
  format: 'text' | 'csv' | 'json';
  today: string | undefined;
  output: string | undefined;
};

type Catalogued = { programmes: readonly Programme[] };

/** The municipality's grid in the format asked for; undefined for a municipality that is neither in the register nor a number. */
function municipalityReport(
  request: CoverageRequest & { municipality: string },
  data: Catalogued,
  offers: readonly Offer[],
  municipalities: MunicipalityRegister,
  language: Language,
): string | undefined {
  if (!getMunicipality(municipalities, request.municipality) && !/^\d{4}$/.test(request.municipality.trim())) return undefined;
  const result = offerCoverage(data, offers, { municipality: request.municipality, municipalities, ...(request.today ? { today: request.today } : {}) });
  return request.format === 'json' ? coverageJson(result) : request.format === 'csv' ? coverageCsv(result, language) : coverageText(result, language);
}

/** The county's overview in the format asked for; undefined for a county the register does not have. */
function countyReport(
  request: CoverageRequest & { county: string },
  data: Catalogued,
  offers: readonly Offer[],
  municipalities: MunicipalityRegister,
  language: Language,
): string | undefined {
  if (!/^\d{1,2}$/.test(request.county.trim())) return undefined;
  const result = countyCoverage(data, offers, { county: request.county, municipalities, ...(request.today ? { today: request.today } : {}) });
  if (result.rows.length === 0) return undefined;
  return request.format === 'json' ? countyJson(result) : request.format === 'csv' ? countyCsv(result, language) : countyText(result, language);
}

/** The tiltaksvifte of the offers in `files`, merged as the finder merges them (the first offer of an id kept). */
async function coverage(io: Io, files: readonly string[], language: Language, request: CoverageRequest): Promise<number> {
  const offers: Offer[] = [];
  const seen = new Set<string>();
  let failed = false;
  for (const file of files) {
    const read = await readOffers(io, file, language);
    if (!read) return 1;
    // Problems go to stderr: stdout is the report.
    if (report(io.stderr, file, read).errors > 0) failed = true;
    for (const offer of validOffers(read.entries)) {
      if (seen.has(offer.id)) continue;
      seen.add(offer.id);
      offers.push(offer);
    }
  }
  const { programmes, municipalities } = await loadContext();
  const text =
    'county' in request
      ? countyReport(request, { programmes }, offers, municipalities, language)
      : municipalityReport(request, { programmes }, offers, municipalities, language);
  if (text === undefined) {
    io.stderr('county' in request ? say(language, 'county', { value: request.county }) : say(language, 'municipality', { value: request.municipality }));
    return 1;
  }
  if (request.output) {
    const refused = await refusedTarget(
      request.output,
      files.map((file) => resolve(io.cwd, file)),
    );
    if (refused) {
      io.stderr(`${request.output}: ${say(language, refused.id, { detail: refused.detail ?? '' })}`);
      return 1;
    }
    try {
      await writeWhole(request.output, request.format === 'csv' ? text : `${text}\n`);
    } catch (error) {
      io.stderr(`${request.output}: ${say(language, 'cannotWrite', { detail: (error as NodeJS.ErrnoException).code ?? String(error) })}`);
      return 1;
    }
  } else io.stdout(text);
  return failed ? 1 : 0;
}

async function jsonld(io: Io, file: string, read: OffersRead, language: Language, html: boolean): Promise<number> {
  // Problems go to stderr: stdout is the JSON-LD, to be piped or pasted.
  const { errors } = report(io.stderr, file, read);
  if (errors > 0 && validOffers(read.entries).length === 0) return 1;
  const { programmes, municipalities } = await loadContext();
  const json = JSON.stringify(offersJsonLd(validOffers(read.entries), { locale: language, programmes, municipalities }), null, 2);
  // `<` is escaped so that no text in an offer can close the script element it is pasted into.
  io.stdout(html ? `<script type="application/ld+json">\n${json.replaceAll('<', '\\u003c')}\n</script>` : json);
  return errors > 0 ? 1 : 0;
}
