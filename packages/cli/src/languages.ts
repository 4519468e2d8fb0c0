// Languages as people type them in a spreadsheet: a code ("ar"), or a name in bokmål, nynorsk or English ("arabisk",
// "Arabic"), from the names this Node.js knows (Intl.DisplayNames), made once.
import { key } from './values.js';

/** Languages without a two-letter code that families in Norway speak: Dari, Sorani, Kurmanji, Sami, Kven, Romani. */
const THREE_LETTER = ['prs', 'ckb', 'kmr', 'sma', 'smj', 'fkv', 'rom'];

/** Names that mean Norwegian in everyday speech; the course is spoken, so it is Norwegian (`no`), not a written standard. */
const NORWEGIAN = ['norsk', 'norwegian', 'bokmål', 'nynorsk'];

let names: Map<string, string> | undefined;
const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function allNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).concat(THREE_LETTER);
  for (const locale of ['en', 'nn', 'nb']) {
    const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && !names.has(key(name))) names.set(key(name), code);
    }
  }
  for (const word of NORWEGIAN) names.set(key(word), 'no');
  return names;
}

/** The language tag for a code or a name in nb, nn or en; undefined when it is neither. */
export function languageTag(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(trimmed)) {
    const [primary, ...rest] = trimmed.split('-');
    const code = (primary as string).toLowerCase();
    if (english.of(code)) return [code, ...rest].join('-');
  }
  return allNames().get(key(trimmed));
}
