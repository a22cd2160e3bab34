/** A base no real request uses: whatever resolves away from it would leave the site. */
const BASE = "http://wspolnie.invalid";
const MAX_LENGTH = 2048;
/**
 * Control and format characters (tab, CR/LF, NUL, zero-width, direction overrides, lone surrogates), every kind
 * of space, backslashes, and U+FFFD (what broken UTF-8 decodes to). Browsers silently drop tabs and newlines and
 * read "\" as "/", so "/\t/evil.example" would become "//evil.example"; none of these belongs in our paths.
 */
const FORBIDDEN = /[\p{C}\p{Z}\\\uFFFD]/u;

/**
 * The one redirect rule: `to` when it is a path on this site, otherwise `fallback`. The result is always
 * printable ASCII (non-ASCII letters come out percent-encoded), so it can go into a Location header as it is,
 * and no decoding of it — by a browser, a proxy or a later redirect — turns it into another site.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > MAX_LENGTH) return fallback;
  if (!to.startsWith("/") || FORBIDDEN.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // "/%2F%2Fevil.example" is a path here, but one decoding away from "//evil.example": refuse it too.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (/^\/[/\\]/.test(decoded) || /\p{Cc}/u.test(decoded)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
