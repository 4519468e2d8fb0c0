import { css } from 'lit';

export const styles = css`
  /* Room held while the data loads: about the content's height at common widths. */
  :host {
    --_loading-size: 60em;
  }

  .board {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-measure-board-gap, 1.5em);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
  }

  /* A table wider than its place scrolls in its own region, on the elements' surface with their text colour; a line
     above says so, and shadows at the edges show that there is more (covers in the surface colour scroll with the
     table and uncover the shadows). */
  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left center / 2em 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right center / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 40%, transparent), transparent) left center / 0.75em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 40%, transparent), transparent) right center / 0.75em 100% no-repeat scroll,
      var(--_surface);
  }

  .scroll-hint {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  .scroll-hint[hidden] {
    display: none;
  }

  /* Words in the table break only between words: at narrow widths the table scrolls inside its own region
     (a data table may, WCAG 1.4.10) instead of being crushed letter by letter. */
  table {
    overflow-wrap: normal;
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }

  /* The table's title sits outside the table, so it wraps to the board's width while a wide table scrolls. */
  .summary {
    display: grid;
    gap: 0.5em;
  }

  .table-title {
    font-weight: 700;
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border-subtle);
    text-align: end;
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: 600;
  }

  .bar-cell {
    inline-size: 30%;
    min-inline-size: 6em;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1em;
  }

  .bar rect[data-status='completed'] { fill: var(--fs-color-status-completed, light-dark(#146c2e, #8fdca4)); }
  .bar rect[data-status='on-track'] { fill: var(--fs-color-status-on-track, light-dark(#0b5394, #9cc9f5)); }
  .bar rect[data-status='ongoing'] { fill: var(--fs-color-status-ongoing, light-dark(#3b4a5c, #c9d2dd)); }
  .bar rect[data-status='delayed'] { fill: var(--fs-color-status-delayed, light-dark(#8a4600, #f5bd80)); }
  .bar rect[data-status='deviation'] { fill: var(--fs-color-status-deviation, light-dark(#a4161a, #ffa3a3)); }
  .bar rect[data-status='not-started'] { fill: var(--fs-color-status-not-started, light-dark(#4b5563, #c2cad4)); }

  .count {
    color: var(--_text-subtle);
  }

  /* Focus areas below the fold skip style and layout until scrolled to, as the finder's results do; they stay in the
     accessibility tree and find-in-page. Only their height is remembered, so a narrowing page is not held wide. */
  .area {
    display: grid;
    gap: 0.5em;
    content-visibility: auto;
    contain-intrinsic-inline-size: 0;
    contain-intrinsic-block-size: auto 16em;
  }

  .area-heading {
    font-size: 1.125em;
    font-weight: 700;
  }

  .measures {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .measure {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.625em 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    text-align: start;
  }

  .toggle-title {
    flex: 1 1 14em;
    font-weight: 600;
  }

  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    transition: transform 0.15s;
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  .changed {
    font-size: max(0.875em, 14px);
    font-weight: 600;
    padding-inline: 0.375em;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
  }

  .card {
    padding: 0 0.75em 0.75em;
  }

  @media (hover: hover) and (pointer: fine) {
    .toggle:hover {
      background: var(--_surface-tinted);
    }
  }

  /* The bars repeat the numbers; on a narrow board the numbers alone are clearer. */
  @container (max-width: 36em) {
    .bar-cell {
      display: none;
    }
  }

  /* A measure without a report for the year: said in words, in a neutral outline, never as a status. */
  .not-reported {
    display: inline-flex;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px dashed currentColor;
    border-radius: 999px;
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
    white-space: nowrap;
  }

  /* On paper: the counts and every measure with its status, without the filters; a measure's row kept whole. */
  @media print {
    .filters {
      display: none;
    }

    .toggle {
      border: 0;
      background: none;
      padding-inline: 0;
    }

    li.measure {
      break-inside: avoid;
    }

    /* Paper does not scroll: every focus area drawn, the table whole without the scrolling cue, and the numbers without
       the bars that repeat them (as on a narrow board), so that the table fits the page's width. */
    .bar-cell {
      display: none;
    }

    table {
      font-size: 0.875em;
    }

    th,
    td {
      padding-inline: 0.375em;
    }

    .area {
      content-visibility: visible;
    }

    .table-wrap {
      overflow-x: visible;
      background: none;
    }

    .scroll-hint {
      display: none;
    }

    .print-report {
      margin: 0.25em 0 0.75em 1.75em;
    }
  }
`;
