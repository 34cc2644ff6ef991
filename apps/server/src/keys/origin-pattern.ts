const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;
const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;

/** True for an allowed-origin pattern a key may carry (see `originAllowed`). */
export function isOriginPattern(pattern: string): boolean {
  return pattern === '*' || PATTERN.test(pattern.toLowerCase());
}

/**
 * Whether a browser Origin matches one pattern: an exact origin
 * (`https://partner.org`), any port (`http://localhost:*`), any subdomain
 * (`https://*.partner.org`, not the bare domain), or `*` for every origin.
 */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === '*') return true;
  const o = ORIGIN.exec(origin.toLowerCase());
  const p = PATTERN.exec(pattern.toLowerCase());
  if (!o || !p) return false;
  const [, scheme, host, port] = o;
  const [, pScheme, wildcardHost, pHost, pPort] = p;
  if (scheme !== pScheme) return false;
  if (wildcardHost ? !host!.endsWith(`.${pHost}`) : host !== pHost) return false;
  if (pPort === '*') return true;
  const defaultPort = scheme === 'https' ? '443' : '80';
  return (port ?? defaultPort) === (pPort ?? defaultPort);
}

export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => originMatches(origin, pattern));
}
