import { css } from 'lit';

/**
 * Shared by every element. Tokens `--fs-*` are read, never declared, and fall back to Designsystemet's
 * `--ds-*` tokens and then to literal values, so a Designsystemet site gets matching colours for free.
 * The host resets what a hostile page could make it inherit (line height, text transform, indentation, motion).
 */
export const componentStyles = css`
  :host {
    /* Each colour has a light and a dark value; the host page's color-scheme (inherited, and following the
       reader's preference when the page says "light dark") picks one. Designsystemet's tokens come first. A browser
       without light-dark() (before 2024) drops these defaults: text then inherits the page's colour on the page's
       background, which the page made readable. */
    --_accent: var(--fs-color-accent, var(--ds-color-base-default, light-dark(#0062ba, #8cc8ff)));
    --_on-accent: var(--fs-color-on-accent, var(--ds-color-base-contrast-default, light-dark(#ffffff, #0b1a2b)));
    --_text: var(--fs-color-text, var(--ds-color-text-default, light-dark(#1e2b3c, #e8ecf2)));
    --_text-subtle: var(--fs-color-text-subtle, var(--ds-color-text-subtle, light-dark(#4b5563, #b8c1cc)));
    --_surface: var(--fs-color-surface, var(--ds-color-surface-default, light-dark(#ffffff, #1a2029)));
    --_surface-tinted: var(--fs-color-surface-tinted, var(--ds-color-surface-tinted, light-dark(#f1f5f9, #252d38)));
    --_border: var(--fs-color-border, var(--ds-color-border-default, light-dark(#6b7280, #95a0ae)));
    --_border-subtle: var(--fs-color-border-subtle, var(--ds-color-border-subtle, light-dark(#d1d5db, #3d4654)));
    --_focus: var(--fs-color-focus, var(--ds-color-focus-outer, light-dark(#1e2b3c, #f5f7fa)));
    --_radius: var(--fs-border-radius, var(--ds-border-radius-md, 0.375em));
    --_font: var(--fs-font-family, var(--ds-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    /* The host's own text size (not the root's: a root of 62.5 % must not shrink the elements), never under 14 px. */
    font-size: max(1em, 14px);
    font-style: normal;
    font-weight: 400;
    text-align: start;
    overflow-wrap: anywhere;

    /* A page rule aimed at every element (* { … }) reaches the host itself and beats :host, unless the shadow
       root's declarations are important: then the inner ones win. Letter and word spacing are left to inherit, so
       a reader's text-spacing tool (WCAG 1.4.12) reaches the text inside. */
    line-height: 1.5 !important;
    text-transform: none !important;
    text-indent: 0 !important;
    transition: none !important;
    animation: none !important;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  button,
  input,
  select {
    display: inline-block;
    font: inherit;
    color: inherit;
    visibility: visible;
  }

  button {
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* The element's own heading (h2 level unless the page says otherwise). */
  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .button {
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }

  .message {
    padding: 1em;
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The room reserved while loading: a quiet block the size of the content to come. */
  .loading {
    display: grid;
    align-content: start;
    min-block-size: var(--_loading-size, 12em);
    border-radius: var(--_radius);
    background: var(--_surface-tinted);
  }

  .message.error {
    border-color: var(--fs-color-danger, var(--ds-color-danger-border-default, light-dark(#b42318, #ff8a80)));
  }

  .message > * + * {
    margin-block-start: 0.5em;
  }

  /* Facts: names beside their values; in a narrow card or result (a size container) each name goes above its value,
     so values keep their words whole. The elements set gaps and sizes, never the columns. */
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
  }

  dd {
    hyphens: auto;
  }

  @container (max-width: 24em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }

    dd + dt {
      margin-block-start: 0.5em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .message,
    .status {
      border-color: CanvasText;
    }
  }

  /* On paper: where and when it was printed; every disclosure's content shown; each link's address written after it,
     since paper cannot be clicked; no field or button, which paper cannot use (each element hides its own). */
  .print-only {
    display: none;
  }

  @media print {
    .print-only {
      display: block;
      margin-block-start: 1em;
      color: var(--_text-subtle);
      font-size: 0.875em;
    }

    details::details-content {
      content-visibility: visible;
      display: block;
    }

    summary {
      list-style: none;
      font-weight: 700;
    }

    summary::-webkit-details-marker {
      display: none;
    }

    a[href^='http']::after,
    a[href^='mailto:']::after,
    a[href^='tel:']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }

    input,
    select,
    textarea {
      display: none;
    }
  }
`;

/** The status badge: icon + word (+ colour), the same in every element. */
export const statusStyles = css`
  .status {
    --_status-color: var(--_text);
    --_status-bg: var(--_surface-tinted);

    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_status-bg);
    color: var(--_status-color);
    font-weight: 600;
    white-space: nowrap;
  }

  .status-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  .status-icon .tick {
    stroke: var(--_status-bg);
  }

  .status[data-status='completed'] {
    --_status-color: var(--fs-color-status-completed, light-dark(#146c2e, #8fdca4));
    --_status-bg: var(--fs-color-status-completed-bg, light-dark(#e7f4ea, #12301c));
  }

  .status[data-status='on-track'] {
    --_status-color: var(--fs-color-status-on-track, light-dark(#0b5394, #9cc9f5));
    --_status-bg: var(--fs-color-status-on-track-bg, light-dark(#e6f0fa, #102a44));
  }

  .status[data-status='ongoing'] {
    --_status-color: var(--fs-color-status-ongoing, light-dark(#3b4a5c, #c9d2dd));
    --_status-bg: var(--fs-color-status-ongoing-bg, light-dark(#eef1f5, #262e39));
  }

  .status[data-status='delayed'] {
    --_status-color: var(--fs-color-status-delayed, light-dark(#8a4600, #f5bd80));
    --_status-bg: var(--fs-color-status-delayed-bg, light-dark(#fdf0e1, #3a2410));
  }

  .status[data-status='deviation'] {
    --_status-color: var(--fs-color-status-deviation, light-dark(#a4161a, #ffa3a3));
    --_status-bg: var(--fs-color-status-deviation-bg, light-dark(#fdeaea, #3d1416));
  }

  .status[data-status='not-started'] {
    --_status-color: var(--fs-color-status-not-started, light-dark(#4b5563, #c2cad4));
    --_status-bg: var(--fs-color-status-not-started-bg, light-dark(#f3f4f6, #262c35));
  }

  @media (forced-colors: active) {
    .status {
      forced-color-adjust: auto;
    }

    .status-icon .tick {
      stroke: Canvas;
    }
  }

`;
