// Messages about data that every element shows the same way.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ConnectedTask } from './connected-task.js';
import { currentLocale } from '../localization/locale.js';

/** A `YYYY-MM-DD` date as readers write it: "23. november 2026", or "23 November 2026" in English. */
export function formatDate(iso: string): string {
  const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
  const key = `${locale} ${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const date = new Date(`${iso}T12:00:00Z`);
    text = Number.isNaN(date.getTime()) ? iso : dateFormat(locale).format(date);
    if (formattedDates.size > 5_000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/** Dates already written out: a list of offers shows the same dates at every keystroke. */
const formattedDates = new Map<string, string>();

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

/**
 * What every element shows for its data: a loading note, an error with a retry button, or its content, under a
 * dated note when `src` failed and the embedded catalogue is shown instead.
 */
export function renderLoaded<const A extends readonly unknown[], V extends { fallback?: { updated: string } }>(
  task: ConnectedTask<A, V>,
  text: { loading: string; failed: string },
  content: (value: V) => unknown,
) {
  // "Try again" forgets the failed remote catalogues first (their module is here already: a src failed).
  const retry = () =>
    void import('./remote-data.js').then(({ forgetFailedRemotes }) => {
      forgetFailedRemotes();
      return task.run();
    });
  // While loading, the element holds about the room its content will take (each element sets --_loading-size), so the
  // page below it does not jump when the content arrives.
  const loading = () => html`<div class="loading"><p class="message" part="message" role="status">${text.loading}</p></div>`;
  const complete = (value: V) => html`${value.fallback ? dataMessages.renderFallback(value.fallback.updated, retry) : nothing}${content(value)}`;
  return task.render({
    initial: loading,
    // While the same data loads again or in another language, what was shown stays, and keyboard focus with it.
    pending: () => (task.refreshing && task.value !== undefined ? complete(task.value) : loading()),
    error: () => html`<div class="message error" part="message" role="alert">
      <p>${text.failed}</p>
      <button class="button" @click=${retry}>${msg('Prøv igjen', { id: 'data.retry' })}</button>
    </div>`,
    complete,
  });
}
