/**
 * The widgets format every number and date with `Intl`, and the first `Intl`
 * call in a page's process loads ICU's locale data: 25–120 ms of main thread
 * in Chromium on this project's 2-core bench, paid inside the element's
 * constructor, i.e. between the chunks arriving and the campaign request
 * leaving. The loader pays it instead while the chunks are still downloading
 * and the main thread has nothing else to do for Placard.
 */
export function warmIntl(lang: string): void {
  try {
    new Intl.NumberFormat(lang).format(0);
    new Intl.PluralRules(lang).select(0);
    new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(0);
  } catch {
    // A tag Intl rejects: the elements fall back to English themselves.
  }
}
