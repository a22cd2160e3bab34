import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { DataTable } from "~/components/data-table";
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

/** A one-button form of this page: its intent and the id it acts on. */
function HiddenForm({ intent, name, value, children }: { intent: string; name: string; value: string; children: ReactNode }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={value} />
      {children}
    </Form>
  );
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
      <Breadcrumb partnership={d.partnership} />
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
        <DataTable
          caption={t("manage.caption")}
          rows={d.publications}
          rowKey={(p) => p.id}
          empty={t("manage.none")}
          columns={[
            {
              header: t("versions.number"),
              cell: (p) => {
                const label = `${p.title}, ${t("page.version", { number: p.number })}`;
                return p.unpublishedAt ? label : <a href={versionPath(d.partnership.slug, p.series, p.number)}>{label}</a>;
              },
            },
            { header: t("versions.date"), cell: (p) => formatDateTime(p.publishedAt, d.locale) },
            { header: t("manage.state"), cell: (p) => (p.unpublishedAt ? t("manage.hidden", { date: formatDay(p.unpublishedAt, d.locale) }) : t("manage.public")) },
            {
              header: t("manage.unpublish"),
              hiddenHeader: true,
              cell: (p) =>
                p.unpublishedAt ? null : (
                  <HiddenForm intent="unpublish" name="publicationId" value={p.id}>
                    <button type="submit" className="link-button" aria-label={t("manage.unpublishLabel", { title: p.title, number: p.number })}>
                      {t("manage.unpublish")}
                    </button>
                  </HiddenForm>
                ),
            },
          ]}
        />
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
        <DataTable
          caption={t("manage.requestsCaption")}
          rows={d.requests}
          rowKey={(r) => r.id}
          empty={t("manage.noRequests")}
          columns={[
            {
              header: t("manage.requester"),
              cell: (r) => (
                <>
                  {r.name}
                  <br />
                  {r.contact}
                </>
              ),
            },
            {
              header: t("manage.request"),
              cell: (r) => [r.pageUrl, r.description, r.preferredMeans].filter(Boolean).flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line])),
            },
            {
              header: t("manage.due"),
              cell: (r) => (
                <span data-testid="request-due">
                  {formatDateTime(r.dueAt, d.locale)}
                  {!r.handledAt && r.dueAt < d.now ? <strong> ({t("manage.overdue")})</strong> : null}
                </span>
              ),
            },
            {
              header: t("manage.state"),
              cell: (r) =>
                r.handledAt ? (
                  t("manage.handled")
                ) : (
                  <HiddenForm intent="handled" name="requestId" value={r.id}>
                    <button type="submit" className="link-button">
                      {t("manage.markHandled")}
                    </button>
                  </HiddenForm>
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
