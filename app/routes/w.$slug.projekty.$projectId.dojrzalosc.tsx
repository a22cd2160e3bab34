import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { formatDay } from "~/components/projects/labels";
import { EvidenceForm, LevelForm } from "~/components/projects/MaturityForms";
import projectStyles from "~/components/projects/projects.css?url";
import { formatDateTime } from "~/lib/format";
import { can } from "~/lib/policy";
import { loadProject } from "~/lib/projects/access.server";
import { todayInWarsaw } from "~/lib/projects/dates";
import { guard } from "~/lib/guard.server";
import { missingEvidence, supportedLevel } from "~/lib/projects/maturity";
import { maturityAction } from "~/lib/projects/maturity-actions.server";
import { listEvidence, maturityHistory } from "~/lib/projects/maturity.server";
import type { loader as rootLoader } from "~/root";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: projectStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Dojrzałość — ${data?.project.title ?? ""} — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, project, resource, auth } = await guard(args, "project.read", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const [evidence, history] = await Promise.all([listEvidence(db, project.id), maturityHistory(db, project.id)]);
  const kinds = evidence.map((e) => ({ kind: e.kind, withdrawn: e.withdrawnAt !== null }));
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    project: { id: project.id, title: project.title, maturity: project.maturity },
    evidence: evidence.map((e) => ({ ...e, withdrawn: e.withdrawnAt !== null, withdrawnAt: undefined, createdAt: e.createdAt.toISOString() })),
    history: history.map((h) => ({ ...h, changedAt: h.changedAt.toISOString() })),
    supported: supportedLevel(kinds),
    missing: missingEvidence(kinds, 5),
    today: todayInWarsaw(),
    mayEdit: can(auth.actor, "project.edit", resource),
  };
}

export const action = maturityAction;

export default function MaturityPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const [search] = useSearchParams();
  const { t } = useTranslation("projects");
  const { partnership, project } = data;
  const base = `/w/${partnership.slug}/projekty/${project.id}`;
  const notice = search.get("dowod") ? t("maturity.evidenceAdded") : search.get("poziom") ? t("maturity.saved") : search.get("wycofano") ? t("maturity.withdrawnNotice") : null;
  const nextMissing = data.missing[0];
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} trail={[{ to: `/w/${partnership.slug}/projekty`, label: t("package.title") }, { to: base, label: project.title }]} />
      <h1>
        {t("maturity.title")}: {project.title}
      </h1>
      <p className="lead">{t("maturity.lead")}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        <strong>{t("maturity.current", { level: t(`maturity.levels.${project.maturity}`) })}</strong> · {t("maturity.supported", { level: data.supported })}
      </p>
      {nextMissing ? <p>{t("maturity.missing", { level: nextMissing.level, kinds: nextMissing.kinds.map((k) => t(`maturity.kinds.${k}`)).join(", ") })}</p> : null}

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t("maturity.evidenceTitle")}</h2>
        {data.evidence.length === 0 ? (
          <p className="empty-state">{t("maturity.evidenceEmpty")}</p>
        ) : (
          <ul>
            {data.evidence.map((e) => (
              <li key={e.id}>
                {e.withdrawn ? <del>{t(`maturity.kinds.${e.kind}`)}</del> : <strong>{t(`maturity.kinds.${e.kind}`)}</strong>}: {e.description} ({formatDay(e.date, locale)}){" "}
                {e.url ? (
                  <a href={e.url} rel="noopener noreferrer nofollow">
                    {e.url}
                  </a>
                ) : null}
                {e.attachmentId ? (
                  <a href={`${base}/zalaczniki/${e.attachmentId}`} download>
                    {e.attachmentName}
                  </a>
                ) : null}
                {e.withdrawn ? ` — ${t("maturity.withdrawn")}` : null}
                {data.mayEdit && !e.withdrawn ? (
                  <Form method="post" style={{ display: "inline" }}>
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="evidenceId" value={e.id} />{" "}
                    <button type="submit" className="button button--secondary">
                      {t("maturity.withdraw")}
                      <span className="visually-hidden">: {e.description}</span>
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {data.mayEdit ? <EvidenceForm lastResult={actionData?.form === "evidence" ? actionData.result : null} today={data.today} /> : null}
        {actionData?.error ? (
          <p className="form-error" role="alert">
            {actionData.error}
          </p>
        ) : null}
      </section>

      {data.mayEdit ? <LevelForm key={project.maturity} lastResult={actionData?.form === "level" ? actionData.result : null} current={project.maturity} /> : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("maturity.historyTitle")}</h2>
        {data.history.length === 0 ? (
          <p className="empty-state">{t("maturity.historyEmpty")}</p>
        ) : (
          <ul>
            {data.history.map((h) => (
              <li key={h.id}>
                {formatDateTime(h.changedAt, locale)} — {t("maturity.historyEntry", { from: h.fromLevel, to: h.toLevel })}
                {h.changedBy ? ` — ${h.changedBy}` : ""}
                {h.note === "evidence_withdrawn" ? ` (${t("maturity.evidenceWithdrawnNote")})` : h.note ? ` — ${h.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
