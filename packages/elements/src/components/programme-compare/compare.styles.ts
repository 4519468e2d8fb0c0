import { css } from 'lit';

/** The comparison's table and cards, for <fs-programme-compare> and the finder's comparison. */
export const compareStyles = css`
  .compare {
    container: compare / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }

  .compare-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  .compare-wrap table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .compare-wrap th,
  .compare-wrap td {
    padding: 0.5em;
    border: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }

  .compare-wrap thead th {
    background: var(--_surface-tinted);
    font-size: 1.0625em;
  }

  .compare-wrap thead td {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }

  .compare-wrap tbody th {
    inline-size: 9em;
    background: var(--_surface-tinted);
  }

  .programme-name {
    display: block;
  }

  .remove {
    margin-block-start: 0.5em;
    min-block-size: 2.25em;
    padding-inline: 0.75em;
    font-size: max(0.875em, 14px);
  }

  .compare-offers {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .compare-cards {
    display: none;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .compare-card {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .compare-card .card-heading {
    font-size: 1.125em;
    font-weight: 700;
  }

  .compare-card dl {
    display: grid;
    gap: 0.125em;
    margin: 0;
  }

  .compare-card dt {
    font-weight: 600;
  }

  .compare-card dd {
    margin: 0 0 0.5em;
  }

  .none,
  .uncertain {
    color: var(--_text-subtle);
  }

  /* A narrow container: one card per programme, the same facts in the same order, nothing to scroll sideways. */
  @container compare (max-width: 40em) {
    .compare-wrap {
      display: none;
    }

    .compare-cards {
      display: grid;
    }
  }

  @media print {
    .compare-wrap {
      display: block;
      overflow: visible;
    }

    .compare-cards,
    .remove {
      display: none;
    }

    tr {
      break-inside: avoid;
    }
  }
`;
