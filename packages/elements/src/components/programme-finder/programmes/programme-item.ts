// One programme of the finder as a reader sees it: compact, the details behind a disclosure.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { localize, safeLink, type Catalogue, type Locale, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import { marked, type MarkedPart } from '../../../internal/marked.js';
import { shareHref } from '../../../internal/share.js';
import type { Contact } from '../help/where-to-turn.js';
import { whenOpen } from '../../../internal/when-open.js';
import { ageText, categoryText, formatText, levelBothText, levelPlainText } from '../../../internal/vocabulary.js';
import { currentLocale } from '../../../localization/locale.js';

/** Text with the words a search matched marked. */
export type Mark = (text: string, terms: readonly string[]) => readonly MarkedPart[];

/** A programme of the results, the search terms it matched (none without a search) marked in its name and summary. */
export function renderProgramme(
  programme: Programme,
  terms: readonly string[],
  data: ProgrammesChunk | Catalogue,
  locale: Locale,
  level: number,
  mark: Mark,
  contact: Contact,
  compare: { chosen: boolean; full: boolean; toggle: () => void },
) {
  const uncertain = (field: NonNullable<Programme['uncertain']>[number]) =>
    programme.uncertain?.includes(field) ? html` <span class="uncertain">(${msg('usikkert ifølge kildene', { id: 'finder.uncertain' })})</span>` : nothing;
  const arenas = programme.arenas.map((id) => data.arenas.find((arena) => arena.id === id)).filter((arena) => arena !== undefined);
  return html`<li class="result" part="result" tabindex="-1" id=${`programme-${programme.id}`}>
    <div>
      <span class="result-title" role="heading" aria-level=${level} ${marked(mark(localize(programme.name, locale), terms))}></span>
      ${programme.category !== 'parenting-programme' ? html` <span class="tag">${categoryText(programme.category)}</span>` : nothing}
    </div>
    <p ${marked(mark(localize(programme.summary, locale), terms))}></p>
    ${renderMeta(programme)}
    ${renderWhere(
      programme,
      arenas.map((arena) => localize(arena.name, locale)),
      uncertain('arenas'),
      contact,
    )}
    <p class="compare-toggle">
      <button class="button" part="compare-toggle" aria-pressed=${compare.chosen ? 'true' : 'false'} ?disabled=${compare.full} @click=${compare.toggle}>
        ${msg('Sammenlign', { id: 'finder.compareToggle' })}<span class="visually-hidden">: ${localize(programme.name, locale)}</span>
      </button>
      ${compare.full ? html`<span class="help">${msg('Du kan sammenligne tre om gangen.', { id: 'finder.compareFull' })}</span>` : nothing}
      <a class="share" part="share" target="_self" href=${shareHref(`programme-${programme.id}`)}
        >${msg('Lenke til programmet', { id: 'finder.share' })}<span class="visually-hidden">: ${localize(programme.name, locale)}</span></a
      >
    </p>
    <details part="details">
      <summary>${msg('Mer om programmet', { id: 'finder.more' })}<span class="visually-hidden">: ${localize(programme.name, locale)}</span></summary>
      <div ${whenOpen(
        () => html`<dl>
      <dt>${msg('For hvem', { id: 'finder.audience' })}</dt>
      <dd>${localize(programme.audience, locale)}</dd>
      ${
        programme.levels.length
          ? html`<dt>${msg('Nivå', { id: 'finder.level' })}</dt><dd>${programme.levels.map((id) => levelBothText(id, locale)).join(', ')}${uncertain('levels')}</dd>`
          : nothing
      }
      ${programme.ageRange ? html`<dt>${msg('Alder', { id: 'finder.ageShort' })}</dt><dd>${ageText(programme.ageRange)}${uncertain('ageRange')}</dd>` : nothing}
      ${
        programme.formats.length
          ? html`<dt>${msg('Form', { id: 'finder.formats' })}</dt><dd>${programme.formats.map(formatText).join(', ')}${uncertain('formats')}</dd>`
          : nothing
      }
      ${programme.length ? html`<dt>${msg('Varighet', { id: 'finder.length' })}</dt><dd>${localize(programme.length, locale)}${uncertain('length')}</dd>` : nothing}
      ${
        programme.responsibleBody
          ? html`<dt>${msg('Ansvarlig', { id: 'card.responsible' })}</dt><dd>${localize(programme.responsibleBody, locale)}${uncertain('responsibleBody')}</dd>`
          : nothing
      }
      <dt>${msg('Dokumentasjon', { id: 'finder.evidence' })}</dt>
      <dd>
        ${
          programme.evidence.length === 0
            ? msg('Ingen forskningsvurdering funnet', { id: 'finder.noEvidence' })
            : programme.evidence.map((rating, index) => {
                const text =
                  rating.source === 'ungsinn'
                    ? msg(str`Ungsinn nivå ${rating.level} av 5`, { id: 'finder.ungsinn' })
                    : msg(str`Blueprints: ${rating.level}`, { id: 'finder.blueprints' });
                const href = safeLink(rating.url);
                return html`${index > 0 ? '; ' : ''}${href ? html`<a href=${href}>${text}</a>` : text}${rating.year ? ` (${rating.year})` : ''}${rating.note ? html` – ${localize(rating.note, locale)}` : nothing}`;
              })
        }
      </dd>
    </dl>`,
      )}></div>
    </details>
  </li>`;
}

/**
 * How to get it: the services that offer it, as its sources name them (else the advice to ask the municipality, for
 * what families join, linked to the page's contact when it gives one), and its own page where the sources name one.
 */
function renderWhere(programme: Programme, arenas: readonly string[], uncertain: unknown, contact: Contact) {
  const forFamilies = !['staff-training', 'collaboration-model', 'digital-resource'].includes(programme.category);
  const href = safeLink(programme.page?.url);
  const contactHref = safeLink(contact.href);
  const label = contact.label || msg('kommunen din', { id: 'finder.yourMunicipality' });
  const ask = contactHref
    ? msg(html`Spør <a href=${contactHref} part="contact">${label}</a> om det tilbys der du bor.`, { id: 'finder.askContact' })
    : msg('Spør kommunen din om det tilbys der du bor.', { id: 'finder.askMunicipality' });
  const where = arenas.length ? msg(str`Tilbys av: ${arenas.map(asInSentence).join(', ')}`, { id: 'finder.offeredBy' }) : forFamilies ? ask : undefined;
  if (!where && !href) return nothing;
  return html`<p class="where" part="where">${where ?? nothing}${arenas.length ? html`${uncertain}.` : nothing}${where && href ? ' ' : nothing}${
    href
      ? html`<a href=${href}>${msg('Les mer', { id: 'finder.readMore' })}<span class="visually-hidden">: ${localize(programme.name, currentLocale())}</span>
        (<span lang=${programme.page?.language ?? 'nb'}>${programme.page?.title}</span>)</a>`
      : nothing
  }</p>`;
}

/** A name as it reads inside a sentence: "Barnevernet" → "barnevernet"; "BUP" stays. */
const asInSentence = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('nb') + name.slice(1) : name);

/** One line a reader can scan: level, age and format, the details being behind the disclosure. */
function renderMeta(programme: Programme) {
  const parts = [
    programme.levels.map(levelPlainText).join(', '),
    programme.ageRange ? ageText(programme.ageRange) : '',
    programme.formats.map(formatText).join(', '),
  ].filter(Boolean);
  return parts.length ? html`<p class="meta">${parts.join(' · ')}</p>` : nothing;
}
