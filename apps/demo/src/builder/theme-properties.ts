/**
 * The widget colours the builder offers, with the widgets' own light-theme
 * defaults (from @placard/elements' `tokens`). A value equal to its default is
 * left out of the snippet, so an untouched theme adds no `<style>` at all.
 */
export interface ThemeProperty {
  name: `--placard-${string}`;
  label: string;
  defaultValue: string;
}

export const THEME_PROPERTIES: readonly ThemeProperty[] = [
  { name: '--placard-color-accent', label: 'Accent: buttons and progress', defaultValue: '#a4161a' },
  { name: '--placard-color-accent-text', label: 'Text on the accent', defaultValue: '#ffffff' },
  { name: '--placard-color-text', label: 'Text', defaultValue: '#1c1b1f' },
  { name: '--placard-color-surface', label: 'Background', defaultValue: '#ffffff' },
  { name: '--placard-color-border', label: 'Borders and field outlines', defaultValue: '#79767d' },
];
