import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { subscribe } from "~/lib/collab/client";
import { guard } from "~/lib/guard.server";
import { can } from "~/lib/policy";
import { getLocale } from "~/lib/request.server";
import { formatDateTimeWarsaw, isoWithOffset } from "~/lib/sessions/time";
import { listPolls, loadPartnershipPolls } from "~/lib/voting/polls.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Głosowania rady"} — ${data?.partnership.name ?? ""} — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, auth, resource } = await guard({ request, context }, "poll.read", (db) => loadPartnershipPolls(db, params.slug));
  const locale = getLocale(request);
  const polls = (await listPolls(context.database.db, partnership.id)).map((p) => ({
    id: p.id,
    title: p.title,
    status: p.status,
    method: p.method,
    secret: p.secret,
    closes: p.closesAt ? { iso: isoWithOffset(p.closesAt), text: formatDateTimeWarsaw(p.closesAt, locale) } : null,
  }));
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    polls,
    mayCreate: can(auth.actor, "poll.manage", resource),
    title: locale === "pl" ? "Głosowania rady" : "Council votes",
  };
}

export default function Polls() {
  const { partnership, polls, mayCreate } = useLoaderData<typeof loader>();
  const { t } = useTranslation("voting");
  const { revalidate } = useRevalidator();
  useEffect(() => subscribe("poll.changed", () => revalidate()), [revalidate]);
  const base = `/w/${partnership.slug}/glosowania`;
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} />
      <h1>{t("list.title")}</h1>
      <p>{t("list.lead")}</p>
      {mayCreate ? (
        <p>
          <Link className="button" to={`${base}/nowe`}>
            {t("list.new")}
          </Link>
        </p>
      ) : null}
      {polls.length === 0 ? (
        <p className="empty-state">{t("list.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("list.caption", { name: partnership.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("list.columns.title")}</th>
              <th scope="col">{t("list.columns.status")}</th>
              <th scope="col">{t("list.columns.method")}</th>
              <th scope="col">{t("list.columns.ballot")}</th>
              <th scope="col">{t("list.columns.closes")}</th>
            </tr>
          </thead>
          <tbody>
            {polls.map((p) => (
              <tr key={p.id} data-testid="poll-row">
                <td>
                  <Link to={`${base}/${p.id}`}>{p.title}</Link>
                </td>
                <td>{t(`status.${p.status}`)}</td>
                <td>{t(`method.${p.method}`)}</td>
                <td>{t(p.secret ? "ballot.secret" : "ballot.open")}</td>
                <td>{p.closes ? <time dateTime={p.closes.iso}>{p.closes.text}</time> : t("list.byHand")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
