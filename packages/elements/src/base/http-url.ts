/**
 * A link from the API, if it is http(s); else undefined. The contract only allows
 * http(s) links and the server checks them, but browsers no longer re-check the
 * server's answers (the SDK's browser entry trusts them), so every URL the widgets
 * put in an `href` passes here: no other scheme (`javascript:`) can ever be rendered.
 */
export function httpUrl(value: string | null | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) ? value : undefined;
}
