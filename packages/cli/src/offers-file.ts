// Offers from a spreadsheet (CSV) or an offers file (JSON), each problem placed on its line and in its column or
// field, so that a provider can find it in the file they edit.
import { checkOffers, describeIssue, foldText, OFFER_LIMITS, type Offer, type ValidationIssue } from '@foreldrestotte/sdk';
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { COLUMNS, columnOf, type Column, type Context, type Draft } from './columns.js';
import { readTable } from './csv.js';
import { say, type Language } from './messages.js';

/** One problem, where it is: `FILE:LINE: column-or-field: message`. */
export interface Located {
  line: number;
  /** The column as the file names it (CSV), or the field's path in the offer (JSON); empty for the whole file. */
  where: string;
  message: string;
  /** A warning does not make the offer invalid. */
  warning?: boolean;
}

/** One offer of a file: valid (with `offer`) or not, and what was found on its line. */
export interface Entry {
  line: number;
  offer?: Offer;
  problems: Located[];
}

/** What a file held: each offer with its problems, and the file's own problems. */
export interface OffersRead {
  entries: Entry[];
  /** Problems of the file as a whole (a missing column, not JSON), and warnings such as unknown columns. */
  fileProblems: Located[];
}

/** Reads a spreadsheet export into offers, row by row. */
export function readOffersCsv(bytes: Uint8Array, context: Context, language: Language): OffersRead {
  const table = readTable(bytes);
  const fileProblems: Located[] = table.notes.map((note) => ({
    line: note.line,
    where: '',
    message: say(language, note.id, note.values),
    ...(note.warning ? { warning: true } : {}),
  }));
  if (fileProblems.some((problem) => !problem.warning)) return { entries: [], fileProblems };
  const { headerLine } = table;
  const columns = table.header.map((header) => columnOf(header));
  table.header.forEach((header, i) => {
    if (header && !columns[i]) fileProblems.push({ line: headerLine, where: header, message: say(language, 'unknownColumn'), warning: true });
    // The same column twice: which one wins would be silent, so neither does.
    const first = columns.indexOf(columns[i]);
    if (columns[i] && first < i) {
      fileProblems.push({ line: headerLine, where: header, message: say(language, 'duplicateColumn', { value: header, first: first + 1, second: i + 1 }) });
    }
  });
  for (const column of COLUMNS.filter((column) => column.required && !columns.includes(column))) {
    fileProblems.push({ line: headerLine, where: column.names[language], message: say(language, 'missingColumn') });
  }
  if (table.rows.length === 0) fileProblems.push({ line: headerLine, where: '', message: say(language, 'noRows') });
  if (table.rows.length > OFFER_LIMITS.offers) {
    fileProblems.push({ line: headerLine, where: '', message: say(language, 'tooManyRows', { count: table.rows.length, limit: OFFER_LIMITS.offers }) });
  }
  if (fileProblems.some((problem) => !problem.warning)) return { entries: [], fileProblems };

  const firstLine = new Map<string, number>();
  const entries = table.rows.map(({ line, cells }): Entry => {
    const draft: Draft = {};
    const problems: Located[] = [];
    const headerOf = (column: Column) => table.header[columns.indexOf(column)] ?? column.names[language];
    columns.forEach((column, i) => {
      const value = cells[i] ?? '';
      if (!column || value === '') return;
      const problem = column.read(value, draft, context);
      if (problem) problems.push({ line, where: table.header[i] as string, message: say(language, problem.id, problem.values) });
    });
    for (const column of COLUMNS.filter((column) => column.required && columns.includes(column))) {
      const filled = columns.some((other, i) => other === column && (cells[i] ?? '') !== '');
      if (!filled) problems.push({ line, where: headerOf(column), message: say(language, 'missing') });
    }
    if (problems.length > 0) return { line, problems };
    draft.id ??= generatedId(draft, line);
    const first = firstLine.get(draft.id as string);
    if (first !== undefined) {
      return {
        line,
        problems: [{ line, where: headerOf(COLUMNS[0] as Column), message: say(language, 'duplicate', { value: draft.id as string, line: first }) }],
      };
    }
    firstLine.set(draft.id as string, line);
    const result = checkOffers({ offers: [draft] }, context);
    const where = (path: string) => {
      const field = path.replace(/^offers\[0\]\.?/, '');
      const column = [...COLUMNS]
        .filter((c) => field === c.field || field.startsWith(`${c.field}.`) || c.field.startsWith(`${field}.`))
        .sort((a, b) => b.field.length - a.field.length)[0];
      return column ? headerOf(column) : field;
    };
    const schemaProblems = (result.rejected[0]?.issues ?? []).map((issue) => ({ line, where: where(issue.path), message: describe(issue, language) }));
    const warnings = result.warnings.map((issue) => ({ line, where: where(issue.path), message: describeWarning(issue, language), warning: true }));
    return schemaProblems.length > 0 ? { line, problems: [...schemaProblems, ...warnings] } : { line, offer: result.offers[0] as Offer, problems: warnings };
  });
  return { entries, fileProblems };
}

/** An id for a row without one: its title and start date, as the schema's ids are written ("icdp-gruppe-2027-02-02"). */
function generatedId(draft: Draft, line: number): string {
  const title = (draft.title as Record<string, string> | undefined)?.nb ?? Object.values((draft.title as Record<string, string>) ?? {})[0] ?? 'tilbud';
  const words = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return [words || 'tilbud', (draft.startDate as string | undefined) ?? `linje-${line}`].join('-');
}

/** Reads an offers file (`{ "offers": [...] }`), each problem placed on the line of the field it is about. */
export function readOffersJson(text: string, context: Context, language: Language): OffersRead {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const offset = errors[0]?.offset ?? 0;
    return { entries: [], fileProblems: [{ line: lineAt(text, offset), where: '', message: say(language, 'notJson') }] };
  }
  let result;
  try {
    result = checkOffers(data, context);
  } catch (error) {
    const issues = (error as { issues?: ValidationIssue[] }).issues ?? [];
    const detail = issues.map((issue) => `${issue.path || '(document)'}: ${describeIssue(issue, language)}`).join('; ') || String(error);
    return { entries: [], fileProblems: [{ line: 1, where: '', message: say(language, 'notOffers', { detail }) }] };
  }
  const lineOf = (path: string) => lineAt(text, nodeAt(tree, path)?.offset ?? 0);
  const field = (path: string) => path.replace(/^offers\[\d+\]\.?/, '');
  const warnings = new Map<number, Located[]>();
  for (const issue of result.warnings) {
    const index = Number(/^offers\[(\d+)\]/.exec(issue.path)?.[1]);
    warnings.set(index, [
      ...(warnings.get(index) ?? []),
      { line: lineOf(issue.path), where: field(issue.path), message: describeWarning(issue, language), warning: true },
    ]);
  }
  const rejected = new Map(result.rejected.map((offer) => [offer.index, offer]));
  const valid = [...result.offers];
  const total = (data as { offers: unknown[] }).offers.length;
  const entries = Array.from({ length: total }, (_, index): Entry => {
    const line = lineOf(`offers[${index}]`);
    const bad = rejected.get(index);
    if (bad) {
      const offers = (data as { offers: { id?: unknown }[] }).offers;
      const problems = bad.issues.map((issue) => {
        const first = offers.findIndex((offer) => offer?.id === bad.id);
        const message =
          issue.code === 'duplicate'
            ? say(language, 'duplicate', { value: bad.id ?? '', line: lineOf(`offers[${first}]`) })
            : describe(issue, language, nodeAt(tree, issue.path, false)?.value);
        return { line: lineOf(issue.path), where: field(issue.path), message };
      });
      return { line, problems };
    }
    return { line, offer: valid.shift() as Offer, problems: warnings.get(index) ?? [] };
  });
  return { entries, fileProblems: [] };
}

/** The node at a path like `offers[3].address.postalCode`; with `nearest`, the nearest one above it that exists. */
function nodeAt(tree: Node | undefined, path: string, nearest = true): Node | undefined {
  if (!tree) return undefined;
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : (match[1] as string)));
  for (let length = segments.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node || !nearest) return node;
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** A problem the schema found, in the provider's language; a date or municipality as typed is shown back to them. */
function describe(issue: ValidationIssue, language: Language, value?: unknown): string {
  const typed = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  if (typed !== undefined && /(date|Deadline|lastChecked)$/i.test(issue.path) && (issue.code === 'invalid_format' || issue.code === 'custom'))
    return say(language, 'isoDate', { value: typed });
  if (typed !== undefined && /municipality|areaServed/.test(issue.path)) return say(language, 'municipality', { value: typed });
  return describeIssue(issue, language);
}

function describeWarning(issue: ValidationIssue, language: Language): string {
  return `${say(language, 'warning')}: ${describeIssue(issue, language)}`;
}
