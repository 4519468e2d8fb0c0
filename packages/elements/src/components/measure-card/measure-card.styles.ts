import { css } from 'lit';

export const styles = css`
  /* Room held while the data loads: about the content's height at common widths. */
  :host {
    --_loading-size: 30em;
  }

  article {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-measure-card-gap, 0.75em);
    padding: var(--fs-measure-card-padding, 1.25em);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--fs-measure-card-background, var(--_surface));
  }

  .eyebrow {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  .number {
    font-weight: 700;
    color: var(--_text);
  }

  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .unofficial {
    margin-block-start: 0.25em;
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
    font-style: italic;
  }

  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .original {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }

  .parts,
  .history ol,
  .figures {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .parts li {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border-subtle);
  }

  dl {
    gap: 0.25em 1em;
  }

  dt {
    font-weight: 600;
  }

  .subheading {
    margin-block-end: 0.25em;
    font-size: 1em;
    font-weight: 700;
  }

  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .changed {
    font-size: max(0.875em, 14px);
    font-weight: 600;
  }

  details {
    border-block-start: 1px solid var(--_border-subtle);
    padding-block-start: 0.5em;
  }

  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    min-block-size: 1.5em;
  }

  details[open] > summary {
    margin-block-end: 0.5em;
  }

  .figures {
    margin-block-start: 0.5em;
  }

  .figures strong {
    font-variant-numeric: tabular-nums;
  }

  .source {
    color: var(--_text-subtle);
    font-size: max(0.875em, 14px);
  }
`;
