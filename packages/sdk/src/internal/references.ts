// Checks the links between records that a schema cannot see: ids that must exist, numbers that must be unique.
import type { ValidationIssue } from '../errors/errors.js';
import type { Catalogue } from '../schemas/catalogue.js';

interface Partial {
  focusAreas?: Catalogue['focusAreas'];
  organisations?: Catalogue['organisations'];
  measures?: Catalogue['measures'];
  arenas?: Catalogue['arenas'];
  programmes?: Catalogue['programmes'];
  topics?: Catalogue['topics'];
  offers?: readonly { id: string }[];
}

function duplicates<T>(items: readonly T[], key: (item: T) => string | number, path: string, field: string) {
  const seen = new Set<string | number>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      issues.push({
        path: `${path}[${index}].${field}`,
        code: 'duplicate',
        message: `duplicate ${field} ${JSON.stringify(value)}`,
        params: { field, value: String(value) },
      });
    }
    seen.add(value);
  });
  return issues;
}

function unknownRef(path: string, what: string, value: string | number): ValidationIssue {
  return { path, code: 'unknown_reference', message: `refers to unknown ${what} ${JSON.stringify(value)}`, params: { what, value: String(value) } };
}

/** Every broken link in a catalogue or chunk, with its path. Domains absent from `data` are not checked against. */
export function checkReferences(data: Partial): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { focusAreas, organisations, measures, arenas, programmes, topics, offers } = data;
  if (offers) issues.push(...duplicates(offers, (offer) => offer.id, 'offers', 'id'));
  if (focusAreas) issues.push(...duplicates(focusAreas, (area) => area.id, 'focusAreas', 'id'));
  if (organisations) issues.push(...duplicates(organisations, (org) => org.id, 'organisations', 'id'));
  if (arenas) issues.push(...duplicates(arenas, (arena) => arena.id, 'arenas', 'id'));
  if (programmes) issues.push(...duplicates(programmes, (programme) => programme.id, 'programmes', 'id'));
  if (topics) issues.push(...duplicates(topics, (topic) => topic.id, 'topics', 'id'));

  if (measures) {
    issues.push(...duplicates(measures, (measure) => measure.number, 'measures', 'number'));
    const areaIds = focusAreas && new Set(focusAreas.map((area) => area.id));
    const orgIds = organisations && new Set(organisations.map((org) => org.id));
    measures.forEach((measure, m) => {
      if (areaIds && !areaIds.has(measure.focusArea)) {
        issues.push(unknownRef(`measures[${m}].focusArea`, 'focus area', measure.focusArea));
      }
      measure.responsible.forEach((id, r) => {
        if (orgIds && !orgIds.has(id)) issues.push(unknownRef(`measures[${m}].responsible[${r}]`, 'organisation', id));
      });
      issues.push(...duplicates(measure.reports, (report) => report.year, `measures[${m}].reports`, 'year'));
    });
  }

  if (programmes) {
    const arenaIds = arenas && new Set(arenas.map((arena) => arena.id));
    const programmeIds = new Set(programmes.map((programme) => programme.id));
    const topicIds = topics && new Set(topics.map((topic) => topic.id));
    const measureNumbers = measures && new Set(measures.map((measure) => measure.number));
    programmes.forEach((programme, p) => {
      programme.arenas.forEach((id, a) => {
        if (arenaIds && !arenaIds.has(id)) issues.push(unknownRef(`programmes[${p}].arenas[${a}]`, 'arena', id));
      });
      programme.topics.forEach((id, t) => {
        if (topicIds && !topicIds.has(id)) issues.push(unknownRef(`programmes[${p}].topics[${t}]`, 'topic', id));
      });
      programme.relatedMeasures.forEach((number, r) => {
        if (measureNumbers && !measureNumbers.has(number)) {
          issues.push(unknownRef(`programmes[${p}].relatedMeasures[${r}]`, 'measure', number));
        }
      });
      if (programme.partOf !== undefined && !programmeIds.has(programme.partOf)) {
        issues.push(unknownRef(`programmes[${p}].partOf`, 'programme', programme.partOf));
      }
    });
  }
  return issues;
}
