import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatDay } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { markRequestHandled } from "~/lib/publication/accessibility.server";
import { seriesPath, versionPath } from "~/lib/publication/content";
import { manageSchema } from "~/lib/publication/forms";
import { publishingPage } from "~/lib/publication/manage.server";
import { publish, unpublish } from "~/lib/publication/publications.server";
import { getLocale } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Publikacje — Wspólnie" }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership } = await guard(args, "publication.publish", (db) => loadPartnership(db, args.params.slug));
  return {
    locale: getLocale(args.request),
    now: new Date().toISOString(),
    partnership: { slug: partnership.slug, name: partnership.name },
    ...(await publishingPage(args.context.database.db, partnership.id)),
  };
}

/** Publish a version, unpublish one, or mark an accessibility request handled; then back with a notice. */
export async function action(args: ActionFunctionArgs) {
  const { partnership, auth } = await guard(args, "publication.publish", (db) => loadPartnership(db, args.params.slug));
  const db = args.context.database.db;
  const submission = parseWithZod(await args.request.formData(), { schema: manageSchema });
  const back = (query: string) => redirect(`/w/${partnership.slug}/publikacje?${query}`);
  if (submission.status !== "success") return back("blad=1");
  const input = submission.value;
  if (input.intent === "publish") {
    const row = await publish(db, {
      partnership,
      kind: input.kind,
      subjectId: input.subjectId ?? null,
      sourceId: input.sourceId ?? null,
      userId: auth.user.id,
      ip: args.context.ip,
    });
    return row ? back(`opublikowano=${encodeURIComponent(`${row.title}|${row.number}`)}`) : back("blad=1");
  }
  if (input.intent === "unpublish") {
    const row = await unpublish(db, partnership.id, input.publicationId, auth.user.id, args.context.ip);
    return row ? back(`wycofano=${encodeURIComponent(`${row.title}|${row.number}`)}`) : back("blad=1");
  }
  return (await markRequestHandled(db, partnership.id, input.requestId, auth.user.id, args.context.ip)) ? back("zalatwiono=1") : back("blad=1");
}

export default function PublishingPage() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("publication");
  const [search] = useSearchParams();
  const notice = (key: "opublikowano" | "wycofano", message: "manage.published" | "manage.unpublished") => {
    const value = search.get(key);
    if (!value) return null;
    const [title, number] = value.split("|");
    return t(message, { title, number });
  };
  const message = notice("opublikowano", "manage.published") ?? notice("wycofano", "manage.unpublished");
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/w/${d.partnership.slug}`}>{d.partnership.name}</Link>
      </p>
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.lead")}</p>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {search.get("blad") ? (
        <p className="form-error" role="alert">
          {t("manage.notPublishable")}
        </p>
      ) : null}
      <section aria-labelledby="candidates-title">
        <h2 id="candidates-title">{t("manage.candidates")}</h2>
        <ul className="card-list">
          {d.candidates.map((c) => (
            <li key={c.series} className="card">
              <h3>
                {t(`manage.kind.${c.kind}`)}: {c.title}
              </h3>
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="publish" />
                <input type="hidden" name="kind" value={c.kind} />
                {c.subjectId ? <input type="hidden" name="subjectId" value={c.subjectId} /> : null}
                {c.sources.length > 0 ? (
                  <div className="field">
                    <label htmlFor={`source-${c.series}`}>{t("manage.source")}</label>
                    <select id={`source-${c.series}`} name="sourceId">
                      {c.sources.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.label} ({formatDay(s.createdAt, d.locale)})
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <button type="submit" className="button" aria-label={`${t("manage.publish")}: ${c.title}`}>
                  {t("manage.publish")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("manage.history")}</h2>
        {d.publications.length === 0 ? (
          <p className="empty-state">{t("manage.none")}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t("manage.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("versions.number")}</th>
                <th scope="col">{t("versions.date")}</th>
                <th scope="col">{t("manage.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("manage.unpublish")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.publications.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.unpublishedAt ? (
                      `${p.title}, ${t("page.version", { number: p.number })}`
                    ) : (
                      <a href={versionPath(d.partnership.slug, p.series, p.number)}>
                        {p.title}, {t("page.version", { number: p.number })}
                      </a>
                    )}
                  </td>
                  <td>{formatDateTime(p.publishedAt, d.locale)}</td>
                  <td>{p.unpublishedAt ? t("manage.hidden", { date: formatDay(p.unpublishedAt, d.locale) }) : t("manage.public")}</td>
                  <td>
                    {p.unpublishedAt ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="unpublish" />
                        <input type="hidden" name="publicationId" value={p.id} />
                        <button type="submit" className="link-button" aria-label={t("manage.unpublishLabel", { title: p.title, number: p.number })}>
                          {t("manage.unpublish")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {d.publications.some((p) => !p.unpublishedAt) ? (
          <p>
            <a href={`/partnerstwa/${d.partnership.slug}`}>{t("catalogue.page")}</a>
            {" · "}
            <a href={seriesPath(d.partnership.slug, "strategia")}>{t("manage.kind.strategy")}</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t("manage.requests")}</h2>
        <p>{t("manage.requestsLead")}</p>
        {d.requests.length === 0 ? (
          <p className="empty-state">{t("manage.noRequests")}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t("manage.requestsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("manage.requester")}</th>
                <th scope="col">{t("manage.request")}</th>
                <th scope="col">{t("manage.due")}</th>
                <th scope="col">{t("manage.state")}</th>
              </tr>
            </thead>
            <tbody>
              {d.requests.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.name}
                    <br />
                    {r.contact}
                  </td>
                  <td>
                    {r.pageUrl ? (
                      <>
                        {r.pageUrl}
                        <br />
                      </>
                    ) : null}
                    {r.description}
                    {r.preferredMeans ? (
                      <>
                        <br />
                        {r.preferredMeans}
                      </>
                    ) : null}
                  </td>
                  <td data-testid="request-due">
                    {formatDateTime(r.dueAt, d.locale)}
                    {!r.handledAt && r.dueAt < d.now ? <strong> ({t("manage.overdue")})</strong> : null}
                  </td>
                  <td>
                    {r.handledAt ? (
                      t("manage.handled")
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="handled" />
                        <input type="hidden" name="requestId" value={r.id} />
                        <button type="submit" className="link-button">
                          {t("manage.markHandled")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
