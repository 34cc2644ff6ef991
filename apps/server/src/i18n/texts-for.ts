import { type Language, negotiateLanguage } from '@placard/contract';
import bo from './bo.js';
import cy from './cy.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import it from './it.js';
import ja from './ja.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import type { SupporterTexts } from './supporter-texts.js';
import ug from './ug.js';
import zhHans from './zh-hans.js';
import zhHant from './zh-hant.js';

/** Every language the widgets speak has its mails and pages: a missing one fails the type-check. */
const TEXTS: Record<Language, SupporterTexts> = {
  en,
  cy,
  fr,
  de,
  es,
  it,
  nl,
  pt,
  pl,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  bo,
  ug,
};

/** The texts for a tag as the widgets match it (`zh-TW` → Traditional Chinese); English for none or an unknown one. */
export function textsFor(tag: string | null | undefined): SupporterTexts {
  return TEXTS[negotiateLanguage(tag) ?? 'en'];
}
