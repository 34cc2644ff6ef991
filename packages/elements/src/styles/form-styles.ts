import { css } from '@lit/reactive-element/css-tag.js';

/** Labels, controls, hints and errors, shared by both forms. */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0;
  }
  input[type='text'],
  input[type='email'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.65em;
    min-block-size: 44px;
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  textarea {
    min-block-size: 16em;
    max-inline-size: none;
    resize: vertical;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6em;
    align-items: start;
  }
  .check input {
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .check label {
    font-weight: 400;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
`;
