// No schema library here: the widgets' language code imports this module and
// must not pull valibot into the chunk every widget loads first.

/**
 * The languages the widgets and the supporter mails are written in. English is
 * the source; the rest are translations (each catalogue says who reviewed it).
 */
export const LANGUAGES = [
  'en',
  'cy',
  'fr',
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'ja',
  'zh-Hans',
  'zh-Hant',
  'bo',
  'ug',
] as const;

export type Language = (typeof LANGUAGES)[number];

const BY_LOWER = new Map<string, Language>(LANGUAGES.map((language) => [language.toLowerCase(), language]));

/** Chinese regions that write Traditional characters when a tag names no script. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The language we have for a BCP 47 tag, or undefined when we have none of it:
 * `fr-CA` → `fr`, `pt-BR` → `pt`, `zh-TW`/`zh-HK`/`zh-Hant-TW` → `zh-Hant`,
 * `zh`/`zh-CN`/`zh-SG` → `zh-Hans`. Garbage tags give undefined, never a throw.
 */
export function negotiateLanguage(tag: string | null | undefined): Language | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  let subtags: string[];
  try {
    subtags = (Intl.getCanonicalLocales(trimmed)[0] ?? '').toLowerCase().split('-');
  } catch {
    return undefined;
  }
  const [language = '', ...rest] = subtags;
  if (language === 'zh') {
    if (rest.includes('hant')) return 'zh-Hant';
    if (rest.includes('hans')) return 'zh-Hans';
    return rest.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  return BY_LOWER.get(language);
}
