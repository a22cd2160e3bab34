import type { AppLoadContext } from "@remix-run/node";
import { createI18n, localeFromCookie, type Locale } from "../i18n";
import { can, type Action, type Resource } from "./policy";

export function getLocale(request: Request): Locale {
  return localeFromCookie(request.headers.get("Cookie"));
}

/** A translator for server-side messages (form errors, API reasons) in the request's language. */
export function getServerT(request: Request) {
  return createI18n(getLocale(request)).t;
}

/** Signed-in user or a redirect to the sign-in page that comes back here afterwards. */
export function requireAuth(request: Request, context: AppLoadContext) {
  if (!context.auth) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw new Response(null, { status: 302, headers: { Location: `/login?redirectTo=${encodeURIComponent(redirectTo)}` } });
  }
  return context.auth;
}

/**
 * Throws a 403 (signed in) or a redirect to sign-in (anonymous) unless the policy allows the action.
 * Use `hide: true` to answer 404 to people who must not learn that the resource exists.
 */
export function requirePermission(
  request: Request,
  context: AppLoadContext,
  action: Action,
  resource: Resource,
  options: { hide?: boolean; api?: boolean } = {},
) {
  const actor = context.auth?.actor ?? null;
  if (can(actor, action, resource)) return context.auth;
  if (!context.auth && !options.api) requireAuth(request, context);
  const t = getServerT(request);
  const status = !context.auth ? 401 : options.hide ? 404 : 403;
  const message = status === 404 ? t("errors.notFound") : t("errors.forbidden");
  if (options.api) throw Response.json({ error: message }, { status });
  throw new Response(message, { status, statusText: status === 404 ? "Not Found" : "Forbidden" });
}
