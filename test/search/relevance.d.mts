export interface Judged {
  kind: string;
  query: string;
  locale: string;
  target: string;
  relevant: string[];
}
export interface Quality {
  queries: number;
  hit5: number;
  mrr: number;
  recall10: number;
}
export function evaluate(
  sdk: {
    searchProgrammes: (data: never, query: string) => { item: { id: string } }[];
    searchOffers: (data: never, offers: never, query: string) => { item: { id: string } }[];
  },
  chunks: Record<string, unknown>,
  offers: readonly unknown[],
  queries: readonly Judged[],
  municipalities?: unknown,
): { byKind: Record<string, Quality>; all: Quality; misses: (Judged & { top: string[] })[] };
