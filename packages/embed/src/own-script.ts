/**
 * Finds the `<script>` element this code was loaded by. A classic script has
 * `document.currentScript`; a `type="module"` script does not (and a classic
 * build cannot use `import.meta`), so fall back to the script whose `src` file
 * name is ours — preferring one that carries Placard `data-` attributes, since
 * other vendors also ship files called `embed.js`.
 */
export function findOwnScript(fileName: string): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  const pattern = new RegExp(`/${fileName.replace(/\./g, '\\.')}(?:[?#]|$)`);
  const candidates = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((script) =>
    pattern.test(script.src),
  );
  return (
    candidates.find((script) => script.hasAttribute('data-key') || script.hasAttribute('data-api')) ??
    candidates[candidates.length - 1] ??
    null
  );
}
