// The comparison inside the finder: the programmes chosen with "Sammenlign", side by side above the answers. The table
// itself is the comparison element's (compare-table.ts), loaded when a second programme is chosen.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { localize, type Catalogue, type Locale, type Offer, type Programme, type ProgrammesChunk } from '@foreldrestotte/sdk';
import type * as CompareCode from '../../programme-compare/compare-table.js';

/** What the finder's comparison shows, and what its buttons do. */
export interface FinderComparison {
  /** The programmes chosen, in the order chosen. */
  chosen: readonly Programme[];
  data: ProgrammesChunk | Catalogue;
  locale: Locale;
  /** The section heading's level. */
  level: number;
  /** The local offers, to list each programme's; undefined when the finder has none. */
  offers: readonly Offer[] | undefined;
  /** The table's code, once loaded. */
  code: typeof CompareCode | undefined;
  /** Takes a programme out of the comparison. */
  toggle(programme: Programme): void;
  clear(): void;
}

/** The comparison section; one programme chosen asks for another; nothing when none is chosen. */
export function renderFinderComparison({ chosen, data, locale, level, offers, code, toggle, clear }: FinderComparison) {
  if (chosen.length === 0) return nothing;
  const names = chosen.map((programme) => localize(programme.name, locale)).join(', ');
  return html`<section class="compare finder-compare" part="compare" aria-labelledby="compare-heading">
    <div class="section-heading" id="compare-heading" role="heading" aria-level=${level}>${msg('Sammenligning', { id: 'finder.compareHeading' })}</div>
    ${
      chosen.length === 1
        ? html`<p>${msg(html`Du har valgt <bdi>${names}</bdi>. Velg ett eller to programmer til med «Sammenlign».`, { id: 'finder.compareMore' })}</p>`
        : code
          ? code.renderComparison(chosen, data, locale, level + 1, offers, toggle)
          : nothing
    }
    <p><button class="button" @click=${clear}>${msg('Tøm sammenligningen', { id: 'finder.compareClear' })}</button></p>
  </section>`;
}

/** What a screen reader hears when the comparison changes: "2 programmer valgt til sammenligning." */
export const comparisonCount = (count: number) =>
  count === 1
    ? msg('1 program valgt til sammenligning.', { id: 'finder.compareOne' })
    : msg(str`${count} programmer valgt til sammenligning.`, { id: 'finder.compareCount' });
