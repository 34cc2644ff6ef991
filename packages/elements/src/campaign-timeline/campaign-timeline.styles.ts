import { css } from '@lit/reactive-element/css-tag.js';
import { loadingReservation } from '../styles/loading-reservation.js';
import { widgetSheets } from '../styles/tokens.js';

export const campaignTimelineStyles = css`
  ${loadingReservation('campaign-timeline')}
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    position: relative;
    padding-inline-start: 1.75rem;
    padding-block-end: var(--_space);
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.5rem;
  }
  .entry:last-child {
    border-inline-start-color: transparent;
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.55rem;
    inset-block-start: 0.2rem;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
  }
  .entry.kind-milestone::before {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .entry.kind-action::before {
    border-color: var(--_accent);
    border-width: 4px;
  }
  .entry:focus {
    outline: none;
  }
  .entry:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    color: var(--_muted);
    font-size: 0.95em;
    margin-block-end: 0.25em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.85em;
  }
  .kind-milestone .kind {
    color: var(--_text);
  }
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
  }
  .new {
    font-weight: 700;
    font-size: 0.85em;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 2px solid var(--_accent);
    color: var(--_text);
  }
  .title {
    font-size: 1.05em;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .body {
    margin-block-end: 0.25em;
  }
  .more {
    margin-block-start: var(--_gap);
  }
  .empty {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .entry.arrived {
      animation: placard-enter 400ms ease-out;
    }
  }
  @keyframes placard-enter {
    from {
      opacity: 0;
      transform: translateY(-0.5rem);
    }
  }
  @media (forced-colors: active) {
    .entry::before,
    .entry.kind-milestone::before {
      background: CanvasText;
      border-color: CanvasText;
    }
    .new {
      border-color: CanvasText;
    }
  }
`;

/** Every sheet the widget adopts, the shared ones first. */
export const campaignTimelineSheets = widgetSheets(campaignTimelineStyles);
