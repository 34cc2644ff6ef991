import type { ArgTypesEnhancer } from 'storybook/internal/types';

/** Manifest rows that are documentation only in these stories. */
const DOCUMENTED_ONLY = new Set(['properties', 'events', 'slots', 'css custom properties', 'css shadow parts']);

/**
 * The manifest gives every element's properties, events, slots, parts and
 * custom properties beside its attributes. The stories drive elements through
 * attributes (what a partner's HTML can set), so the other rows stay in the
 * docs tables without a control that would do nothing. A property that shares
 * its attribute's name is covered by the attribute's control.
 */
export const controlsForAttributesOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      return [name, category && DOCUMENTED_ONLY.has(category) ? { ...argType, control: false } : argType];
    }),
  );
