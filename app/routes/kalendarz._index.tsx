import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { audit } from "~/lib/audit.server";
import { requireUser } from "~/lib/guard.server";
import { can, rolesIn } from "~/lib/policy";
import { getLocale } from "~/lib/request.server";
import { activeFeed, appOrigin, createFeed, revokeFeed } from "~/lib/sessions/calendar.server";
import { meetingResource, upcomingMeetings } from "~/lib/sessions/meetings.server";
import { endOf, formatClock, formatDateTimeWarsaw, formatDayLong, isoWithOffset } from "~/lib/sessions/time";

export const meta: MetaFunction = () => [{ title: "Mój kalendarz posiedzeń — Wspólnie" }];

/** The signed-in person's coming sessions across their partnerships, and their secret calendar link. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requireUser({ request, context });
  const db = context.database.db;
  const locale = getLocale(request);
  const partnershipIds = [...auth.actor.roles.keys()].filter((id) => rolesIn(auth.actor, id).length > 0);
  const meetings = (await upcomingMeetings(db, partnershipIds))
    .filter((m) => can(auth.actor, "meeting.read", meetingResource(m, [])))
    .map((m) => ({
      id: m.id,
      title: m.title,
      partnershipName: m.partnershipName,
      href: `/w/${m.partnershipSlug}/posiedzenia/${m.id}`,
      startsAt: isoWithOffset(m.startsAt),
      when: `${formatDayLong(m.startsAt, locale)}, ${formatClock(m.startsAt)}–${formatClock(endOf(m.startsAt, m.durationMinutes))}`,
    }));
  const feed = await activeFeed(db, auth.user.id);
  return {
    meetings,
    feed: feed ? { created: formatDateTimeWarsaw(feed.createdAt, locale), used: feed.lastUsedAt ? formatDateTimeWarsaw(feed.lastUsedAt, locale) : null } : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requireUser({ request, context });
  const db = context.database.db;
  const intent = (await request.formData()).get("intent");
  if (intent === "revoke") {
    if (await revokeFeed(db, auth.user.id)) await audit(db, { event: "calendar_feed_revoked", actorUserId: auth.user.id, ip: context.ip });
    return { revoked: true as const, url: null };
  }
  const secret = await createFeed(db, auth.user.id);
  await audit(db, { event: "calendar_feed_created", actorUserId: auth.user.id, ip: context.ip });
  return { revoked: false as const, url: `${appOrigin(request, context.config)}/kalendarz/${secret}/posiedzenia.ics` };
}

export default function MyCalendar() {
  const { meetings, feed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("sessions");
  return (
    <div className="page">
      <h1>{t("calendar.title")}</h1>
      <p className="lead">{t("calendar.lead")}</p>
      {meetings.length === 0 ? (
        <p className="empty-state">{t("calendar.empty")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("calendar.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("list.columns.title")}</th>
              <th scope="col">{t("list.columns.when")}</th>
              <th scope="col">{t("calendar.partnership")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={m.href}>{m.title}</Link>
                </td>
                <td>
                  <time dateTime={m.startsAt}>{m.when}</time>
                </td>
                <td>{m.partnershipName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="feed-title">
        <h2 id="feed-title">{t("calendar.feedTitle")}</h2>
        <p>{t("calendar.feedLead")}</p>
        <div role="status">
          {result?.url ? (
            <div className="field">
              <label htmlFor="feed-url">{t("calendar.feedNew")}</label>
              <input id="feed-url" type="text" readOnly value={result.url} data-testid="feed-url" />
            </div>
          ) : null}
          {result?.revoked ? <p className="notice">{t("calendar.feedRevoked")}</p> : null}
        </div>
        <p>{feed ? t("calendar.feedActive", { created: feed.created, used: feed.used ?? t("calendar.feedNeverUsed") }) : t("calendar.feedNone")}</p>
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="create" className="button">
            {feed ? t("calendar.feedRenew") : t("calendar.feedCreate")}
          </button>
          {feed ? (
            <button type="submit" name="intent" value="revoke" className="button button--secondary">
              {t("calendar.feedRevoke")}
            </button>
          ) : null}
        </Form>
      </section>
    </div>
  );
}
