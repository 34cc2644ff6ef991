/**
 * Before its element is defined, a Placard tag is an unknown inline element:
 * its fallback link takes one line, then the upgraded widget takes its full
 * height and pushes the partner's page down. The loader's first act is to
 * give not-yet-defined tags the block size each widget keeps while it loads
 * (the elements' table in styles/reserved-space.ts, where the figures are
 * explained; the build writes the sheet from it), so the page is laid out
 * once, at the ready widget's usual size.
 *
 * A constructable stylesheet adopted by the document: CSSOM, which a strict
 * `style-src` Content-Security-Policy does not block (a `<style>` element
 * would need 'unsafe-inline' or a nonce). Browsers without adoptable sheets
 * (Safari before 16.4) simply go without the reservation.
 *
 * Adopts the sheet on the document once; true when it is in place.
 */
export function reserveSpace(doc: Document = document): boolean {
  if (!('adoptedStyleSheets' in doc) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return false;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(__PLACARD_RESERVED_CSS__);
  // Appended, never replacing what the page (or another library) adopted.
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return true;
}
