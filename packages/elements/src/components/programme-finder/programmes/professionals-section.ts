// Staff training and collaboration models, apart from what parents can join and saying so. Their list waits behind a
// button while something for families matches; a page rendered on the server shows it, for readers without script.
import { msg, str } from '@lit/localize';
import { html, isServer, nothing } from 'lit';

/** What the finder asks the section to show. */
export interface ProfessionalsRequest {
  /** How many programmes for staff match. */
  count: number;
  /** How many programmes for families match: with none, the list shows without a button. */
  forFamilies: number;
  /** The reader opened the list. */
  opened: boolean;
  /** Opens or closes it. */
  toggle: () => void;
  /** The section heading's level. */
  level: number;
  /** The list and its "show more", drawn only while the list is open. */
  list: () => unknown;
}

export function renderProfessionals({ count, forFamilies, opened, toggle, level, list }: ProfessionalsRequest) {
  const button = !isServer && forFamilies > 0;
  const open = !button || opened;
  const label = open
    ? msg('Skjul programmene for ansatte', { id: 'finder.professionalsHide' })
    : count === 1
      ? msg('Vis programmet for ansatte', { id: 'finder.professionalsShowOne' })
      : msg(str`Vis de ${count} programmene for ansatte`, { id: 'finder.professionalsShow' });
  return html`<section class="professionals" aria-labelledby="professionals-heading" ?data-open=${open}>
    <div class="section-heading" id="professionals-heading" role="heading" aria-level=${level}>${msg('For ansatte i tjenestene', { id: 'finder.professionalsHeading' })}</div>
    <p>${msg('Opplæring og samarbeidsmodeller for dem som arbeider med barn og foreldre, ikke tilbud foreldre melder seg på.', { id: 'finder.professionalsNote' })}</p>
    ${
      button
        ? html`<button class="button" part="professionals-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="professionals-list" @click=${toggle}
            >${label}</button
          >`
        : nothing
    }
    <div id="professionals-list">${open ? list() : nothing}</div>
  </section>`;
}
