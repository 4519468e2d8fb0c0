// The facts the catalogue is checked against (source-facts.json), checked in turn against the source documents
// themselves: the seeds, the research notes and the municipality register. Those sit beside the repository on the
// project's machines and in CI; in a public clone they are absent, and these checks are skipped with the reason.
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import facts from './source-facts.json' with { type: 'json' };
import { printedForms, readSeed, readSource, seedFiles, seedReports, seedTitles, sourcesMissing } from './seeds.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const skip = sourcesMissing;

describe('the source facts, against the source documents', () => {
  it('name the seed documents as they are, byte for byte', { skip }, () => {
    const found = Object.fromEntries(
      seedFiles()
        .sort()
        .map((name) => [name, sha256(readSource(`seeds/${name}`))]),
    );
    expect(found).to.deep.equal(facts.seeds);
  });

  it('hold the focus-area headings of the 2021 report', { skip }, () => {
    const seed = readSeed('002_53c96cbdcd6d72f0.txt');
    for (const heading of facts.focusAreaHeadings) expect(seed, heading).to.include(`\n${heading}\n`);
  });

  it('hold every report’s status labels and responsible line verbatim, and only numbers it prints', { skip }, () => {
    const blocks = { 2021: seedReports('002_53c96cbdcd6d72f0.txt'), 2020: seedReports('003_95dae0ae6de2b135.txt') };
    const first = { 2021: 1, 2020: 24 };
    for (const year of [2021, 2020] as const) {
      const reports = facts.reports[year] as Record<string, { labels: string[]; responsible: string; figures?: number[] }>;
      expect(Object.keys(reports).map(Number)).to.deep.equal(blocks[year].map((_, index) => first[year] + index));
      blocks[year].forEach((block, index) => {
        const number = first[year] + index;
        const fact = reports[number];
        expect([fact?.labels, fact?.responsible], `measure ${number} (${year})`).to.deep.equal([block.labels, block.responsible]);
        for (const value of fact?.figures ?? []) {
          const printed = printedForms(value).some((form) => new RegExp(`(?<![\\d,])${form}(?![\\d,])`).test(block.text));
          expect(printed, `measure ${number} (${year}): ${value}`).to.equal(true);
        }
      });
    }
  });

  it('hold the official titles of the 2020 report word for word', { skip }, () => {
    expect(Object.fromEntries(seedTitles('003_95dae0ae6de2b135.txt'))).to.deep.equal(facts.officialTitles2020);
  });

  it('hold the arenas and the indicated level’s problem areas as listed', { skip }, () => {
    const seed = readSeed('004_4c7591328276c708.txt');
    const bullets = (text: string) => [...text.matchAll(/^ • (.+)$/gm)].map((match) => (match[1] ?? '').trim());
    expect(bullets(seed.split('Eksempler på arenaer')[1]?.split('Implementering')[0] ?? '')).to.deep.equal(facts.levels.arenas);
    expect(bullets(seed.split('Indikativt nivå')[1]?.split('Arenaer og aktører')[0] ?? '')).to.deep.equal(facts.levels.indicatedProblemAreas);
  });

  it('name only programme pages that the research notes cite', { skip }, () => {
    const notes = readSource('research/domain.md').toString('utf8');
    for (const [id, url] of Object.entries(facts.programmePages)) expect(notes, `${id}: ${url}`).to.include(url);
  });

  it('hold the checksum of the municipality register as it was taken', { skip }, () => {
    const register = JSON.parse(readSource(`data/${facts.municipalityRegister.file}`).toString('utf8')) as unknown;
    expect(sha256(JSON.stringify(register))).to.equal(facts.municipalityRegister.sha256);
  });
});
