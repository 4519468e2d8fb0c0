// Messages about data that every element shows the same way.
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { currentLocale } from '../localization/locale.js';

/** A `YYYY-MM-DD` date as readers write it: "23. november 2026", or "23 November 2026" in English. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(currentLocale() === 'en' ? 'en-GB' : 'nb-NO').format(date);
}

// Creating an Intl formatter costs far more than using one: a list of offers formats many dates per render.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

export const dataMessages = {
  fallback: (updated: string) =>
    msg(str`Katalogen fra den oppgitte adressen kunne ikke lastes. Viser den innebygde katalogen, oppdatert ${formatDate(updated)}.`, {
      id: 'data.fallback',
    }),

  renderFallback(updated: string, retry: () => void) {
    return html`<div class="message" part="message" role="status">
      <p>${dataMessages.fallback(updated)}</p>
      <button class="button" @click=${retry}>${msg('Prøv igjen', { id: 'data.retry' })}</button>
    </div>`;
  },
};
