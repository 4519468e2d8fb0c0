// The child's age the search read from the question, shown as a chip the reader can take away (issue 18).
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { QueryAge } from '@foreldrestotte/sdk';

/** "Alder: 14 år", "Alder: 13–18 år", "Venter barn". */
export function ageWords(age: QueryAge): string {
  if (age.fromPregnancy) return msg('Venter barn', { id: 'finder.ageExpecting' });
  const years = age.min === age.max ? `${age.min}` : `${age.min}–${age.max}`;
  return msg(str`Alder: ${years} år`, { id: 'finder.ageRead' });
}

/** The age read, and a button that stops ranking by it: the reader can correct what was read. */
export function renderAgeChip(age: QueryAge, remove: () => void) {
  const words = ageWords(age);
  return html`<span class="chip age" part="age">
    <span>${words}</span>
    <button class="chip-remove" aria-label=${msg(str`Fjern ${words}`, { id: 'finder.ageRemove' })} title=${msg('Ikke ordne svarene etter denne alderen', { id: 'finder.ageRemoveTitle' })} @click=${remove}><svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>
  </span>`;
}
