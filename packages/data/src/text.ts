import type { LocalizedText } from '@foreldrestotte/sdk';

/** Text in bokmål, nynorsk and English, in that order. */
export function t(nb: string, nn: string, en: string): Required<LocalizedText> {
  return { nb, nn, en };
}
