import { css } from '@lit/reactive-element/css-tag.js';
import { loadingReservation } from '../styles/loading-reservation.js';
import { widgetSheets } from '../styles/tokens.js';
export const petitionCounterStyles = css`
  /* Until the signing form's code arrives, the first view holds the whole widget's place. */
  ${loadingReservation('petition-counter', '.loading, .form-pending')}
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
  }
  .number {
    font-size: 2.4em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  :host([compact]) .number {
    font-size: 1.6em;
  }
  .unit {
    font-size: 1.1em;
    color: var(--_muted);
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.9rem;
    margin-block: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_accent);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_subtle);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 999px;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
    border-radius: 999px;
  }
  @media (prefers-reduced-motion: no-preference) {
    progress::-webkit-progress-value {
      transition: inline-size var(--_duration) ease-out;
    }
  }
  .to-go {
    color: var(--_muted);
  }
  .goal {
    white-space: nowrap;
  }
  .celebration {
    position: relative;
    font-weight: 700;
    padding: var(--_gap) var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  .celebration::before {
    content: '🎉 ';
  }
  @media (prefers-reduced-motion: no-preference) {
    .celebration {
      animation: placard-pop var(--_duration) ease-out;
    }
    .burst {
      position: absolute;
      inset: 0;
      pointer-events: none;
      border-radius: inherit;
      box-shadow: 0 0 0 0 var(--_success);
      animation: placard-burst 1.2s ease-out 2;
    }
  }
  @keyframes placard-pop {
    from {
      transform: scale(0.9);
      opacity: 0;
    }
  }
  @keyframes placard-burst {
    to {
      box-shadow: 0 0 0 1rem transparent;
    }
  }
  .milestones-heading {
    font-size: 1em;
    margin-block-start: var(--_space);
  }
  .milestones {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .milestones li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
  }
  .milestones li::before {
    content: '✓';
    color: var(--_success);
    font-weight: 700;
  }
  .milestones time {
    color: var(--_muted);
  }
  .sign,
  .result,
  .sign-placeholder,
  [part='closed'] {
    margin-block-start: var(--_space);
  }
  .privacy-notice {
    margin-block-end: calc(var(--_gap) * -1);
  }
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: auto;
    }
    .celebration {
      border-color: CanvasText;
    }
  }
`;

/** Every sheet the widget adopts, the shared ones first. */
export const petitionCounterSheets = widgetSheets(petitionCounterStyles);
