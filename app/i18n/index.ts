import i18next, { type i18n as I18n } from "i18next";
import * as auth from "./messages/auth";
import * as comments from "./messages/comments";
import * as common from "./messages/common";
import * as editor from "./messages/editor";
import * as projects from "./messages/projects";
import * as selection from "./messages/selection";
import * as publication from "./messages/publication";
import * as sessions from "./messages/sessions";
import * as voting from "./messages/voting";

/**
 * Translations live in one file per area (messages/*.ts), each exporting `pl` and `en`. Add a namespace
 * here when you add a file. Polish plural forms (one / few / many) come from Intl.PluralRules via i18next.
 */
export const resources = {
  pl: { common: common.pl, auth: auth.pl, editor: editor.pl, comments: comments.pl, projects: projects.pl, sessions: sessions.pl, voting: voting.pl, selection: selection.pl, publication: publication.pl },
  en: { common: common.en, auth: auth.en, editor: editor.en, comments: comments.en, projects: projects.en, sessions: sessions.en, voting: voting.en, selection: selection.en, publication: publication.en },
} as const;

export type Locale = keyof typeof resources;
export const LOCALES: readonly Locale[] = ["pl", "en"];
export const DEFAULT_LOCALE: Locale = "pl";
export const LOCALE_COOKIE = "wspolnie_lang";

export function isLocale(value: unknown): value is Locale {
  return value === "pl" || value === "en";
}

export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    defaultNS: "common",
    ns: Object.keys(resources.pl),
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  return instance;
}

/** Reads the remembered language from the cookie header; Polish when absent. */
export function localeFromCookie(cookieHeader: string | null): Locale {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`));
  return match && isLocale(match[1]) ? match[1] : DEFAULT_LOCALE;
}
