// One cell of the tiltaksvifte: the offers that cover it, or, said in words (never by colour alone), that none does,
// with the catalogue's programmes that could.
import { msg } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { localize, safeLink, type CoverageCell, type Locale, type Offer, type Programme } from '@foreldrestotte/sdk';

/** Offers as a list: each title (a link to sign up, or to its provider) and its provider. */
export function renderOfferList(offers: readonly Offer[], locale: Locale) {
  return html`<ul class="offer-list">
    ${offers.map((offer) => {
      const href = safeLink(offer.signUpUrl) ?? safeLink(offer.provider.url);
      const title = localize(offer.title, locale);
      return html`<li>${href ? html`<a href=${href}>${title}</a>` : title} <span class="provider">(<bdi>${offer.provider.name}</bdi>)</span></li>`;
    })}
  </ul>`;
}

/** Programme names, each a link to its page where its sources name one. */
function renderProgrammes(programmes: readonly Programme[], locale: Locale) {
  return programmes.map((programme, index) => {
    const href = safeLink(programme.page?.url);
    const name = localize(programme.name, locale);
    return html`${index > 0 ? ', ' : ''}${href ? html`<a href=${href}>${name}</a>` : name}`;
  });
}

/** An open circle with a bar: the gap's own shape, beside its words. */
const gapIcon = svg`<svg class="gap-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="3 2"/></svg>`;

export function renderCell(cell: CoverageCell | undefined, locale: Locale) {
  if (!cell) return nothing;
  if (cell.offers.length) return renderOfferList(cell.offers, locale);
  return html`<div class="gap" part="gap">
    <p class="gap-line">${gapIcon}<strong>${msg('Ingen tilbud', { id: 'coverage.gap' })}</strong></p>
    <p class="suggest">${
      cell.suggestions.length
        ? html`${msg('Kan fylles av:', { id: 'coverage.suggest' })} ${renderProgrammes(cell.suggestions, locale)}`
        : msg('Katalogen har ikke noe program for familier her.', { id: 'coverage.nothing' })
    }</p>
    ${
      cell.forProfessionals.length
        ? html`<p class="suggest">${msg('For ansatte:', { id: 'coverage.staff' })} ${renderProgrammes(cell.forProfessionals, locale)}</p>`
        : nothing
    }
  </div>`;
}
