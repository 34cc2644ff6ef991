import { LANGUAGES, type Language } from '@placard/contract';
import { scenarios } from '@placard/mocks';
import type { GlobalTypes } from 'storybook/internal/types';

/** What the toolbar switches; every story reads these through its `globals`. */
export interface StageGlobals {
  theme: 'light' | 'dark' | 'brand';
  /** A language the widgets speak, or the pseudo-locale that shows clipped and hard-coded text. */
  locale: Language | typeof PSEUDO;
  dir: 'ltr' | 'rtl';
  motion: 'full' | 'reduce';
  host: 'plain' | 'hostile';
  scenario: (typeof scenarios)[number]['name'];
}

/** The elements' pseudo-locale (i18n/pseudo.ts): accented English, 40% longer. */
const PSEUDO = 'en-XA';

/** Each language by its own name (`Français`), as a reader looks for it. */
const endonym = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

export const initialGlobals: StageGlobals = {
  theme: 'light',
  locale: 'en',
  dir: 'ltr',
  motion: 'full',
  host: 'plain',
  scenario: 'normal',
};

/** Reads the stage globals with the defaults filled in (docs pages may omit some). */
export function stageGlobals(globals: Record<string, unknown>): StageGlobals {
  return { ...initialGlobals, ...(globals as Partial<StageGlobals>) };
}

export const globalTypes: GlobalTypes = {
  theme: {
    description:
      'Colour theme: the built-in light and dark, or a partner brand set through --placard-* custom properties',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      dynamicTitle: true,
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'brand', title: 'Partner brand' },
      ],
    },
  },
  locale: {
    description: 'Language of the widgets (the lang attribute of the host page around them)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        ...LANGUAGES.map((tag) => ({ value: tag, title: endonym(tag), right: tag })),
        { value: PSEUDO, title: 'Pseudo-locale (finds clipped or hard-coded text)', right: PSEUDO },
      ],
    },
  },
  dir: {
    description: 'Text direction of the host page',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
    },
  },
  motion: {
    description: 'Reduced motion, as the reader’s system setting would ask for it',
    toolbar: {
      title: 'Motion',
      icon: 'play',
      dynamicTitle: true,
      items: [
        { value: 'full', title: 'Full motion' },
        { value: 'reduce', title: 'Reduced motion' },
      ],
    },
  },
  host: {
    description: 'The partner page around the widget: plain, or a hostile one with aggressive CSS',
    toolbar: {
      title: 'Host page',
      icon: 'browser',
      dynamicTitle: true,
      items: [
        { value: 'plain', title: 'Plain host page' },
        { value: 'hostile', title: 'Hostile host page' },
      ],
    },
  },
  scenario: {
    description: 'How the mocked Placard API behaves (@placard/mocks scenarios)',
    toolbar: {
      title: 'API',
      icon: 'lightning',
      dynamicTitle: true,
      items: scenarios.map(({ name, description }) => ({ value: name, title: name, right: description })),
    },
  },
};
