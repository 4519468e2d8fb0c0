// Reads the source documents the catalogue is curated from (the seeds, the research notes and the municipality
// register), independently of the catalogue. They sit beside the repository on the project's machines and in CI, not
// in a public clone: there the checks that read them are skipped, and say so (see sources.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder beside the repository that holds the source documents. */
export const sourcesDir = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const seedDir = join(sourcesDir, 'seeds');

/** Why the checks against the source documents are skipped, or false when the documents are here. */
export const sourcesMissing: string | false = existsSync(seedDir)
  ? false
  : 'the source documents (../shared beside the repository) are not here; their facts are checked where they are';

/** A file of the source documents, by its path inside the folder ("research/domain.md"). */
export function readSource(path: string): Buffer {
  return readFileSync(join(sourcesDir, path));
}

export function seedFiles(): string[] {
  return readdirSync(seedDir);
}

export function readSeed(name: string): string {
  return readFileSync(join(seedDir, name), 'utf8');
}

export interface SeedReport {
  /** Block of text for one measure, up to and including its "Ansvarlig:" line. */
  text: string;
  /** Status labels as printed, trailing full stop removed (several for a report with parts). */
  labels: string[];
  responsible: string;
}

// A label line is "Status: X" (seed 002) or "Status" followed by "X." on a later line (seed 003);
// measure 8 in 2021 lists parts as bullets: " • I rute:".
function labelsOf(block: string): string[] {
  const inline = block.match(/^Status: (.+)$/m);
  if (inline?.[1]) return [inline[1].replace(/\.$/, '').trim()];
  const afterHeading = block.split(/^Status$/m)[1] ?? '';
  const bullets = [...afterHeading.matchAll(/^ • ([^:\n]+):\s*$/gm)].map((match) => (match[1] ?? '').trim());
  if (bullets.length > 0) return bullets;
  const firstLine = afterHeading.split('\n').find((line) => line.trim() !== '') ?? '';
  return [firstLine.replace(/\.$/, '').trim()];
}

/** Splits a status report at its "Ansvarlig:" lines: one block per measure, in the report's order. */
export function seedReports(name: string): SeedReport[] {
  const text = readSeed(name);
  const blocks = text.split(/(?<=^Ansvarlig: .*$)/m).filter((block) => /^Ansvarlig: /m.test(block));
  return blocks.map((block) => ({
    text: block,
    labels: labelsOf(block),
    responsible: (block.match(/^Ansvarlig: (.+)$/m)?.[1] ?? '').trim(),
  }));
}

/** "Tiltak 27: Kartlegge …" headings of seed 003, by number. */
export function seedTitles(name: string): Map<number, string> {
  const titles = new Map<number, string>();
  for (const match of readSeed(name).matchAll(/^Tiltak (\d+): (.+)$/gm)) titles.set(Number(match[1]), (match[2] ?? '').trim());
  return titles;
}

/** The ways a number may be printed in the seeds: 200 000, 200000, 50,4. */
export function printedForms(value: number): string[] {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const decimal = fraction ? `,${fraction}` : '';
  return [...new Set([`${grouped}${decimal}`, `${whole}${decimal}`])];
}
