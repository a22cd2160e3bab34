import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormSummary } from "~/components/selection/FormSummary";
import { InfoForm } from "~/components/selection/InfoForm";
import { formatDateTime } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { ATTACHMENT_KINDS } from "~/lib/selection/enums";
import { formAction } from "~/lib/selection/form-actions.server";
import { formPage } from "~/lib/selection/form-page.server";
import { loadForm } from "~/lib/selection/forms.server";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.form.name ?? ""} — formularz informacyjny — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { form, call, auth, applicantName } = await guard(args, "application.read", (db) => loadForm(db, args.params.formId));
  return { ...(await formPage(args.context.database.db, auth.actor, form, call)), applicantName };
}

export const action = (args: ActionFunctionArgs) => formAction(args, args.params.formId);

export default function InformationForm() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const locale = root?.locale ?? "pl";
  const { t } = useTranslation("selection");
  const { form, call } = data;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/nabor">{t("home.title")}</Link>
      </p>
      <h1>
        {t("form.title")}: {form.name}
      </h1>
      <p className="lead">{t("form.lead", { call: call.name, voivodeship: data.voivodeshipName, deadline: formatDateTime(call.formsDeadline, locale) })}</p>
      <p>{t("form.applicant", { name: data.applicantName })}</p>
      {actionData && "message" in actionData && actionData.message ? (
        <p className={actionData.ok ? "notice" : "form-error"} role={actionData.ok ? "status" : "alert"}>
          {actionData.message}
        </p>
      ) : null}
      {form.status === "submitted" ? (
        <>
          <p className="notice" role="status">
            {t("form.locked", { date: formatDateTime(form.submittedAt ?? "", locale) })}
          </p>
          <p className="actions">
            <a href={`/nabor/formularz/${form.id}/potwierdzenie.pdf`}>{t("form.pdf")}</a>
            {data.mayAssess ? <Link to={`/nabor/formularz/${form.id}/ocena`}>{t("form.assessLink")}</Link> : null}
          </p>
          <FormSummary form={form} names={data.unitNames} criteria={call.criteria} />
        </>
      ) : data.late ? (
        <>
          <p className="form-error" role="alert">
            {t(`form.refused.${data.late}`, { deadline: formatDateTime(call.formsDeadline, locale) })}
          </p>
          <FormSummary form={form} names={data.unitNames} criteria={call.criteria} />
        </>
      ) : data.mayEdit ? (
        <InfoForm form={form} powiats={data.powiats} criteria={call.criteria} lastResult={actionData?.kind === "form" ? actionData.result : undefined} />
      ) : null}
      <section aria-labelledby="attachments">
        <h2 id="attachments">{t("form.attachments")}</h2>
        {data.attachments.length === 0 ? (
          <p className="empty-state">{t("form.noAttachments")}</p>
        ) : (
          <ul>
            {data.attachments.map((a) => (
              <li key={a.id}>
                {t(`attachmentKind.${a.kind}`)}: <a href={`/nabor/formularz/${form.id}/zalacznik/${a.id}`}>{a.fileName}</a>
                {data.mayEdit ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="removeAttachment" />
                    <input type="hidden" name="attachmentId" value={a.id} />
                    <button type="submit" className="button--link">{t("form.remove", { name: a.fileName })}</button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {data.mayEdit ? (
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="upload" />
            <p className="field-hint" id="attachment-hint">{t("form.attachmentsHint")}</p>
            <div className="field">
              <label htmlFor="attachment-kind">{t("form.attachmentKind")}</label>
              <select id="attachment-kind" name="kind">
                {ATTACHMENT_KINDS.map((k) => <option key={k} value={k}>{t(`attachmentKind.${k}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="attachment-file">{t("form.file")}</label>
              <input id="attachment-file" type="file" name="file" aria-describedby="attachment-hint" />
            </div>
            <p className="actions"><button type="submit" className="button--secondary">{t("form.upload")}</button></p>
          </Form>
        ) : null}
      </section>
      {form.status === "draft" && data.missing.length > 0 && data.mayEdit ? (
        <section aria-labelledby="missing">
          <h2 id="missing">{t("form.refused.incomplete")}</h2>
          <ul>{data.missing.map((m) => <li key={m}>{t(`form.missing.${m}`)}</li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}
