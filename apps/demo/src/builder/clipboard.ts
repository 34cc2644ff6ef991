/**
 * Copies text, preferring the async Clipboard API; where that is missing or
 * refused (an insecure origin, a denied permission) it selects the text in the
 * given field and uses the older copy command. Resolves false if both fail, so
 * the page can tell the user to copy by hand.
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based copy.
  }
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
