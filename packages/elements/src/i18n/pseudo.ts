import type { Catalogue } from './catalogue.js';
import { PSEUDO_LOCALE } from './catalogue-loader.js';
import en from './en.js';

// The pseudo-locale turns every English string into accented text about 40%
// longer, in brackets: `[Šîĝñ ţĥê ƥêţîţîöñ ļöŕêɱ]`. Text left plain on a pseudo
// page was hard-coded; text cut short shows where a longer language would
// clip. Values put into strings (a campaign title, an MP's name) pass through
// unchanged, so what is data and what is ours stays visible.

const PLAIN = 'abcdefghijklmnoprstuwyzABCDEFGHIJKLMNOPRSTUWYZ';
const ACCENTED = 'áƀçďéƒĝĥîĵķļɱñöƥŕšţûŵýžÁƁÇĎÉƑĜĤÎĴĶĻṀÑÖƤŔŠŢÛŴÝŽ';
const FILLER = ' ļöŕêɱ îƥšûɱ ďöļöŕ šîţ áɱêţ çöñšêçţêţûŕ áďîƥîšçîñĝ êļîţ';
/** Private-use marks around a value passed in, so its text is left alone. */
const KEEP = '\uE000';
const END_KEEP = '\uE001';

function accent(text: string): string {
  return [...text].map((char) => ACCENTED[PLAIN.indexOf(char)] ?? char).join('');
}

/** `Sign the petition` → `[Šîĝñ ţĥê ƥêţîţîöñ ļöŕêɱ îƥ]`, leaving kept values as they are. */
export function pseudo(text: string): string {
  let out = '';
  let ours = 0;
  for (const [index, part] of text.split(new RegExp(`[${KEEP}${END_KEEP}]`)).entries()) {
    const isValue = index % 2 === 1;
    out += isValue ? part : accent(part);
    if (!isValue) ours += part.length;
  }
  const padding = Math.ceil(ours * 0.4);
  return `[${out}${FILLER.repeat(Math.ceil(padding / FILLER.length)).slice(0, padding)}]`;
}

const keep = (value: unknown) => (typeof value === 'string' ? `${KEEP}${value}${END_KEEP}` : value);

/** Every string, string-returning function and list in a catalogue area, pseudo-localised. */
function pseudoArea<T>(area: T): T {
  if (typeof area === 'string') return pseudo(area) as T;
  if (typeof area === 'function') {
    return ((...args: unknown[]) => pseudo(String((area as (...a: unknown[]) => unknown)(...args.map(keep))))) as T;
  }
  if (Array.isArray(area)) return area.map(pseudoArea) as T;
  if (area && typeof area === 'object') {
    return Object.fromEntries(Object.entries(area).map(([key, value]) => [key, pseudoArea(value)])) as T;
  }
  return area;
}

const { locale: _locale, dir: _dir, review: _review, months: _months, longDate: _longDate, ...areas } = en;

/** English, pseudo-localised: for tests, Storybook and partners checking their layout. */
const pseudoCatalogue: Catalogue = {
  ...en,
  ...pseudoArea(areas),
  locale: PSEUDO_LOCALE,
  review: { status: 'source' },
};

export default pseudoCatalogue;
