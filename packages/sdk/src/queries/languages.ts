// Apart from text.ts, which every element needs: only the elements that list offers load these names.
import { Memo } from '../internal/memo.js';
import type { Locale } from '../schemas/common.js';

/** Names of languages by locale and tag: Intl.DisplayNames is costly to create and to ask, and offers share a few. */
const languageNames = new Memo<string, string>(500);
const displayNames = new Map<Locale, Intl.DisplayNames | undefined>();

/**
 * Language names in nynorsk, for engines whose `Intl` has no nynorsk names: the languages most courses in Norway are
 * held in, written as Språkrådet's nynorsk dictionaries write them.
 */
const NYNORSK: Readonly<Record<string, string>> = {
  no: 'norsk',
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  se: 'nordsamisk',
  sma: 'sørsamisk',
  smj: 'lulesamisk',
  fkv: 'kvensk',
  en: 'engelsk',
  ar: 'arabisk',
  so: 'somali',
  ti: 'tigrinja',
  prs: 'dari',
  fa: 'persisk',
  ps: 'pashto',
  ur: 'urdu',
  pl: 'polsk',
  lt: 'litauisk',
  lv: 'latvisk',
  ru: 'russisk',
  uk: 'ukrainsk',
  ro: 'rumensk',
  bg: 'bulgarsk',
  sv: 'svensk',
  da: 'dansk',
  de: 'tysk',
  fr: 'fransk',
  es: 'spansk',
  pt: 'portugisisk',
  it: 'italiensk',
  tr: 'tyrkisk',
  ku: 'kurdisk',
  ckb: 'sorani',
  kmr: 'kurmandsji',
  am: 'amharisk',
  om: 'oromo',
  sw: 'swahili',
  th: 'thai',
  vi: 'vietnamesisk',
  tl: 'tagalog',
  zh: 'kinesisk',
  ta: 'tamil',
  hi: 'hindi',
  pa: 'panjabi',
  sq: 'albansk',
  bs: 'bosnisk',
  hr: 'kroatisk',
  sr: 'serbisk',
  et: 'estisk',
  fi: 'finsk',
  is: 'islandsk',
  my: 'burmesisk',
  ne: 'nepali',
  rom: 'romani',
  sgn: 'teiknspråk',
  nsl: 'norsk teiknspråk',
};

/**
 * A language's name in `locale`, from its BCP 47 tag: `languageName('ar', 'nb')` → "arabisk", `('so', 'en')` →
 * "Somali"; nynorsk from this project's own table first. A tag the engine does not know is given back as it is.
 */
export function languageName(tag: string, locale: Locale): string {
  return languageNames.get(`${locale} ${tag}`, () => {
    if (!displayNames.has(locale)) {
      try {
        displayNames.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
      } catch {
        // An engine without Intl.DisplayNames: the tags are shown.
        displayNames.set(locale, undefined);
      }
    }
    const primary = tag.split('-')[0]?.toLowerCase() ?? tag;
    if (locale === 'nn' && NYNORSK[primary]) return NYNORSK[primary];
    try {
      const names = displayNames.get(locale);
      return names?.of(tag) ?? names?.of(primary) ?? tag;
    } catch {
      // A tag the engine refuses (it is checked as BCP 47 before it comes here, but engines differ).
      return tag;
    }
  });
}
