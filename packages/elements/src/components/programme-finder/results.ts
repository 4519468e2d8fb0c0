// One result of the finder as a reader sees it: a programme (compact, details behind a disclosure) or a local offer.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Catalogue, type Locale, type Offer, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import { safeHref } from '../../internal/links.js';
import { formatDate } from '../../internal/messages.js';
import { ageText, categoryText, formatText, levelText } from '../../internal/vocabulary.js';

/** A programme to show, with the search terms it matched (none without a search), read only for those shown. */
export interface ProgrammeResult {
  item: Programme;
  terms: readonly string[];
}

/** Text with the words a search matched marked. */
export type Mark = (text: string, terms: readonly string[]) => string | (string | TemplateResult)[];

export function renderProgramme(result: ProgrammeResult, data: ProgrammesChunk | Catalogue, locale: Locale, mark: Mark) {
  const { item: programme, terms } = result;
  const uncertain = (field: NonNullable<Programme['uncertain']>[number]) =>
    programme.uncertain?.includes(field) ? html` <span class="uncertain">(${msg('usikkert', { id: 'finder.uncertain' })})</span>` : nothing;
  const arenas = programme.arenas.map((id) => data.arenas.find((arena) => arena.id === id)).filter((arena) => arena !== undefined);
  return html`<li class="result" part="result" tabindex="-1">
    <div>
      <span class="result-title" role="heading" aria-level="3">${mark(localize(programme.name, locale), terms)}</span>
      ${programme.category !== 'parenting-programme' ? html` <span class="tag">${categoryText(programme.category)}</span>` : nothing}
    </div>
    <p>${mark(localize(programme.summary, locale), terms)}</p>
    ${renderMeta(programme)}
    <details part="details">
      <summary>${msg('Mer om programmet', { id: 'finder.more' })}<span class="visually-hidden">: ${localize(programme.name, locale)}</span></summary>
    <dl>
      <dt>${msg('For hvem', { id: 'finder.audience' })}</dt>
      <dd>${localize(programme.audience, locale)}</dd>
      ${programme.levels.length
        ? html`<dt>${msg('Nivå', { id: 'finder.level' })}</dt><dd>${programme.levels.map(levelText).join(', ')}${uncertain('levels')}</dd>`
        : nothing}
      ${programme.ageRange ? html`<dt>${msg('Alder', { id: 'finder.ageShort' })}</dt><dd>${ageText(programme.ageRange)}${uncertain('ageRange')}</dd>` : nothing}
      ${programme.formats.length
        ? html`<dt>${msg('Form', { id: 'finder.formats' })}</dt><dd>${programme.formats.map(formatText).join(', ')}${uncertain('formats')}</dd>`
        : nothing}
      ${programme.length ? html`<dt>${msg('Varighet', { id: 'finder.length' })}</dt><dd>${localize(programme.length, locale)}${uncertain('length')}</dd>` : nothing}
      ${arenas.length
        ? html`<dt>${msg('Arena', { id: 'finder.arena' })}</dt><dd>${arenas.map((arena) => localize(arena.name, locale)).join(', ')}${uncertain('arenas')}</dd>`
        : nothing}
      ${programme.responsibleBody
        ? html`<dt>${msg('Ansvarlig', { id: 'card.responsible' })}</dt><dd>${localize(programme.responsibleBody, locale)}${uncertain('responsibleBody')}</dd>`
        : nothing}
      <dt>${msg('Dokumentasjon', { id: 'finder.evidence' })}</dt>
      <dd>
        ${programme.evidence.length === 0
          ? msg('Ingen vurdering i katalogen', { id: 'finder.noEvidence' })
          : programme.evidence.map((rating, index) => {
              const text =
                rating.source === 'ungsinn'
                  ? msg(str`Ungsinn nivå ${rating.level} av 5`, { id: 'finder.ungsinn' })
                  : msg(str`Blueprints: ${rating.level}`, { id: 'finder.blueprints' });
              const href = safeHref(rating.url);
              return html`${index > 0 ? '; ' : ''}${href ? html`<a href=${href}>${text}</a>` : text}${rating.year ? ` (${rating.year})` : ''}${rating.note ? html` – ${localize(rating.note, locale)}` : nothing}`;
            })}
      </dd>
    </dl>
    </details>
  </li>`;
}

/** One line a reader can scan: level, age and format, the details being behind the disclosure. */
function renderMeta(programme: Programme) {
  const parts = [
    programme.levels.map(levelText).join(', '),
    programme.ageRange ? ageText(programme.ageRange) : '',
    programme.formats.map(formatText).join(', '),
  ].filter(Boolean);
  return parts.length ? html`<p class="meta">${parts.join(' · ')}</p>` : nothing;
}

/** A local offer: what, who, where, when, in which languages, for which ages, the price, and how to join. */
export function renderOffer(offer: Offer, programme: Programme | undefined, place: unknown, locale: Locale) {
  const signUp = safeHref(offer.signUpUrl);
  const price = offer.price.free ? msg('Gratis', { id: 'offer.free' }) : `${kroner.format(offer.price.amountNok)} kr`;
  return html`<li class="result" part="offer" tabindex="-1">
    <div class="result-title" role="heading" aria-level="4">${localize(offer.title, locale)}</div>
    <dl>
      <dt>${msg('Arrangør', { id: 'offer.provider' })}</dt><dd>${offer.provider.name}</dd>
      ${programme ? html`<dt>${msg('Program', { id: 'offer.programme' })}</dt><dd>${localize(programme.name, locale)}</dd>` : nothing}
      <dt>${msg('Sted', { id: 'offer.place' })}</dt>
      <dd>${place}</dd>
      ${offer.startDate ? html`<dt>${msg('Start', { id: 'offer.start' })}</dt><dd>${formatDate(offer.startDate)}${offer.endDate ? ` – ${formatDate(offer.endDate)}` : ''}</dd>` : nothing}
      ${offer.schedule ? html`<dt>${msg('Når', { id: 'offer.schedule' })}</dt><dd>${localize(offer.schedule, locale)}</dd>` : nothing}
      <dt>${msg('Språk', { id: 'offer.languages' })}</dt><dd>${offer.languages.map((tag) => languageName(tag, locale)).join(', ')}</dd>
      ${offer.ageRange ? html`<dt>${msg('Alder', { id: 'finder.ageShort' })}</dt><dd>${ageText(offer.ageRange)}</dd>` : nothing}
      <dt>${msg('Pris', { id: 'offer.price' })}</dt><dd>${price}</dd>
    </dl>
    ${signUp ? html`<p><a href=${signUp}>${msg(str`Meld deg på: ${localize(offer.title, locale)}`, { id: 'offer.signUp' })}</a></p>` : nothing}
  </li>`;
}

// Intl objects are costly to create, so each is made once per language, not once per offer.
const languageNames = new Map<Locale, Intl.DisplayNames>();
const kroner = new Intl.NumberFormat('nb-NO');

function languageName(tag: string, locale: Locale): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      languageNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
