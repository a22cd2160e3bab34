import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { subscribe } from "~/lib/collab/client";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { can } from "~/lib/policy";
import { getLocale } from "~/lib/request.server";
import { listMeetings } from "~/lib/sessions/meetings.server";
import { endOf, formatClock, formatDayLong, isoWithOffset } from "~/lib/sessions/time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Posiedzenia"} — ${data?.partnership.name ?? ""} — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, auth, resource } = await guard({ request, context }, "meeting.read", (db) => loadPartnership(db, params.slug));
  const locale = getLocale(request);
  const now = Date.now();
  const meetings = (await listMeetings(context.database.db, partnership.id)).map((m) => ({
    id: m.id,
    title: m.title,
    body: m.body,
    status: m.status,
    startsAt: isoWithOffset(m.startsAt),
    day: formatDayLong(m.startsAt, locale),
    time: `${formatClock(m.startsAt)}–${formatClock(endOf(m.startsAt, m.durationMinutes))}`,
    past: m.status === "closed" || endOf(m.startsAt, m.durationMinutes).getTime() < now,
  }));
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    meetings,
    mayPlan: can(auth.actor, "meeting.manage", resource),
    title: locale === "pl" ? "Posiedzenia" : "Sessions",
  };
}

export default function Meetings() {
  const { partnership, meetings, mayPlan } = useLoaderData<typeof loader>();
  const { t } = useTranslation("sessions");
  const { revalidate } = useRevalidator();
  useEffect(() => subscribe("meeting.changed", () => revalidate()), [revalidate]);
  const upcoming = meetings.filter((m) => !m.past);
  const past = meetings.filter((m) => m.past).reverse();
  const base = `/w/${partnership.slug}/posiedzenia`;
  const table = (rows: typeof meetings, caption: string) => (
    <table className="meeting-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("list.columns.title")}</th>
          <th scope="col">{t("list.columns.when")}</th>
          <th scope="col">{t("list.columns.body")}</th>
          <th scope="col">{t("list.columns.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-testid="meeting-row">
            <td>
              <Link to={`${base}/${m.id}`}>{m.title}</Link>
            </td>
            <td>
              <time dateTime={m.startsAt}>
                {m.day}, {m.time}
              </time>
            </td>
            <td>{t(`body.${m.body}`)}</td>
            <td>{t(`status.${m.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} />
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      {mayPlan ? (
        <p className="actions">
          <Link className="button" to={`${base}/nowe`}>
            {t("list.new")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t("list.upcoming")}</h2>
        {upcoming.length === 0 ? <p className="empty-state">{t("list.noneUpcoming")}</p> : table(upcoming, t("list.upcoming"))}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t("list.past")}</h2>
        {past.length === 0 ? <p className="empty-state">{t("list.nonePast")}</p> : table(past, t("list.past"))}
      </section>
    </div>
  );
}
