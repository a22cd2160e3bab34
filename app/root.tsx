import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18n, type Locale } from "./i18n";
import { getLocale } from "./lib/request.server";
import { subscribe } from "./lib/collab/client";
import { openEventSocket } from "./lib/collab/events";
import { unreadCount } from "./lib/comments/notifications.server";
import stylesHref from "./styles.css?url";
import { NotificationsLink } from "./components/comments/NotificationsLink";
import { DisclosureButton } from "~/components/disclosure";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Which error page to show: the kind of failure picks its title and message keys. */
function errorKeys(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return { title: "errors.notFoundTitle", message: "errors.notFound" };
    if (error.status === 403 || error.status === 401) return { title: "errors.forbiddenTitle", message: "errors.forbidden" };
  }
  return { title: "errors.genericTitle", message: "errors.generic" };
}

/** Only the root's error page has no route of its own to name it; every page needs a <title> (WCAG 2.4.2). */
export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? [{ title: `${createI18n(data?.locale ?? "pl").t(errorKeys(error).title)} — Wspólnie` }] : [];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const user = context.auth ? { name: context.auth.user.name, email: context.auth.user.email } : null;
  const unreadNotifications = context.auth ? await unreadCount(context.database.db, context.auth.user.id) : 0;
  return { locale, user, unreadNotifications };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "pl";
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <Shell user={data?.user ?? null} locale={locale} unreadNotifications={data?.unreadNotifications ?? 0}>
            {children}
          </Shell>
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Shell({
  children,
  user,
  locale,
  unreadNotifications,
}: {
  children: ReactNode;
  user: { name: string } | null;
  locale: Locale;
  unreadNotifications: number;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const redirectTo = `${location.pathname}${location.search}`;
  const signedIn = user !== null;
  // The header's count follows the user's notifications live (the events socket, opened once per signed-in tab).
  const [unread, setUnread] = useState(unreadNotifications);
  // On a phone the menu folds behind one button (styles.css); it folds again on every navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => setUnread(unreadNotifications), [unreadNotifications]);
  useEffect(() => subscribe("notifications.changed", (event) => setUnread(event.unread)), []);
  useEffect(() => {
    if (!signedIn) return;
    const socket = openEventSocket();
    return () => socket.close();
  }, [signedIn]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t("appName")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </Link>
          <DisclosureButton open={menuOpen} onToggle={setMenuOpen} controls="main-nav" className="nav-toggle">
            {t("nav.menu")}
          </DisclosureButton>
          <nav aria-label={t("nav.main")} className="main-nav" id="main-nav" data-open={menuOpen ? "true" : "false"}>
            <ul>
              <li>
                <Link to="/partnerstwa">{t("nav.partnerships")}</Link>
              </li>
              <li>
                <Link to="/nabor">{t("selection:nav.selection")}</Link>
              </li>
              {user ? (
                <>
                  <li>
                    <Link to="/w">{t("nav.workspace")}</Link>
                  </li>
                  <li>
                    <NotificationsLink count={unread} />
                  </li>
                  <li>
                    <Link to="/konto">{t("nav.account")}</Link>
                  </li>
                  <li>
                    <form method="post" action="/logout">
                      <button type="submit" className="link-button">
                        {t("nav.signOut")}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li>
                  <Link to="/login">{t("nav.signIn")}</Link>
                </li>
              )}
            </ul>
          </nav>
          <form method="post" action="/jezyk" className="language-switch">
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <button
              type="submit"
              name="lang"
              value={locale === "pl" ? "en" : "pl"}
              lang={locale === "pl" ? "en" : "pl"}
              aria-label={t("language.switchToLabel")}
            >
              {t("language.switchTo")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer.text")}</p>
        <p>
          <Link to="/deklaracja-dostepnosci">{t("nav.accessibility")}</Link>
        </p>
      </footer>
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const keys = errorKeys(error);
  const title = t(keys.title);
  const message = t(keys.message);
  return (
    <div className="page">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
