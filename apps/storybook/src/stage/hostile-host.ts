import { html } from 'lit';

/**
 * Partner-page content around the widget under the hostile stylesheet
 * (stage.css, `[data-host='hostile']`): the host's own paragraphs, buttons,
 * inputs and lists visibly take the aggressive rules, the widget must not.
 */
export const hostilePageBefore = html`
  <p class="host-sample">Partner page: the paragraphs, buttons, inputs and lists of this page are styled aggressively.</p>
  <ol class="host-sample">
    <li>A host list item</li>
    <li>Another host list item</li>
  </ol>
  <label class="host-sample">Host search <input type="search" /></label>
  <button type="button" class="host-sample">Host button</button>
`;

export const hostilePageAfter = html`<p class="host-sample">End of the widget. Host text continues here.</p>`;
