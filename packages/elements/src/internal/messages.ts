// Messages about data that every element shows the same way.
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { currentLocale } from '../localization/locale.js';

/** A `YYYY-MM-DD` date as readers write it: "23. november 2026", or "23 November 2026" in English. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(currentLocale() === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
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
