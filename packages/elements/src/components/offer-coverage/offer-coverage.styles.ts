import { css } from 'lit';

export const styles = css`
  /* Room held while the data loads: about the content's height at common widths. */
  :host {
    --_loading-size: 40em;
    --_gap-background: var(--fs-offer-coverage-gap-background, light-dark(#fff4e5, #3a2a12));
  }

  .coverage {
    container: coverage / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }

  .summary {
    font-weight: 600;
  }

  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* The view shown is filled, not only recoloured. */
  .views [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }

  th,
  td {
    padding: 0.5em;
    border: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_surface-tinted);
  }

  tbody th {
    inline-size: 11em;
    background: var(--_surface-tinted);
  }

  .offer-list {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .offer-list li + li {
    margin-block-start: 0.25em;
  }

  .provider {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  .gap {
    display: grid;
    gap: 0.25em;
    padding: 0.25em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_gap-background);
  }

  /* In a table cell, the outline sits in the cell's padding; in the narrow list, inside the element. */
  td .gap {
    margin: -0.25em;
  }

  .gap p {
    margin: 0;
  }

  .gap-line {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }

  .gap-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  .suggest {
    font-size: max(0.875em, 14px);
  }

  .level-heading {
    font-weight: 700;
    font-size: 1.0625em;
  }

  .by-level {
    display: none;
  }

  .by-level dl {
    display: grid;
    gap: 0.25em 1em;
    margin: 0.5em 0 1em;
  }

  .by-level dt {
    font-weight: 600;
  }

  .by-level dd {
    margin: 0 0 0.5em;
  }

  /* A narrow container (a phone, a sidebar): the same cells as a list per level or service, not a table to scroll. */
  @container coverage (max-width: 44em) {
    .coverage > .table-wrap {
      display: none;
    }

    .by-level {
      display: block;
    }
  }

  /* On paper (a plan's appendix): the table whatever the width, without the view buttons, rows kept whole. */
  @media print {
    .views {
      display: none;
    }

    .coverage > .table-wrap {
      display: block;
      overflow: visible;
    }

    .by-level {
      display: none;
    }

    table {
      font-size: 0.8125em;
    }

    th,
    td {
      padding: 0.25em 0.375em;
    }

    tr {
      break-inside: avoid;
    }

    a {
      color: inherit;
    }
  }

  .note {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  .preview {
    padding: 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
