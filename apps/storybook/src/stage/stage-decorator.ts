import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { stageGlobals } from '../toolbar/globals.js';
import { hostilePageAfter, hostilePageBefore } from './hostile-host.js';
import { setReducedMotion } from './reduced-motion.js';
import './stage.css';

/**
 * The host page around every story: its language and direction (which the
 * widgets read from the closest [lang] / dir), its colours and fonts (light,
 * dark, a partner brand through --placard-* custom properties), and optionally
 * a hostile stylesheet with host content under it.
 */
export const withStage: Decorator = (story, context) => {
  const globals = stageGlobals(context.globals);
  setReducedMotion(globals.motion === 'reduce');
  const hostile = globals.host === 'hostile';
  return html`<div
    class="placard-stage"
    data-theme=${globals.theme}
    data-host=${globals.host}
    data-motion=${globals.motion}
    lang=${globals.locale}
    dir=${globals.dir}
  >
    ${hostile ? hostilePageBefore : nothing}
    <div class="placard-stage__widget">${story()}</div>
    ${hostile ? hostilePageAfter : nothing}
  </div>`;
};
