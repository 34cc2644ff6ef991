import { css } from '@lit/reactive-element/css-tag.js';
import { formStyles } from '../styles/form-styles.js';
import { loadingReservation } from '../styles/loading-reservation.js';
import { widgetSheets } from '../styles/tokens.js';

export const mpEmailFormStyles = css`
  ${loadingReservation('mp-email-form')}
  .step-count {
    color: var(--_muted);
    font-size: 0.95em;
    margin-block-end: 0.25em;
  }
  .mp {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    align-items: baseline;
    padding: var(--_gap) var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .mp p {
    margin: 0;
    font-weight: 600;
  }
  .next-steps {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.4em;
  }
  [part='mp-unavailable'] ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  [part='mp-unavailable'] li {
    padding-block: 0.3em;
  }
`;

/** Every sheet the widget adopts, the shared ones first. */
export const mpEmailFormSheets = widgetSheets(formStyles, mpEmailFormStyles);
