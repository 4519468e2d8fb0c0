// A local offer as a calendar event (iCalendar, RFC 5545), for "add to calendar": whole days, as the offers give
// dates but no clock times (the time of day is in the schedule's words).
import type { Locale } from '../schemas/common.js';
import type { Offer } from '../schemas/offer.js';
import { localize } from './text.js';

/** What {@link offerCalendar} needs beyond the offer. */
export interface CalendarOptions {
  /** The language of the title, schedule and description; default bokmål. */
  locale?: Locale;
  /** When the event is written (`DTSTAMP`); default now. */
  now?: Date;
  /** The name of the offer's place, added to its address: the municipality's name, say. */
  placeName?: string;
}

/** Text as an iCalendar value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
const escapeText = (text: string) =>
  text
    .replace(/[\\;,]/g, (mark) => `\\${mark}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters have no place in a calendar file.
    .replace(/\p{Cc}/gu, '');

/** A content line folded at 75 octets, never inside a character, continued lines starting with a space (RFC 5545 3.1). */
function fold(line: string): string {
  // Most lines are short ASCII: nothing to count.
  if (line.length <= 75 && /^[ -~]*$/.test(line)) return line;
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = character.charCodeAt(0) < 0x80 ? 1 : encoder.encode(character).length;
    if (size + bytes > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (date: string) => date.replaceAll('-', '');
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The offer as an iCalendar file with one event, or undefined when it has no start date. A course of one to three days
 * is one event over those days; a longer one is its first day, the whole period and schedule in the description (a
 * weekly rhythm is given in words, so it is not guessed as a recurrence). The sign-up link is the event's URL.
 *
 * ```ts
 * const ics = offerCalendar(offer, { locale: 'nn' });
 * ```
 */
export function offerCalendar(offer: Offer, options: CalendarOptions = {}): string | undefined {
  if (!offer.startDate) return undefined;
  const locale = options.locale ?? 'nb';
  const start = offer.startDate;
  const end = offer.endDate ?? start;
  const short = Date.parse(end) - Date.parse(start) <= 2 * 86_400_000;
  const stamp = (options.now ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const place = [offer.address?.street, offer.address?.place, options.placeName].filter((part): part is string => Boolean(part));
  const description = [
    end !== start ? `${start} – ${end}` : undefined,
    offer.schedule ? localize(offer.schedule, locale) : undefined,
    offer.provider.name,
    offer.description ? localize(offer.description, locale) : undefined,
    offer.signUpUrl,
  ].filter((part): part is string => Boolean(part));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Foreldrestøtte kit//offerCalendar//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(offer.id)}@foreldrestotte-kit`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(start)}`,
    // DTEND of whole days is the day after the last (RFC 5545 3.6.1).
    `DTEND;VALUE=DATE:${compact(addDays(short ? end : start, 1))}`,
    `SUMMARY:${escapeText(localize(offer.title, locale))}`,
    ...(place.length ? [`LOCATION:${escapeText([...new Set(place)].join(', '))}`] : []),
    ...(description.length ? [`DESCRIPTION:${escapeText(description.join('\n'))}`] : []),
    ...(offer.signUpUrl?.startsWith('https:') ? [`URL:${offer.signUpUrl}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
