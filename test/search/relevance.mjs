// Search quality on the judged queries (judged-queries.json): hit@5 (a relevant record among the first five),
// MRR (1 / rank of the first relevant record) and recall@10 (share of the relevant records among the first ten),
// per kind of query and overall; and, for queries that state the child's age, the answers in the first three made
// for other ages. Used by the SDK's relevance test and by `npm run bench`.

/** Kinds of query written as parents type them: whole questions and situations. */
export const QUESTION_KINDS = ['question', 'situation', 'question-nn', 'question-en', 'spoken', 'later', 'later-nn', 'later-en'];

/**
 * Whether a record of ages `range` is for another age than `age` asks: no overlap, or, for an expecting parent, a
 * record that starts after birth's first year. A record without ages is for any age.
 */
export function wrongAge(range, age) {
  if (!range || !age) return false;
  if (age.fromPregnancy) return !range.fromPregnancy && range.min > 0;
  return range.max < age.min || range.min > age.max;
}

/**
 * @param {{ createProgrammeSearch: Function, createOfferSearch: Function }} sdk the SDK under test
 * @param {Record<string, { programmes: unknown[] }>} chunks the programmes chunk of each locale
 * @param {unknown[]} offers the offers the offer queries run against
 * @param {{ kind: string, query: string, locale: string, target: string, relevant: string[], age?: object }[]} queries
 * @param {unknown} [municipalities] the municipality register, so offers match by place name
 */
export function evaluate(sdk, chunks, offers, queries, municipalities) {
  // One search per locale and kind, made once, as a page makes it.
  const searches = new Map();
  const searchFor = (locale, target) => {
    const key = `${locale} ${target}`;
    if (!searches.has(key)) {
      const data = chunks[locale];
      searches.set(key, target === 'offers' ? sdk.createOfferSearch({ ...data, municipalities }, offers) : sdk.createProgrammeSearch(data));
    }
    return searches.get(key);
  };
  const programmes = new Map(Object.values(chunks)[0].programmes.map((programme) => [programme.id, programme]));
  const ageOf = (item) => item.ageRange ?? programmes.get(item.programme)?.ageRange;
  const rows = queries.map((judged) => {
    const hits = searchFor(judged.locale, judged.target).search(judged.query);
    const ids = hits.map((hit) => hit.item.id);
    const rank = ids.findIndex((id) => judged.relevant.includes(id)) + 1;
    const inTen = judged.relevant.filter((id) => ids.slice(0, 10).includes(id)).length;
    const wrong = judged.age
      ? hits
          .slice(0, 3)
          .filter((hit) => wrongAge(ageOf(hit.item), judged.age))
          .map((hit) => hit.item.id)
      : [];
    return { ...judged, top: ids.slice(0, 5), hit5: rank > 0 && rank <= 5, rr: rank > 0 ? 1 / rank : 0, recall10: inTen / judged.relevant.length, wrong };
  });
  const summarise = (list) => ({
    queries: list.length,
    hit5: list.filter((row) => row.hit5).length / list.length,
    mrr: list.reduce((sum, row) => sum + row.rr, 0) / list.length,
    recall10: list.reduce((sum, row) => sum + row.recall10, 0) / list.length,
    withAge: list.filter((row) => row.age).length,
    wrongAge: list.reduce((sum, row) => sum + row.wrong.length, 0),
  });
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const questions = rows.filter((row) => QUESTION_KINDS.includes(row.kind));
  return {
    byKind: Object.fromEntries(kinds.map((kind) => [kind, summarise(rows.filter((row) => row.kind === kind))])),
    questions: summarise(questions),
    all: summarise(rows),
    misses: rows.filter((row) => !row.hit5),
    wrongAge: rows.filter((row) => row.wrong.length > 0),
  };
}
