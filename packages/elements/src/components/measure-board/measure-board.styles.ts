import { css } from 'lit';

export const styles = css`
  .board {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-measure-board-gap, 1.5rem);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
  }

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
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
    gap: 0.5rem;
  }

  .table-title {
    font-weight: 700;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
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
    min-inline-size: 6rem;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
  }

  .bar rect[data-status='completed'] { fill: var(--fs-color-status-completed, #146c2e); }
  .bar rect[data-status='on-track'] { fill: var(--fs-color-status-on-track, #0b5394); }
  .bar rect[data-status='ongoing'] { fill: var(--fs-color-status-ongoing, #3b4a5c); }
  .bar rect[data-status='delayed'] { fill: var(--fs-color-status-delayed, #8a4600); }
  .bar rect[data-status='deviation'] { fill: var(--fs-color-status-deviation, #a4161a); }
  .bar rect[data-status='not-started'] { fill: var(--fs-color-status-not-started, #4b5563); }

  .count {
    color: var(--_text-subtle);
  }

  .area {
    display: grid;
    gap: 0.5rem;
  }

  .area-heading {
    font-size: 1.125rem;
    font-weight: 700;
  }

  .measures {
    display: grid;
    gap: 0.5rem;
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
    gap: 0.5rem 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.625rem 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    text-align: start;
  }

  .toggle-title {
    flex: 1 1 14rem;
    font-weight: 600;
  }

  .chevron {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    transition: transform 0.15s;
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  .changed {
    font-size: 0.875rem;
    font-weight: 600;
    padding-inline: 0.375rem;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
  }

  .card {
    padding: 0 0.75rem 0.75rem;
  }

  @media (hover: hover) and (pointer: fine) {
    .toggle:hover {
      background: var(--_surface-tinted);
    }
  }

  /* The bars repeat the numbers; on a narrow board the numbers alone are clearer. */
  @container (max-width: 36rem) {
    .bar-cell {
      display: none;
    }
  }
`;
