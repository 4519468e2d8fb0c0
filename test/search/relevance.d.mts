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
    createProgrammeSearch: (data: never) => { search: (query: string) => { item: { id: string } }[] };
    createOfferSearch: (data: never, offers: never) => { search: (query: string) => { item: { id: string } }[] };
  },
  chunks: Record<string, unknown>,
  offers: readonly unknown[],
  queries: readonly Judged[],
  municipalities?: unknown,
): { byKind: Record<string, Quality>; all: Quality; misses: (Judged & { top: string[] })[] };
