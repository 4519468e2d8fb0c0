// Reading a spreadsheet export as Excel and Google Sheets write it: `;` or `,` (or tab), UTF-8 with or without a
// byte-order mark or Windows-1252, CRLF or LF, quoted fields with line breaks. Parsing is csv-parse's.
import { parse } from 'csv-parse/sync';

export interface Row {
  /** The line the row starts on in the file; the header is line 1. */
  line: number;
  cells: string[];
}

export interface Table {
  delimiter: string;
  header: string[];
  rows: Row[];
}

/** Windows-1252's characters at 0x80–0x9F, where it differs from Latin-1 (undefined: no character). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The text of a CSV file: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV"). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Node's 'windows-1252' decoder reads 0x80–0x9F as Latin-1 control characters: those 32 are mapped here.
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => CP1252[char.charCodeAt(0) - 0x80] as string);
  }
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

/** The header and the rows of a CSV file, each row with the line it starts on; blank rows are left out. */
export function readTable(bytes: Uint8Array): Table {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const records = parse(text, { delimiter, raw: true, relax_column_count: true, relax_quotes: true }) as unknown as { record: string[]; raw: string }[];
  let line = 1;
  const rows: Row[] = [];
  for (const { record, raw } of records) {
    rows.push({ line, cells: record.map((cell) => cell.replace(/\r\n?/g, '\n').trim()) });
    line += raw.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  const [header, ...body] = rows;
  return {
    delimiter,
    header: header?.cells ?? [],
    rows: body.filter((row) => row.cells.some((cell) => cell !== '')),
  };
}
