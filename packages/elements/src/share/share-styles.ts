import { css } from '@lit/reactive-element/css-tag.js';

export const shareStyles = css`
  .share {
    margin-block-start: var(--_space);
  }
  .share-links {
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    align-items: center;
  }
  .share-links a {
    display: inline-block;
    padding-block: 0.6em;
    font-weight: 600;
  }
  .copied {
    margin-inline-start: var(--_gap);
    color: var(--_success);
    font-weight: 600;
  }
`;
