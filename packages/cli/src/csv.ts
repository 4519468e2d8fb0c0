// Reading a spreadsheet export as Excel and Google Sheets write it: `;` or `,` (or tab, or what Excel's `sep=` line
// says), UTF-8 with or without a byte-order mark or Windows-1252, CRLF or LF, quoted fields with line breaks. Parsing is
// csv-parse's; what it would do silently is said: a file that mixes encodings, a quote that never closes.
import { parse } from 'csv-parse/sync';
import type { MessageId } from './messages.js';

export interface Row {
  /** The line the row starts on in the file; the header is line 1 (after a `sep=` line, 2). */
  line: number;
  cells: string[];
}

/** Something to say about the file as a whole, on a line. */
export interface Note {
  line: number;
  id: MessageId;
  values?: Record<string, string | number>;
  /** A warning does not stop the file from being read. */
  warning?: boolean;
}

export interface Table {
  delimiter: string;
  /** The line of the header row: 1, or 2 after Excel's `sep=` line. */
  headerLine: number;
  header: string[];
  rows: Row[];
  notes: Note[];
}

/** Windows-1252's characters at 0x80–0x9F, where it differs from Latin-1 (undefined: no character). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (byte: number) => (byte >= 0x80 && byte <= 0x9f ? (CP1252[byte - 0x80] as string) : String.fromCharCode(byte));

/** The length of the valid UTF-8 sequence at `at`, or 0 when the byte there does not start one. */
function utf8Length(bytes: Uint8Array, at: number): number {
  const first = bytes[at] as number;
  const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 && first <= 0xdf ? 2 : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  for (let i = 1; i < length; i += 1) if (((bytes[at + i] as number) & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * The text of a CSV file, decided from its bytes: valid UTF-8 is UTF-8 (a BOM dropped); a file with no UTF-8
 * sequence at all is Windows-1252 (Excel's "CSV"); a UTF-8 file with stray bytes keeps its UTF-8 and reads only those
 * bytes as Windows-1252, and says so at the first line that has one.
 */
export function decode(bytes: Uint8Array): { text: string; notes: Note[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), notes: [] };
  } catch {
    // Not valid UTF-8: look at what it is.
  }
  let multibyte = 0;
  let stray = -1;
  for (let at = 0; at < bytes.length; at += 1) {
    if ((bytes[at] as number) < 0x80) continue;
    const length = utf8Length(bytes, at);
    if (length > 0) {
      multibyte += 1;
      at += length - 1;
    } else if (stray < 0) stray = at;
  }
  if (multibyte === 0) return { text: [...bytes].map(windows1252).join(''), notes: [] };
  const parts: string[] = [];
  let line = 1;
  let strayLine = 0;
  for (let at = 0, start = 0; at <= bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === undefined || byte >= 0x80) {
      const length = byte === undefined ? 0 : utf8Length(bytes, at);
      if (byte !== undefined && length > 0) {
        at += length - 1;
        continue;
      }
      parts.push(new TextDecoder('utf-8').decode(bytes.subarray(start, at)));
      if (byte !== undefined) {
        parts.push(windows1252(byte));
        if (!strayLine) strayLine = line;
      }
      start = at + 1;
    } else if (byte === 0x0a) line += 1;
  }
  return { text: parts.join('').replace(/^\uFEFF/, ''), notes: [{ line: strayLine, id: 'mixedEncoding', warning: true }] };
}

/** The delimiter the header line uses most, outside quotes: `;` (Excel in Norway), `,` (Google Sheets) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
  return count > 0 ? best : ',';
}

/**
 * The line where a quoted cell opens that never closes, or undefined. A quote opens a cell only at its start; inside
 * one, `""` is a quote in the text; elsewhere a quote is an ordinary character (as csv-parse reads it, relaxed).
 */
export function unclosedQuote(text: string, delimiter: string, firstLine = 1): number | undefined {
  let state: 'start' | 'plain' | 'quoted' = 'start';
  let line = firstLine;
  let opened = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (state === 'quoted') {
      if (char !== '"') continue;
      if (text[i + 1] === '"') i += 1;
      else state = 'plain';
    } else if (char === delimiter || char === '\n' || char === '\r') state = 'start';
    else if (state === 'start' && char === '"') [state, opened] = ['quoted', line];
    else state = 'plain';
  }
  return state === 'quoted' ? opened : undefined;
}

/** The header and the rows of a CSV file, each row with the line it starts on; blank rows are left out. */
export function readTable(bytes: Uint8Array): Table {
  const decoded = decode(bytes);
  let { text } = decoded;
  const notes = [...decoded.notes];
  // Excel writes `sep=;` as the first line of a CSV it should open with that delimiter.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const delimiter = sep ? (sep[1] as string) : detectDelimiter(text);
  const firstLine = sep ? 2 : 1;
  if (sep) text = text.slice(sep[0].length);
  const open = unclosedQuote(text, delimiter, firstLine);
  if (open !== undefined) return { delimiter, headerLine: firstLine, header: [], rows: [], notes: [...notes, { line: open, id: 'unclosedQuote' }] };
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, { delimiter, raw: true, relax_column_count: true, relax_quotes: true }) as unknown as typeof records;
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || firstLine;
    const detail = (error as { code?: string }).code ?? 'CSV';
    return { delimiter, headerLine: firstLine, header: [], rows: [], notes: [...notes, { line, id: 'unreadableCsv', values: { detail } }] };
  }
  let line = firstLine;
  const rows: Row[] = [];
  for (const { record, raw } of records) {
    rows.push({ line, cells: record.map((cell) => cell.replace(/\r\n?/g, '\n').trim()) });
    line += raw.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  const [header, ...body] = rows;
  return {
    delimiter,
    headerLine: header?.line ?? firstLine,
    header: header?.cells ?? [],
    rows: body.filter((row) => row.cells.some((cell) => cell !== '')),
    notes,
  };
}
