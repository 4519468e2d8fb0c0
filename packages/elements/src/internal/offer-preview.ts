// The editor's preview of local offers (`preview`), shared by the elements that read offers files: every problem by
// file, offer and field, in the page's language, shown where the offers are published.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { describeIssue, type Locale } from '@foreldrestotte/sdk';
import type { OfferProblem } from './offers.js';

/**
 * Every problem in the offers, for the editor who turned on `preview`: the file, the offer, the field and what is
 * wrong, in the page's language. Shown on the page itself, so a problem is seen where it is published.
 */
export function renderPreview(problems: readonly OfferProblem[], shown: number, locale: Locale, level: number) {
  return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
    <div class="section-heading" id="preview-heading" role="heading" aria-level=${level}>${msg('Forhåndsvisning for redaktører', { id: 'offer.previewHeading' })}</div>
    <p>${
      problems.length === 0
        ? msg(str`Ingen feil: alle ${shown} tilbud vises.`, { id: 'offer.previewNone' })
        : msg(str`${problems.length} feil. Tilbud med feil vises ikke for foreldre før feilene er rettet.`, { id: 'offer.previewCount' })
    }</p>
    ${
      problems.length
        ? html`<ul>
          ${problems.map(
            (problem) =>
              html`<li><bdi>${problem.source}</bdi>${
                problem.index !== undefined
                  ? html`, ${msg(str`tilbud nr. ${problem.index + 1}`, { id: 'offer.previewOffer' })}${problem.id ? html` («<bdi>${problem.id}</bdi>»)` : nothing}`
                  : nothing
              }: <code>${problem.path || '—'}</code> ${describeIssue(problem, locale)}</li>`,
          )}
        </ul>`
        : nothing
    }
  </section>`;
}
