// The offers section: its heading, the lines for editors (preview) and parents (one neutral line) when some offers could
// not be shown, a note while a file is still on its way, and the offers; and the offers' filters, which the finder
// puts with its other filters. Loaded with the first offers (offers-controller.ts), so a finder without offers does
// not carry it.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Locale, Offer, Programme } from '@foreldrestotte/sdk';
import type { OfferProblem } from '../../../internal/offers.js';
import { renderPreview } from '../../../internal/offer-preview.js';
import { renderOffer, type NameOf } from './offer-item.js';
import { renderOfferFilters, type OfferFilterState } from './offer-filters.js';

/** What the section shows: the controller's view of the offers. */
export interface OffersView extends OfferFilterState {
  readonly problems: readonly OfferProblem[];
  /** The files still on their way. */
  readonly pending: readonly string[];
  readonly preview: boolean;
  readonly nameOf: NameOf;
  /** The one neutral line parents see when offers are missing. */
  message(): string;
}

/** What the finder asks the section to show. */
export interface SectionRequest {
  /** The offers that match, ranked. */
  offers: readonly Offer[];
  /** How many of them are listed; `more` (the finder's "show more" button) below them. */
  shown: number;
  more: unknown;
  /** The catalogue's programmes by id, for each offer's programme. */
  byId: ReadonlyMap<string, Programme>;
  locale: Locale;
  /** The section heading's level. */
  level: number;
  today: string;
  /** Nothing at all matched: the finder says so once, for programmes and offers together. */
  quiet: boolean;
}

/** The section: the offers that match, the first `shown` of them listed, `more` below. */
export function renderSection(view: OffersView, { offers, shown, more, byId, locale, level, today, quiet }: SectionRequest) {
  const { problems, offers: all, pending } = view;
  // When nothing at all matches, the finder says so once, for programmes and offers together.
  if ((all.length === 0 || (quiet && offers.length === 0)) && problems.length === 0 && pending.length === 0) return nothing;
  return html`<section aria-labelledby="offers-heading">
    <div class="section-heading" id="offers-heading" role="heading" aria-level=${level}>${msg('Lokale tilbud', { id: 'finder.offersHeading' })}</div>
    ${view.preview ? renderPreview(problems, all.length, locale, level + 1) : problems.length ? html`<p class="message" part="message">${view.message()}</p>` : nothing}
    ${pending.length ? html`<p class="message pending" part="message" role="status">${pending.map((source) => msg(html`Henter fortsatt tilbud fra <bdi>${hostOf(source)}</bdi> …`, { id: 'offer.pending' }))}</p>` : nothing}
    ${
      offers.length
        ? html`<ul class="results" part="offers">
          ${offers.slice(0, shown).map((offer) => renderOffer(offer, offer.programme === undefined ? undefined : byId.get(offer.programme), view.nameOf, locale, today, level + 1))}
        </ul>`
        : all.length && !quiet
          ? html`<p class="message" part="message">${msg('Ingen lokale tilbud passer søket og filtrene.', { id: 'finder.offersEmpty' })}</p>`
          : nothing
    }
    ${more}
  </section>`;
}

/** The offers' filters, for the finder's filter panel: behind the "Filter" button on a phone, beside the answers when wide. */
export function renderFilters(view: OffersView, locale: Locale) {
  if (view.offers.length === 0) return nothing;
  return guard([view.offers, view.register, view.municipality.shown, view.municipality.unknown, view.language, view.openOnly, locale], () =>
    renderOfferFilters(view, locale),
  );
}

/** A file's host (or "inline offers"), to say whose offers are still coming. */
const hostOf = (source: string) => (URL.canParse(source) ? new URL(source).host : source);
