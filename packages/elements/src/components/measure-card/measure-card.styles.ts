import { css } from 'lit';

export const styles = css`
  article {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-measure-card-gap, 0.75rem);
    padding: var(--fs-measure-card-padding, 1.25rem);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--fs-measure-card-background, var(--_surface));
  }

  .eyebrow {
    color: var(--_text-subtle);
    font-size: 0.875rem;
  }

  .number {
    font-weight: 700;
    color: var(--_text);
  }

  .title {
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }

  .unofficial {
    margin-block-start: 0.25rem;
    color: var(--_text-subtle);
    font-size: 0.875rem;
    font-style: italic;
  }

  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .original {
    color: var(--_text-subtle);
    font-size: 0.875rem;
  }

  .parts,
  .history ol,
  .figures {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }

  .parts li {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border-subtle);
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }

  dt {
    font-weight: 600;
  }

  .subheading {
    margin-block-end: 0.25rem;
    font-size: 1rem;
    font-weight: 700;
  }

  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .changed {
    font-size: 0.875rem;
    font-weight: 600;
  }

  details {
    border-block-start: 1px solid var(--_border-subtle);
    padding-block-start: 0.5rem;
  }

  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    min-block-size: 1.5rem;
  }

  details[open] > summary {
    margin-block-end: 0.5rem;
  }

  .figures {
    margin-block-start: 0.5rem;
  }

  .figures strong {
    font-variant-numeric: tabular-nums;
  }

  .source {
    color: var(--_text-subtle);
    font-size: 0.875rem;
  }
`;
