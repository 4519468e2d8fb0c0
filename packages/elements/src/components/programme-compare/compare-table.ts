// Programmes side by side, as the directories people know lay them out (the EIF Guidebook, Blueprints, CEBC): a real
// table, one column per programme and one row per fact; in a narrow container, one card per programme with the same
// facts in the same order. Shared by <fs-programme-compare> and the finder's "Sammenlign".
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { localize, safeLink, type Catalogue, type Locale, type Offer, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import { ageText, categoryText, formatText, levelBothText } from '../../internal/vocabulary.js';

/** One row of the comparison: its name, and what it says of a programme. */
interface Fact {
  name: string;
  value: (programme: Programme) => TemplateResult | string;
}

const none = () => html`<span class="none">–<span class="visually-hidden">${msg('ikke oppgitt', { id: 'compare.none' })}</span></span>`;
const uncertain = (programme: Programme, field: NonNullable<Programme['uncertain']>[number]) =>
  programme.uncertain?.includes(field) ? html` <span class="uncertain">(${msg('usikkert ifølge kildene', { id: 'finder.uncertain' })})</span>` : nothing;

/** The facts compared, in the order a reader weighs them. */
function facts(data: ProgrammesChunk | Catalogue, locale: Locale, offers: readonly Offer[] | undefined): Fact[] {
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : none());
  const rows: Fact[] = [
    { name: msg('Hva det er', { id: 'compare.kind' }), value: (programme) => categoryText(programme.category) },
    { name: msg('For hvem', { id: 'finder.audience' }), value: (programme) => localize(programme.audience, locale) },
    {
      name: msg('Nivå', { id: 'finder.level' }),
      value: (programme) => html`${list(programme.levels.map((level) => levelBothText(level, locale)))}${uncertain(programme, 'levels')}`,
    },
    {
      name: msg('Alder', { id: 'finder.ageShort' }),
      value: (programme) => (programme.ageRange ? html`${ageText(programme.ageRange)}${uncertain(programme, 'ageRange')}` : none()),
    },
    { name: msg('Form', { id: 'finder.formats' }), value: (programme) => html`${list(programme.formats.map(formatText))}${uncertain(programme, 'formats')}` },
    {
      name: msg('Varighet', { id: 'finder.length' }),
      value: (programme) => (programme.length ? html`${localize(programme.length, locale)}${uncertain(programme, 'length')}` : none()),
    },
    {
      name: msg('Tema', { id: 'compare.topics' }),
      value: (programme) => list(programme.topics.map((id) => localize(data.topics.find((topic) => topic.id === id)?.name ?? { nb: id }, locale))),
    },
    { name: msg('Dokumentasjon', { id: 'finder.evidence' }), value: (programme) => renderEvidence(programme, locale) },
    {
      name: msg('Ansvarlig', { id: 'card.responsible' }),
      value: (programme) =>
        programme.responsibleBody ? html`${localize(programme.responsibleBody, locale)}${uncertain(programme, 'responsibleBody')}` : none(),
    },
    {
      name: msg('Tilbys av', { id: 'compare.where' }),
      value: (programme) =>
        html`${list(programme.arenas.map((id) => localize(data.arenas.find((arena) => arena.id === id)?.name ?? { nb: id }, locale)))}${uncertain(programme, 'arenas')}`,
    },
  ];
  if (offers) {
    rows.push({
      name: msg('Lokale tilbud', { id: 'finder.offersHeading' }),
      value: (programme) => {
        const here = offers.filter((offer) => offer.programme === programme.id);
        return here.length
          ? html`<ul class="compare-offers">
              ${here.map((offer) => html`<li><bdi>${localize(offer.title, locale)}</bdi> (<bdi>${offer.provider.name}</bdi>)</li>`)}
            </ul>`
          : msg('Ingen lokale tilbud oppgitt', { id: 'compare.noOffers' });
      },
    });
  }
  rows.push({
    name: msg('Les mer', { id: 'finder.readMore' }),
    value: (programme) => {
      const href = safeLink(programme.page?.url);
      return href ? html`<a href=${href}><span lang=${programme.page?.language ?? 'nb'}>${programme.page?.title}</span></a>` : none();
    },
  });
  return rows;
}

/** Ungsinn's level and Blueprints' rating, each linked to its source, with its year. */
function renderEvidence(programme: Programme, locale: Locale) {
  if (programme.evidence.length === 0) return msg('Ingen forskningsvurdering funnet', { id: 'finder.noEvidence' });
  return html`${programme.evidence.map((rating, index) => {
    const text =
      rating.source === 'ungsinn'
        ? msg(str`Ungsinn nivå ${rating.level} av 5`, { id: 'finder.ungsinn' })
        : msg(str`Blueprints: ${rating.level}`, { id: 'finder.blueprints' });
    const href = safeLink(rating.url);
    return html`${index > 0 ? html`<br />` : nothing}${href ? html`<a href=${href}>${text}</a>` : text}${rating.year ? ` (${rating.year})` : ''}${
      rating.note ? html` – ${localize(rating.note, locale)}` : nothing
    }`;
  })}`;
}

/**
 * The comparison of `programmes`: a table, and the same facts as one card per programme for a narrow container (CSS
 * shows one or the other). `offers`, when given, adds the local offers of each. `remove` adds a button per programme.
 */
export function renderComparison(
  programmes: readonly Programme[],
  data: ProgrammesChunk | Catalogue,
  locale: Locale,
  level: number,
  offers?: readonly Offer[],
  remove?: (programme: Programme) => void,
) {
  const rows = facts(data, locale, offers);
  const name = (programme: Programme) => localize(programme.name, locale);
  const removeButton = (programme: Programme) =>
    remove
      ? html`<button class="button remove" part="remove" @click=${() => remove(programme)}>
          ${msg('Fjern', { id: 'compare.remove' })}<span class="visually-hidden"> ${name(programme)}</span>
        </button>`
      : nothing;
  const caption = msg(str`Sammenligning av ${programmes.length} programmer`, { id: 'compare.caption' });
  return html`<div class="compare-wrap" role="region" tabindex="0" aria-label=${caption}>
      <table part="table">
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <td></td>
            ${programmes.map((programme) => html`<th scope="col"><span class="programme-name">${name(programme)}</span> ${removeButton(programme)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.name}</th>
              ${programmes.map((programme) => html`<td>${row.value(programme)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <ul class="compare-cards" part="cards">
      ${programmes.map(
        (programme) => html`<li class="compare-card" aria-labelledby="card-${programme.id}">
          <div class="card-heading" id="card-${programme.id}" role="heading" aria-level=${level}>${name(programme)}</div>
          <dl>
            ${rows.map((row) => html`<dt>${row.name}</dt><dd>${row.value(programme)}</dd>`)}
          </dl>
          ${removeButton(programme)}
        </li>`,
      )}
    </ul>`;
}
