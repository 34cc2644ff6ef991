import { type CSSResult, css } from '@lit/reactive-element/css-tag.js';

/**
 * The dark defaults, written once: they apply through two rules below (a media
 * query and a plain rule cannot share one selector list).
 */
const darkDefaults = css`
  --_text: var(--placard-color-text, #ece6ef);
  --_muted: var(--placard-color-muted, #cac4d0);
  --_surface: var(--placard-color-surface, #1c1b1f);
  --_subtle: var(--placard-color-subtle, #2b2930);
  --_border: var(--placard-color-border, #938f99);
  --_accent: var(--placard-color-accent, #ffb4a9);
  --_accent-text: var(--placard-color-accent-text, #2d0001);
  --_error: var(--placard-color-error, #ffb4ab);
  --_success: var(--placard-color-success, #8fd9a0);
  --_focus: var(--placard-color-focus, #a8c7ff);
  color-scheme: dark;
`;

/**
 * The public theming surface. Hosts set `--placard-*` custom properties (they
 * inherit through the shadow boundary); each widget reads them through a
 * private `--_*` copy that carries the light or dark default. Dark applies with
 * `theme="dark"`, or with the reader's dark preference unless `theme="light"`.
 */
export const tokens = css`
  :host {
    --_text: var(--placard-color-text, #1c1b1f);
    --_muted: var(--placard-color-muted, #4a4850);
    --_surface: var(--placard-color-surface, #ffffff);
    --_subtle: var(--placard-color-subtle, #f3f1f4);
    --_border: var(--placard-color-border, #79767d);
    --_accent: var(--placard-color-accent, #a4161a);
    --_accent-text: var(--placard-color-accent-text, #ffffff);
    --_error: var(--placard-color-error, #b3261e);
    --_success: var(--placard-color-success, #146c2e);
    --_focus: var(--placard-color-focus, #1a56b8);
    --_radius: var(--placard-radius, 0.5rem);
    --_space: var(--placard-space, 1rem);
    --_gap: calc(var(--_space) / 2);
    --_duration: var(--placard-duration, 700ms);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkDefaults}
    }
  }

  :host([theme='dark']) {
    ${darkDefaults}
  }
`;

/** What every widget shares: box, type, controls, focus, hidden text, motion and forced colours. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    font: inherit;
    line-height: 1.5;
    /* The host page's family and size carry in (the widget matches the site), but
       inherited text effects a theme puts on its body or wrappers do not: they
       would break the widget's layout and legibility. */
    font-style: normal;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    /* Dark (see tokens) wins over this: its selectors are more specific. */
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    padding: var(--_space);
  }
  h2,
  h3 {
    margin: 0 0 var(--_gap);
    font-size: 1.15em;
    line-height: 1.3;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  a {
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    min-block-size: 44px;
  }
  button.secondary,
  button.link {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  button.link {
    border: none;
    padding: 0;
    min-block-size: 24px;
    text-decoration: underline;
    font-weight: inherit;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    padding: var(--_gap) var(--_space);
    margin-block: var(--_gap);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice.error {
    border-color: var(--_error);
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: placard-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes placard-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 1ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 1ms !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    .notice {
      border: 1px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * A widget's sheets, in the order its shadow root adopts them: the shared tokens and
 * base, then its own, last so that its rules win. One list per widget, which both the
 * element (`static styles`) and the embed's first view adopt, so the hand-over from one
 * to the other changes no style.
 */
export function widgetSheets(...own: CSSResult[]): CSSResult[] {
  return [tokens, baseStyles, ...own];
}
