// Messages about data that every element shows the same way.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ConnectedTask } from './connected-task.js';
import { formatDate } from './dates.js';

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
  task.settle();
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
