// The catalogue checked against the facts of its sources (source-facts.json): verbatim status labels, titles, numbers,
// list items and checksums. sources.test.ts checks those facts against the documents themselves where they are.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  findMeasures,
  findProgrammes,
  getMeasure,
  getProgramme,
  normaliseStatusLabel,
  getReport,
  statusChanges,
  validateCatalogue,
  type Catalogue,
} from '@foreldrestotte/sdk';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { municipalityRegisterSchema, type MunicipalityRegister } from '@foreldrestotte/sdk/schemas';
import { pieces, termOf, wordsAt } from '../../sdk/src/search/analysis.js';
import { assembleCatalogue } from '../src/index.js';
import { missingTranslations } from '../scripts/localized.js';
import facts from './source-facts.json' with { type: 'json' };

const catalogue: Catalogue = validateCatalogue(assembleCatalogue('test'));
const SEED_2021 = '002_53c96cbdcd6d72f0.txt';
type ReportFacts = Record<string, { labels: string[]; responsible: string; figures?: number[] }>;
const reportFacts = facts.reports as Record<'2020' | '2021', ReportFacts>;

const measure = (number: number) => {
  const found = getMeasure(catalogue, number);
  if (!found) throw new Error(`measure ${number} missing`);
  return found;
};

describe('the strategy', () => {
  it('has 34 measures numbered 1–34 in 6 focus areas', () => {
    expect(catalogue.measures.map((m) => m.number)).to.deep.equal(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(catalogue.focusAreas.map((area) => area.id)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('puts each measure in the focus area its number falls in', () => {
    const ranges: [number, number, number][] = [
      [1, 1, 6],
      [2, 7, 7],
      [3, 8, 19],
      [4, 20, 22],
      [5, 23, 23],
      [6, 24, 34],
    ];
    for (const [area, from, to] of ranges) {
      const numbers = findMeasures(catalogue, { focusArea: area }).map((m) => m.number);
      expect(numbers, `focus area ${area}`).to.deep.equal(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    }
  });

  it('uses the focus-area headings of the 2021 report', () => {
    expect(catalogue.focusAreas.map((area) => area.title.nb)).to.deep.equal(facts.focusAreaHeadings);
  });
});

describe('the 2021 report (seed 002)', () => {
  const seed = Object.entries(reportFacts[2021]).map(([number, block]) => ({ number: Number(number), ...block }));

  it('has one report per measure', () => {
    expect(seed.map((block) => block.number)).to.deep.equal(Array.from({ length: 34 }, (_, i) => i + 1));
  });

  it('keeps every measure’s status label exactly as published', () => {
    for (const block of seed) {
      const report = getReport(measure(block.number), 2021);
      const labels = report?.parts ? report.parts.map((part) => part.label) : [report?.label];
      expect(labels, `measure ${block.number}`).to.deep.equal(block.labels);
    }
  });

  it('names the responsible bodies as the report does', () => {
    seed.forEach((block) => {
      const m = measure(block.number);
      const index = block.number - 1;
      expect(getReport(m, 2021)?.responsibleAsReported, `measure ${index + 1}`).to.equal(block.responsible);
      for (const id of m.responsible) {
        const org = catalogue.organisations.find((o) => o.id === id);
        const named = org?.reportedAs.some((name) => block.responsible.includes(name));
        expect(named, `measure ${index + 1}: ${id} in "${block.responsible}"`).to.equal(true);
      }
    });
  });

  it('records the two parts of measure 8', () => {
    const report = getReport(measure(8), 2021);
    expect(report?.parts?.map((part) => [part.label, part.status])).to.deep.equal([
      ['I rute', 'on-track'],
      ['Forsinket', 'delayed'],
    ]);
    expect(report?.status).to.equal('delayed');
  });

  it('answers which measures were delayed in 2021', () => {
    expect(findMeasures(catalogue, { year: 2021, status: 'delayed' }).map((m) => m.number)).to.deep.equal([8, 31]);
  });
});

describe('the 2020 report (seed 003)', () => {
  const seed = Object.values(reportFacts[2020]);
  const titles = Object.entries(facts.officialTitles2020).map(([number, title]) => [Number(number), title] as const);

  it('covers measures 24–34 and nothing else', () => {
    expect(seed).to.have.length(11);
    expect(findMeasures(catalogue, { year: 2020 }).map((m) => m.number)).to.deep.equal([24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]);
  });

  it('keeps the official titles word for word', () => {
    for (const [number, title] of titles) {
      expect(measure(number).title.nb, `measure ${number}`).to.equal(title);
      expect(measure(number).titleOfficial).to.equal(true);
    }
  });

  it('keeps every 2020 label and responsible body', () => {
    seed.forEach((block, index) => {
      const report = getReport(measure(24 + index), 2020);
      expect([report?.label], `measure ${24 + index}`).to.deep.equal(block.labels);
      expect(report?.responsibleAsReported).to.equal(block.responsible);
    });
  });

  it('shows what changed between 2020 and 2021', () => {
    const changed = statusChanges(catalogue, 2020, 2021).filter((change) => change.changed);
    expect(changed.map((c) => [c.measure.number, c.from.label, c.to.label])).to.deep.equal([
      [29, 'Ikke påbegynt', 'Avvik'],
      [30, 'I rute', 'Pågånde'],
    ]);
    const relabelled = statusChanges(catalogue, 2020, 2021).find((c) => c.measure.number === 32);
    expect([relabelled?.from.label, relabelled?.to.label, relabelled?.changed]).to.deep.equal(['I rute', 'I rute, pågående', false]);
  });
});

describe('key figures', () => {
  it('are only numbers that the report prints', () => {
    for (const year of [2021, 2020] as const) {
      for (const [number, block] of Object.entries(reportFacts[year])) {
        const figures = getReport(measure(Number(number)), year)?.figures?.map((figure) => figure.value) ?? [];
        expect(figures, `measure ${number} (${year})`).to.deep.equal(block.figures ?? []);
      }
    }
  });
});

describe('status normalisation', () => {
  it('gives every report and part the status its label maps to', () => {
    for (const m of catalogue.measures) {
      for (const report of m.reports) {
        for (const item of report.parts ?? [report]) {
          expect(normaliseStatusLabel(item.label), `measure ${m.number} ${report.year} "${item.label}"`).to.equal(item.status);
        }
      }
    }
  });

  it('marks titles without an official source as not official', () => {
    const unofficial = catalogue.measures.filter((m) => !m.titleOfficial).map((m) => m.number);
    expect(unofficial).to.deep.equal([4, 5, 6, 11, 12, 13, 14, 15, 16, 17, 18, 19, 22]);
  });
});

describe('prevention levels, arenas and routes (seed 004)', () => {
  it('has the three levels in order', () => {
    expect(catalogue.preventionLevels.map((level) => level.id)).to.deep.equal(['universal', 'selective', 'indicated']);
  });

  it('lists the indicated level’s problem areas from the seed', () => {
    const indicated = catalogue.preventionLevels.find((level) => level.id === 'indicated');
    const listed = facts.levels.indicatedProblemAreas.map((area) => area.toLowerCase());
    for (const area of indicated?.exampleProblemAreas ?? []) expect(listed, area.nb).to.include((area.nb ?? '').toLowerCase());
  });

  it('lists every arena of the seed, verbatim, in its order', () => {
    expect(catalogue.arenas.map((arena) => arena.sourceLabel)).to.deep.equal(facts.levels.arenas);
  });

  it('has three routes of help with the seed’s example', () => {
    expect(catalogue.routesOfHelp.routes.map((route) => route.id)).to.deep.equal(['child', 'parents', 'systems']);
    expect(catalogue.routesOfHelp.source.seed).to.equal('004_4c7591328276c708.txt');
  });
});

describe('programmes', () => {
  it('holds every programme the strategy work names', () => {
    for (const id of [
      'icdp',
      'cos-p',
      'tibir',
      'pmto',
      'pmto-foreldregruppe',
      'dua-universal',
      'dua-basis',
      'tik',
      'familie-for-forste-gang',
      'godt-samliv',
      'home-start',
      'marte-meo',
      'pappa-i-fengsel',
      'bryt-voldsarven',
    ]) {
      expect(getProgramme(catalogue, id), id).to.not.equal(undefined);
    }
  });

  it('keeps other kinds of entry apart by category', () => {
    expect(getProgramme(catalogue, 'tidlig-inn')?.category).to.equal('staff-training');
    expect(getProgramme(catalogue, 'bti')?.category).to.equal('collaboration-model');
    expect(getProgramme(catalogue, 'foreldrehverdag')?.category).to.equal('digital-resource');
  });

  it('links programmes to the measures that concern them', () => {
    expect(findProgrammes(catalogue, { measure: 9 }).map((p) => p.id)).to.deep.equal(['familie-for-forste-gang']);
    for (const number of [10, 18, 19, 33]) {
      expect(
        findProgrammes(catalogue, { measure: number }).map((p) => p.id),
        `measure ${number}`,
      ).to.include('icdp');
    }
  });

  it('gives the Ungsinn levels of the research notes, with their sources', () => {
    const ungsinn = (id: string) => getProgramme(catalogue, id)?.evidence.find((e) => e.source === 'ungsinn')?.level;
    expect([ungsinn('icdp'), ungsinn('cos-p'), ungsinn('pmto'), ungsinn('dua-basis')]).to.deep.equal([4, 2, 5, 5]);
    // Marked uncertain or not found in the notes: left out rather than guessed.
    expect(ungsinn('pmto-foreldregruppe')).to.equal(undefined);
    expect(ungsinn('tik')).to.equal(undefined);
  });

  it('links a programme to its own page only where the research notes name one, and cites it', () => {
    const withPage = catalogue.programmes.filter((programme) => programme.page);
    expect(Object.fromEntries(withPage.map(({ id, page }) => [id, page?.url]))).to.deep.equal(facts.programmePages);
    for (const { id, page, sources } of withPage)
      expect(
        sources.map((source) => source.url),
        id,
      ).to.include(page?.url);
    // The notes name no page of the programme itself for these (only ratings, research or a municipality's offer).
    for (const id of ['icdp', 'cos-p', 'pmto', 'familie-for-forste-gang', 'bryt-voldsarven']) expect(getProgramme(catalogue, id)?.page, id).to.equal(undefined);
  });

  it('gives a programme a topic only where its own sourced text says so', () => {
    // Each topic a programme has must be named in that programme's name, summary or audience (written from its
    // sources) by one of the topic's words, all of a phrase's words present: "fengsel" for prison, "ADHD" for ADHD.
    const terms = (text: string) =>
      wordsAt(text)
        .flatMap((at) => pieces(at.word))
        .map(termOf)
        .filter(Boolean);
    const topics = new Map(catalogue.topics.map((topic) => [topic.id, topic]));
    for (const programme of catalogue.programmes) {
      const own = new Set(
        [...Object.values(programme.name), ...programme.alternativeNames, ...Object.values(programme.summary), ...Object.values(programme.audience)].flatMap(
          terms,
        ),
      );
      for (const id of programme.topics) {
        const topic = topics.get(id);
        const said = topic?.words.some((phrase) => terms(phrase).every((term) => own.has(term)));
        expect(said, `${programme.id} → ${id}`).to.equal(true);
      }
    }
    expect(getProgramme(catalogue, 'dua-basis')?.sources.map((source) => source.url)).to.include(
      'https://www.adhdnorge.no/artikkel/foreldreveiledning-til-familier-med-barn-som-har-adhd',
    );
  });

  it('marks what the notes leave uncertain', () => {
    expect(getProgramme(catalogue, 'bryt-voldsarven')?.uncertain).to.include.members(['levels', 'formats']);
    expect(getProgramme(catalogue, 'tik')?.uncertain).to.include('responsibleBody');
  });
});

describe('the municipality register', () => {
  const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as MunicipalityRegister;
  const register = read('../src/municipalities.json');

  it('is the reference data it was taken from, whole', () => {
    // The checksum of the reference file as taken; sources.test.ts checks it against the file where it is.
    const checksum = createHash('sha256').update(JSON.stringify(register)).digest('hex');
    expect(checksum).to.equal(facts.municipalityRegister.sha256);
    expect([register.validFrom, register.municipalities.length]).to.deep.equal([
      facts.municipalityRegister.validFrom,
      facts.municipalityRegister.municipalities,
    ]);
  });

  it('holds 357 municipalities with unique numbers, each name made of its official names', () => {
    expect(register.municipalities).to.have.length(357);
    expect(new Set(register.municipalities.map((entry) => entry.number)).size).to.equal(357);
    for (const entry of register.municipalities) expect(entry.name, entry.number).to.equal(entry.names.join(' - '));
    expect(municipalityRegisterSchema.safeParse(register).success).to.equal(true);
  });
});

describe('every record', () => {
  it('is in bokmål, nynorsk and English', () => {
    expect(missingTranslations(catalogue)).to.deep.equal([]);
  });

  it('names sources that exist', () => {
    const seeds = new Set(Object.keys(facts.seeds));
    const sources = JSON.stringify(catalogue).matchAll(/"seed":"([^"]+)"/g);
    for (const [, seed] of sources) expect(seeds.has(seed ?? ''), seed).to.equal(true);
    for (const m of catalogue.measures)
      expect(
        m.sources.some((s) => s.seed === SEED_2021),
        `measure ${m.number}`,
      ).to.equal(true);
    for (const p of catalogue.programmes) expect(p.sources.length, p.id).to.be.greaterThan(0);
  });
});
