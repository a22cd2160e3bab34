import { createI18n, localeFromCookie, type Locale } from "../i18n";

export function getLocale(request: Request): Locale {
  return localeFromCookie(request.headers.get("Cookie"));
}

/** A translator for server-side messages (form errors, API reasons) in the request's language. */
export function getServerT(request: Request) {
  return createI18n(getLocale(request)).t;
}
