import { css } from 'lit';

// In a module of its own, apart from component.styles.ts, so that an element without fields (a measure card) does not
// load these rules. After componentStyles in an element's styles: `.button.primary` refines the shared `.button`.

/** Form fields and the primary button, for the elements that have them (board, finder, levels): a label above a
 * full-width control that may shrink with its container. */
export const formStyles = css`
  label,
  legend {
    font-weight: 600;
  }

  .field {
    display: grid;
    flex: 1 1 12em;
    gap: 0.25em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  input[type='search'],
  select {
    min-block-size: 2.75em;
    padding-inline: 0.625em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    inline-size: 100%;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  @media (forced-colors: active) {
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
