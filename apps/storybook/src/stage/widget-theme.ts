import { stageGlobals } from '../toolbar/globals.js';

/**
 * The `theme` attribute a widget gets: the story's own value when it sets
 * one (the playground's control), else the toolbar's. A partner brand keeps
 * the light palette and overrides it through custom properties.
 */
export function widgetTheme(own: string | undefined, context: { globals: Record<string, unknown> }): 'light' | 'dark' {
  if (own === 'light' || own === 'dark') return own;
  return stageGlobals(context.globals).theme === 'dark' ? 'dark' : 'light';
}
