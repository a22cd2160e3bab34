/**
 * The address typed into the editor's link dialog, made safe to store: web pages (http, https) and e-mail
 * (mailto) only, like the Link extension's `protocols`; a bare "gmina.pl/strategia" becomes https://…;
 * anything else (javascript:, data:, spaces, no host) is refused with null.
 */
export function normaliseLinkHref(input: string): string | null {
  const value = input.trim();
  if (value === "" || /\s/.test(value)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "mailto") {
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(value) ? `mailto:${value.slice(7)}` : null;
  }
  // "localhost:3000" reads as a scheme but is a host; any other scheme is refused.
  const candidate = scheme === "http" || scheme === "https" ? value : scheme && !/^[^:/]+:\d+(\/|$)/.test(value) ? null : `https://${value}`;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}
