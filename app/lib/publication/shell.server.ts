/**
 * The page around a stored published article, written as a string (no React, no scripts): the same landmarks
 * and links as the app's shell in root.tsx (skip link, header with the main navigation and the language switch,
 * <main id="main">, footer with the accessibility statement), plus the findability tags — title, description,
 * canonical URL and Open Graph.
 */
import type { Locale } from "../../i18n";
import { createI18n } from "../../i18n";
import { escapeHtml } from "../editor/derive.server";
import stylesHref from "../../styles.css?url";

export interface ShellInput {
  locale: Locale;
  origin: string;
  /** The page's path (canonical URL and the language switch come back here). */
  path: string;
  title: string;
  description: string;
  body: string;
}

export function publicShell(input: ShellInput): string {
  const t = createI18n(input.locale).t;
  const e = escapeHtml;
  const canonical = `${input.origin}${input.path}`;
  const other = input.locale === "pl" ? "en" : "pl";
  const fullTitle = `${input.title} — ${t("appName")}`;
  return `<!DOCTYPE html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(fullTitle)}</title>
<meta name="description" content="${e(input.description)}">
<link rel="canonical" href="${e(canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(t("appName"))}">
<meta property="og:title" content="${e(input.title)}">
<meta property="og:description" content="${e(input.description)}">
<meta property="og:url" content="${e(canonical)}">
<meta property="og:locale" content="${input.locale === "pl" ? "pl_PL" : "en_GB"}">
<link rel="stylesheet" href="${e(stylesHref)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">${e(t("skipToContent"))}</a>
<header class="site-header"><div class="site-header__inner">
<a href="/" class="brand"><span class="brand__name">${e(t("appName"))}</span><span class="brand__tagline">${e(t("tagline"))}</span></a>
<nav aria-label="${e(t("nav.main"))}" class="main-nav"><ul><li><a href="/partnerstwa">${e(t("nav.partnerships"))}</a></li><li><a href="/w">${e(t("nav.workspace"))}</a></li></ul></nav>
<form method="post" action="/jezyk" class="language-switch"><input type="hidden" name="redirectTo" value="${e(input.path)}"><button type="submit" name="lang" value="${other}" lang="${other}" aria-label="${e(t("language.switchToLabel"))}">${e(t("language.switchTo"))}</button></form>
</div></header>
<main id="main" tabindex="-1">
${input.body}
</main>
<footer class="site-footer"><p>${e(t("footer.text"))}</p><p><a href="/deklaracja-dostepnosci">${e(t("nav.accessibility"))}</a></p></footer>
</body>
</html>`;
}
