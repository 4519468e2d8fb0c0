// The local offers' own filters: municipality (any of the register's, found by any of its official names or its
// number), language (those the offers are held in) and "open for sign-up".
import { msg } from '@lit/localize';
import { html } from 'lit';
import { languageName, type Locale, type MunicipalityRegister, type Offer } from '@foreldrestotte/sdk';

/** What the filters show and set. */
export interface OfferFilterState {
  readonly offers: readonly Offer[];
  readonly register: MunicipalityRegister | undefined;
  /** The municipality asked for: as the field shows it, and whether it matched none of the register. */
  readonly municipality: { readonly shown: string; readonly unknown: boolean };
  readonly language: string;
  readonly openOnly: boolean;
  set(filter: 'municipality' | 'language', value: string): void;
  set(filter: 'openOnly', value: boolean): void;
}

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) => collators.get(locale) ?? (collators.set(locale, new Intl.Collator(locale)), collators.get(locale) as Intl.Collator);

/** The languages the offers are held in, by name. */
function languagesOf(offers: readonly Offer[], locale: Locale) {
  const tags = [...new Set(offers.flatMap((offer) => offer.languages.map((tag) => tag.split('-')[0] as string)))];
  return tags.map((tag) => ({ tag, name: languageName(tag, locale) })).sort((a, b) => collator(locale).compare(a.name, b.name));
}

/** The register's municipalities by name, for the list the field suggests from. */
function municipalitiesOf(register: MunicipalityRegister | undefined, locale: Locale) {
  return [...(register?.municipalities ?? [])].sort((a, b) => collator(locale).compare(a.name, b.name));
}

export function renderOfferFilters(state: OfferFilterState, locale: Locale) {
  return html`<fieldset class="offer-filters" part="offer-filters">
    <legend>${msg('Lokale tilbud', { id: 'finder.offersHeading' })}</legend>
    <div class="field">
      <label for="municipality">${msg('Kommune', { id: 'offer.municipalityFilter' })}</label>
      <input id="municipality" type="search" list="municipality-names" autocomplete="off" spellcheck="false" maxlength="100"
        aria-describedby="municipality-help" aria-invalid=${state.municipality.unknown ? 'true' : 'false'} .value=${state.municipality.shown}
        @change=${(event: Event) => state.set('municipality', (event.target as HTMLInputElement).value)} />
      <datalist id="municipality-names">
        ${municipalitiesOf(state.register, locale).map((entry) => html`<option value=${entry.name}>${entry.number}</option>`)}
      </datalist>
      <p class="help" id="municipality-help">${
        state.municipality.unknown
          ? msg(html`Fant ingen kommune som heter <bdi>${state.municipality.shown}</bdi>. Skriv navnet eller kommunenummeret.`, {
              id: 'offer.unknownMunicipality',
            })
          : msg('Navn eller kommunenummer. Tilbud på nett vises i alle kommuner.', { id: 'offer.municipalityHelp' })
      }</p>
    </div>
    <div class="field">
      <label for="language">${msg('Språk', { id: 'offer.languageFilter' })}</label>
      <select id="language" @change=${(event: Event) => state.set('language', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!state.language}>${msg('Alle språk', { id: 'offer.allLanguages' })}</option>
        ${languagesOf(state.offers, locale).map(({ tag, name }) => html`<option value=${tag} ?selected=${tag === state.language}>${name}</option>`)}
      </select>
    </div>
    <label class="check"><input type="checkbox" .checked=${state.openOnly} @change=${(event: Event) => state.set('openOnly', (event.target as HTMLInputElement).checked)} />
      ${msg('Bare tilbud som er åpne for påmelding', { id: 'offer.openOnly' })}</label>
  </fieldset>`;
}
