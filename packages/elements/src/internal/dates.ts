// Dates as the elements show them, and today as the reader's clock has it.
import { currentLocale } from '../localization/locale.js';

/** Today in the reader's time zone, `YYYY-MM-DD`: offers that ended before it are hidden. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// An Intl formatter costs far more to create than to use: one per language.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` date as readers write it: "23. november 2026", or "23 November 2026" in English. */
export function formatDate(iso: string): string {
  const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}
