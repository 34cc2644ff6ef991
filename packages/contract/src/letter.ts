import type { LetterTemplate } from './campaign.js';

export interface LetterValues {
  mpName?: string;
  constituency?: string;
  name?: string;
}

/**
 * Fills a campaign's letter template. Unknown placeholders and values not yet
 * known (the supporter's name before they type it) are left as written, so
 * the supporter sees what still needs filling.
 */
export function fillLetter(template: LetterTemplate, values: LetterValues): LetterTemplate {
  const fill = (text: string) =>
    text.replace(/\{\{\s*(mpName|constituency|name)\s*\}\}/g, (whole, key: keyof LetterValues) => values[key] || whole);
  return { subject: fill(template.subject), body: fill(template.body) };
}
