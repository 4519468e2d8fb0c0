// Dates as the elements show them, and today as the reader's clock has it.
import { currentLocale } from '../localization/locale.js';

/** Today in the reader's time zone, `YYYY-MM-DD`: offers that ended before it are hidden. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// An Intl formatter costs far more to create than to use: one per language.
const formats = new Map<string, Intl.DateTimeFormat>();

// Offers repeat a few dates, and a keystroke lists them again: each date is written once per language.
const written = new Map<string, string>();

/** A `YYYY-MM-DD` date as readers write it: "23. november 2026", or "23 November 2026" in English. */
export function formatDate(iso: string): string {
  const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
  const key = `${locale} ${iso}`;
  let text = written.get(key);
  if (text === undefined) {
    const date = new Date(`${iso}T12:00:00Z`);
    let format = formats.get(locale);
    if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
    text = Number.isNaN(date.getTime()) ? iso : format.format(date);
    // Dates come from files a page loads: the memory stays bounded however many there are.
    if (written.size >= 2_000) written.clear();
    written.set(key, text);
  }
  return text;
}
