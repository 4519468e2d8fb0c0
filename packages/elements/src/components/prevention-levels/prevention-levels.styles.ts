import { css } from 'lit';

export const styles = css`
  /* Room held while the data loads: about the content's height at common widths. */
  :host {
    --_loading-size: 40em;
  }

  .levels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--fs-prevention-levels-gap, 1.25em);
  }

  .layout {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    align-items: start;
  }

  /* The tabs form the picture: a pyramid, narrowest (indicated) on top, widest (universal) at the base. */
  [role='tablist'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.375em;
  }

  [role='tab'] {
    display: grid;
    justify-items: center;
    gap: 0.125em;
    min-block-size: 3em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    text-align: center;
  }

  [role='tab'][data-level='indicated'] { inline-size: 60%; }
  [role='tab'][data-level='selective'] { inline-size: 80%; }
  [role='tab'][data-level='universal'] { inline-size: 100%; }

  [role='tab'][aria-selected='true'] {
    background: var(--fs-prevention-levels-selected, var(--_accent));
    color: var(--_on-accent);
  }

  .tab-count {
    font-size: max(0.8125em, 14px);
    font-weight: 400;
  }

  [role='tabpanel'] {
    display: grid;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .panel-heading {
    font-size: 1.125em;
    font-weight: 700;
  }

  .subheading {
    font-weight: 700;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  .routes {
    display: grid;
    gap: 0.75em;
  }

  .route-list {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    padding: 0;
    list-style: none;
  }

  .route {
    display: grid;
    gap: 0.375em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-tinted);
  }

  .example {
    font-style: italic;
  }

  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
