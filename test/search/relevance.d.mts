export interface JudgedAge {
  min: number;
  max: number;
  fromPregnancy?: boolean;
}
export interface Judged {
  kind: string;
  query: string;
  locale: string;
  target: string;
  relevant: string[];
  /** The child's age the query states. */
  age?: JudgedAge;
}
export interface Quality {
  queries: number;
  hit5: number;
  mrr: number;
  recall10: number;
  /** Queries that state an age, and the answers in their first three made for another age. */
  withAge: number;
  wrongAge: number;
}
export const QUESTION_KINDS: string[];
export function wrongAge(range: { min: number; max: number; fromPregnancy?: boolean } | undefined, age: JudgedAge | undefined): boolean;
export function evaluate(
  sdk: {
    createProgrammeSearch: (data: never) => { search: (query: string) => { item: { id: string } }[] };
    createOfferSearch: (data: never, offers: never) => { search: (query: string) => { item: { id: string } }[] };
  },
  chunks: Record<string, unknown>,
  offers: readonly unknown[],
  queries: readonly Judged[],
  municipalities?: unknown,
): {
  byKind: Record<string, Quality>;
  questions: Quality;
  all: Quality;
  misses: (Judged & { top: string[] })[];
  wrongAge: (Judged & { top: string[]; wrong: string[] })[];
};
