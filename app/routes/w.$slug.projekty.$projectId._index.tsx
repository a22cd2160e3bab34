import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { FicheDetails } from "~/components/projects/FicheDetails";
import { ScheduleView } from "~/components/projects/ScheduleView";
import ganttStyles from "~/components/projects/gantt.css?url";
import projectStyles from "~/components/projects/projects.css?url";
import { formatDateTime } from "~/lib/format";
import { can } from "~/lib/policy";
import { loadProject } from "~/lib/projects/access.server";
import { addAttachment } from "~/lib/projects/attachments.server";
import { fichePage } from "~/lib/projects/fiche-page.server";
import { guard } from "~/lib/guard.server";
import { readUpload } from "~/lib/projects/upload.server";
import type { loader as rootLoader } from "~/root";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: projectStyles },
  { rel: "stylesheet", href: ganttStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.page.project.title ?? ""} — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, project, resource, auth } = await guard(args, "project.read", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const page = await fichePage(args.context.database.db, partnership.id, project.id);
  if (!page) throw new Response(null, { status: 404 });
  return { partnership: { slug: partnership.slug, name: partnership.name }, page, mayEdit: can(auth.actor, "project.edit", resource) };
}

/** Uploads an attachment (checked by content in the lib). */
export async function action(args: ActionFunctionArgs) {
  const { partnership, project, auth } = await guard(args, "project.edit", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const upload = await readUpload(args.request);
  if ("refused" in upload) return data({ refused: upload.refused }, { status: upload.refused === "tooLarge" ? 413 : 400 });
  const saved = await addAttachment(args.context.database.db, project.id, upload, auth.user.id);
  if (saved.status === "refused") return data({ refused: saved.reason }, { status: saved.reason === "tooLarge" ? 413 : 415 });
  return redirect(`/w/${partnership.slug}/projekty/${project.id}?plik=${encodeURIComponent(saved.fileName)}#zalaczniki`);
}

export default function ProjectPage() {
  const { partnership, page, mayEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const [search] = useSearchParams();
  const { t } = useTranslation("projects");
  const base = `/w/${partnership.slug}/projekty/${page.project.id}`;
  const notice = search.get("utworzono") ? t("fiche.created") : search.get("zapisano") ? t("fiche.saved") : search.get("plik") ? t("page.uploaded", { name: search.get("plik") }) : null;
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} trail={[{ to: `/w/${partnership.slug}/projekty`, label: t("package.title") }]} />
      <h1>{page.project.title}</h1>
      {page.project.flagship ? <p className="badge">{t("page.flagshipBadge")}</p> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {!mayEdit ? <p className="notice">{t("fiche.readOnly")}</p> : null}
      <p className="actions">
        {mayEdit ? (
          <Link className="button" to={`${base}/edytuj`}>
            {t("fiche.edit")}
          </Link>
        ) : null}
        <Link to={`${base}/harmonogram`}>{mayEdit ? t("page.scheduleEdit") : t("page.schedule")}</Link>
        <Link to={`${base}/dojrzalosc`}>{t("page.maturityManage")}</Link>
      </p>
      {page.updatedByName ? <p className="hint">{t("page.lastSaved", { name: page.updatedByName, date: formatDateTime(page.project.updatedAt, locale) })}</p> : null}

      <section aria-labelledby="fiche-title">
        <h2 id="fiche-title">{t("page.details")}</h2>
        <p>
          <strong>{t("maturity.title")}:</strong> {t(`maturity.levels.${page.project.maturity}`)} · {t("maturity.supported", { level: page.supportedLevel })}
        </p>
        <FicheDetails fiche={page.fiche} units={page.units} locale={locale} />
      </section>

      <section aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t("page.schedule")}</h2>
        {page.scheduleIssues.length > 0 ? (
          <div className="warning">
            <p>{t("page.scheduleIssues")}</p>
            <ul>
              {page.scheduleIssues.map((issue, i) => (
                <li key={i}>
                  {page.tasks.find((x) => x.id === issue.taskId)?.name}: {t(`schedule.issues.${issue.code}`, { other: page.tasks.find((x) => x.id === issue.other)?.name ?? issue.other })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ScheduleView tasks={page.tasks} units={page.units} locale={locale} />
      </section>

      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("page.documents")}</h2>
        <p className="hint">{t("page.documentsHint")}</p>
        <ul>
          {page.documents.map((d) => (
            <li key={d.kind}>
              <Link to={`/w/${partnership.slug}/dokumenty/${d.id}`}>{d.title}</Link>
              {d.complete !== null ? ` — ${t("page.complete", { percent: Math.round(d.complete * 100) })}` : null}
            </li>
          ))}
        </ul>
        {!page.project.flagship ? <p className="hint">{t("page.flagshipDocs")}</p> : null}
      </section>

      <section aria-labelledby="zalaczniki">
        <h2 id="zalaczniki">{t("page.attachments")}</h2>
        {page.attachments.length === 0 ? (
          <p className="empty-state">{t("page.attachmentsEmpty")}</p>
        ) : (
          <ul>
            {page.attachments.map((a) => (
              <li key={a.id}>
                <a href={`${base}/zalaczniki/${a.id}`} download>
                  {a.fileName}
                </a>{" "}
                ({Math.max(1, Math.round(a.size / 1024))} kB, {formatDateTime(a.createdAt, locale)}
                {a.uploadedBy ? `, ${a.uploadedBy}` : ""})
              </li>
            ))}
          </ul>
        )}
        {mayEdit ? (
          <Form method="post" encType="multipart/form-data" className="form">
            {actionData?.refused ? (
              <p className="form-error" role="alert" id="upload-error">
                {t(`page.attachmentRefused.${actionData.refused}`)}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor="upload-file">{t("page.uploadLabel")}</label>
              <p className="field-hint" id="upload-hint" style={{ margin: 0 }}>
                {t("maturity.evidenceFileHint")}
              </p>
              <input
                id="upload-file"
                type="file"
                name="file"
                required
                accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
                aria-describedby={actionData?.refused ? "upload-hint upload-error" : "upload-hint"}
              />
            </div>
            <button type="submit" className="button">
              {t("page.upload")}
            </button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}
