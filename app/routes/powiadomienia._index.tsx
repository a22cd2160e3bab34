import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listNotifications, markAllNotificationsRead } from "~/lib/comments/notifications.server";
import { requireUser } from "~/lib/guard.server";
import { formatDateTime } from "~/lib/format";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Powiadomienia — Wspólnie" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser({ request, context });
  return {
    notifications: await listNotifications(context.database.db, auth.user.id),
    locale: getLocale(request),
    title: getServerT(request)("comments:notifications.pageTitle"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requireUser({ request, context });
  await markAllNotificationsRead(context.database.db, auth.user.id);
  context.collab.toUser(auth.user.id, { type: "notifications.changed", unread: 0 });
  return { ok: true };
}

export default function Notifications() {
  const { notifications, locale } = useLoaderData<typeof loader>();
  const { t } = useTranslation("comments");
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div className="page">
      <h1>{t("notifications.title")}</h1>
      <p className="lead">{t("notifications.lead")}</p>
      {notifications.length === 0 ? (
        <p className="empty-state">{t("notifications.empty")}</p>
      ) : (
        <>
          {unread > 0 ? (
            <Form method="post" action="?index" className="actions">
              <button type="submit" className="button button--secondary">
                {t("notifications.markAllRead")}
              </button>
            </Form>
          ) : null}
          <ul className="notification-list">
            {notifications.map((n) => (
              <li key={n.id} className={n.read ? "notification" : "notification notification--unread"}>
                <p className="notification__title">
                  {n.read ? null : <strong className="notification__badge">{t("notifications.unread")}</strong>}{" "}
                  {t(`notifications.${n.kind}`, { actor: n.actorName ?? "—", document: n.documentTitle ?? "—" })}
                </p>
                {n.quote ? (
                  <p className="notification__quote">
                    <span className="visually-hidden">{t("notifications.passage")}: </span>
                    <q>{n.quote}</q>
                  </p>
                ) : null}
                {n.excerpt ? <p className="notification__excerpt">{n.excerpt}</p> : null}
                <p className="notification__meta">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, locale)}</time>
                  {n.partnershipName ? ` · ${n.partnershipName}` : null} ·{" "}
                  <Link to={`/powiadomienia/${n.id}`}>
                    {t("notifications.open")}
                    <span className="visually-hidden">
                      {" "}
                      — {t(`notifications.${n.kind}`, { actor: n.actorName ?? "—", document: n.documentTitle ?? "—" })}
                    </span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
