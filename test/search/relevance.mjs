// Search quality on the judged queries (judged-queries.json): hit@5 (a relevant record among the first five),
// MRR (1 / rank of the first relevant record) and recall@10 (share of the relevant records among the first ten),
// per kind of query and overall. Used by the SDK's relevance test and by `npm run bench`.

/**
 * @param {{ createProgrammeSearch: Function, createOfferSearch: Function }} sdk the SDK under test
 * @param {Record<string, { programmes: unknown[] }>} chunks the programmes chunk of each locale
 * @param {unknown[]} offers the offers the offer queries run against
 * @param {{ kind: string, query: string, locale: string, target: string, relevant: string[] }[]} queries
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
  const rows = queries.map((judged) => {
    const hits = searchFor(judged.locale, judged.target).search(judged.query);
    const ids = hits.map((hit) => hit.item.id);
    const rank = ids.findIndex((id) => judged.relevant.includes(id)) + 1;
    const inTen = judged.relevant.filter((id) => ids.slice(0, 10).includes(id)).length;
    return { ...judged, top: ids.slice(0, 5), hit5: rank > 0 && rank <= 5, rr: rank > 0 ? 1 / rank : 0, recall10: inTen / judged.relevant.length };
  });
  const summarise = (list) => ({
    queries: list.length,
    hit5: list.filter((row) => row.hit5).length / list.length,
    mrr: list.reduce((sum, row) => sum + row.rr, 0) / list.length,
    recall10: list.reduce((sum, row) => sum + row.recall10, 0) / list.length,
  });
  const kinds = [...new Set(rows.map((row) => row.kind))];
  return {
    byKind: Object.fromEntries(kinds.map((kind) => [kind, summarise(rows.filter((row) => row.kind === kind))])),
    all: summarise(rows),
    misses: rows.filter((row) => !row.hit5),
  };
}
