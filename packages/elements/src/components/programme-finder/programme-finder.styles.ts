import { css } from 'lit';

export const styles = css`
  /* Room held while the data loads: about the content's height at common widths. */
  :host {
    --_loading-size: 60em;
  }

  .finder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-programme-finder-gap, 1.25em);
    container: finder / inline-size;
  }

  /* Answers first. A wide finder has its filters in a column beside the results; a narrow one (a phone, a sidebar)
     keeps them behind the "Filter" button, so the first result is right under the search field. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-programme-finder-gap, 1.25em);
    align-items: start;
  }

  .answers {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-programme-finder-gap, 1.25em);
  }

  @container finder (max-width: 47.99em) {
    .filters-panel:not([data-open]) {
      display: none;
    }

    .filters-panel[data-open] {
      padding: 1em;
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface-tinted);
    }
  }

  @container finder (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(13em, 17em) minmax(0, 1fr);
    }

    .filter-toggle {
      display: none;
    }

    .filters-panel .filters {
      flex-direction: column;
    }
  }

  .filter-toggle[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .help {
    margin: 0;
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  [aria-invalid='true'] {
    border-color: currentColor;
    outline: 2px solid var(--_text);
  }

  .search {
    display: grid;
    gap: 0.25em;
  }

  input[type='search'] {
    max-inline-size: 40em;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 1.5em;
    align-items: start;
  }

  fieldset {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2em;
    font-weight: 400;
  }

  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .count {
    font-weight: 600;
  }

  .count-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .count-row .count {
    margin-block: 0;
    margin-inline-end: auto;
  }

  /* The age read from a question, and the shortcuts to common concerns: rounded chips, each a real button. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 2.75em;
    padding-block: 0.25em;
    padding-inline: 0.875em;
    border: 1px solid var(--_accent);
    border-radius: 1.375em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  button.chip {
    color: var(--_accent);
    cursor: pointer;
  }

  .chip.age {
    padding-inline-end: 0.25em;
    background: var(--_surface-tinted);
    font-weight: 600;
  }

  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text);
    cursor: pointer;
  }

  .chip-remove:hover {
    background: var(--_surface);
  }

  .shortcuts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .shortcuts-label {
    color: var(--_text-subtle);
  }

  .where-to-turn ul {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }

  /* "Sammenlign" on each result: small, filled when chosen, so the choice is seen without colour alone. */
  .compare-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
  }

  .compare-toggle .button {
    min-block-size: 2.5em;
    padding-inline: 0.75em;
    font-size: max(0.875em, 14px);
  }

  .compare-toggle [aria-pressed='true'],
  .finder-compare .button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .compare-toggle [aria-pressed='true']::before {
    content: '✓ ';
  }

  .compare-toggle .button:disabled {
    border-color: var(--_border-subtle);
    color: var(--_text-subtle);
  }

  .finder-compare {
    padding: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .finder-compare > p {
    margin: 0;
  }

  /* Keep and pass on: "Legg i kalender" and the link to one programme or offer, small links after the main action. */
  .keep {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    font-size: max(0.9375em, 14px);
  }

  .share,
  .calendar {
    color: var(--_accent);
  }

  /* The words a search matched. Dark text on a pale yellow keeps 4.5:1 whatever the surface; forced colours use Mark. */
  mark {
    padding-inline: 0.1em;
    border-radius: 0.15em;
    background: var(--fs-color-highlight, #fff0a8);
    color: var(--fs-color-highlight-text, #1e2b3c);
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }

  .more {
    justify-self: start;
  }

  .result {
    container-type: inline-size;
    display: grid;
    gap: 0.5em;
    /* Results below the fold skip layout until scrolled to; they stay in the accessibility tree and find-in-page.
       Only their height is remembered: a remembered width would hold the list at its old width when the page narrows. */
    content-visibility: auto;
    contain-intrinsic-inline-size: 0;
    contain-intrinsic-block-size: auto 14em;
    padding: var(--fs-programme-finder-result-padding, 1em);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .result-title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .tag {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding-inline: 0.375em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-subtle);
    font-size: max(0.8125em, 14px);
    font-weight: 600;
    vertical-align: middle;
  }

  dl {
    gap: 0.125em 1em;
    font-size: max(0.9375em, 14px);
  }

  dt {
    font-weight: 600;
  }

  .uncertain {
    color: var(--_text-subtle);
    font-style: italic;
  }

  .section-heading {
    font-size: 1.125em;
    font-weight: 700;
  }

  [part='professionals-toggle'] {
    margin-block-end: 0.75em;
  }

  .meta {
    color: var(--_text-subtle);
    font-size: max(0.9375em, 14px);
  }

  details > summary {
    inline-size: fit-content;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  details[open] > summary {
    margin-block-end: 0.5em;
  }

  /* Text from an offers file stands on its own: a direction mark in it cannot reorder what is around it. */
  [part='offer'] :is([role='heading'], dd) {
    unicode-bidi: isolate;
  }

  /* An offer's status, in words and by a shape of its own: on its own line under the title, not beside it. Open
     stands out (filled); the others are outlined, so "Åpen" and "Venteliste" differ at a glance, not by colour alone. */
  .offer-status {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    inline-size: fit-content;
    margin: 0;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: max(0.875em, 14px);
    font-weight: 600;
  }

  .offer-status[data-state='open'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .offer-status[data-state='waiting-list'] {
    border-style: dashed;
  }

  .offer-status:is([data-state='full'], [data-state='cancelled'], [data-state='deadline-passed'], [data-state='ended']) {
    color: var(--_text-subtle);
  }

  .state-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  /* How to join: the one action of an offer, a real button-sized link. */
  .join .button {
    display: inline-block;
    text-decoration: none;
  }

  .join {
    overflow-wrap: anywhere;
  }

  /* Municipality and language side by side where there is room, each label above its list; then the checkbox. */
  .offer-filters {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin: 1em 0 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .offer-filters legend {
    margin-block-end: 0.5em;
    padding: 0;
    font-weight: 700;
  }

  .preview {
    padding: 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .preview ul {
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }

  /* On paper, the answers: no field, filter, topic or button; results and offers whole, one per break where they fit. */
  @media print {
    .search,
    .shortcuts,
    .filters-panel,
    .filter-toggle,
    [part='reset'],
    [part='professionals-toggle'],
    .professionals:not([data-open]),
    .more,
    .compare-toggle,
    .chip-remove,
    .finder-compare .button,
    .suggestions,
    .share,
    .calendar {
      display: none;
    }

    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .result,
    .offer {
      break-inside: avoid;
      content-visibility: visible;
    }

    .join .button {
      border: 0;
      padding: 0;
      min-block-size: 0;
      color: inherit;
    }

    /* An e-mail address or phone number as people write it, without "mailto:" or "tel:". */
    .join a[data-print-link]::after {
      content: ' (' attr(data-print-link) ')';
    }
  }
`;
