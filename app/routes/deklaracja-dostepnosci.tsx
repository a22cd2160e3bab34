import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccessibilityStatementEn, AccessibilityStatementPl } from "~/components/publication/AccessibilityStatement";
import { FormErrors, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { formatDateTime } from "~/lib/format";
import { partnershipChoices, recordAccessibilityRequest } from "~/lib/publication/accessibility.server";
import { accessibilityRequestSchema } from "~/lib/publication/forms";
import { publicMeta } from "~/lib/publication/meta";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  publicMeta({ title: "Deklaracja dostępności", description: data?.description ?? "", canonical: data?.canonical ?? "" });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const origin = new URL(request.url).origin;
  const slug = new URL(request.url).searchParams.get("partnerstwo") ?? "";
  return {
    origin,
    locale: getLocale(request),
    partnerships: await partnershipChoices(context.database.db),
    preselected: slug,
    description: "Deklaracja dostępności platformy Wspólnie i formularz wniosku o zapewnienie dostępności.",
    canonical: `${origin}/deklaracja-dostepnosci`,
  };
}

/** Records an accessibility request with its 7-day deadline (shown to the partnership's coordinator). */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: accessibilityRequestSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: null }, { status: 400 });
  const row = await recordAccessibilityRequest(context.database.db, submission.value);
  if (!row) {
    const t = getServerT(request);
    return data({ result: submission.reply({ fieldErrors: { partnership: [t("publication:request.errors.partnership")] } }), sent: null }, { status: 400 });
  }
  return { result: submission.reply({ resetForm: true }), sent: { createdAt: row.createdAt.toISOString(), dueAt: row.dueAt.toISOString() } };
}

export default function AccessibilityStatement() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: accessibilityRequestSchema }),
    shouldValidate: "onSubmit",
    defaultValue: { partnership: d.preselected },
  });
  return (
    <div className="page prose">
      <h1>{t("accessibility.title")}</h1>
      {d.locale === "pl" ? <AccessibilityStatementPl origin={d.origin} /> : <AccessibilityStatementEn origin={d.origin} />}
      <section aria-labelledby="request-title" className="accessibility-request">
        <h2 id="request-title">{t("publication:request.title")}</h2>
        <p>{t("publication:request.lead")}</p>
        {actionData?.sent ? (
          <p className="notice" role="status" data-testid="request-sent">
            {t("publication:request.sent", { date: formatDateTime(actionData.sent.createdAt, d.locale), due: formatDateTime(actionData.sent.dueAt, d.locale) })}
          </p>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="form">
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextField field={fields.name} label={t("publication:request.name")} autoComplete="name" />
          <TextField field={fields.contact} label={t("publication:request.contact")} autoComplete="email" />
          <SelectField field={fields.partnership} label={t("publication:request.partnership")} placeholder="—" options={d.partnerships.map((p) => ({ value: p.slug, label: p.name }))} />
          <TextField field={fields.pageUrl} label={t("publication:request.pageUrl")} />
          <TextAreaField field={fields.description} label={t("publication:request.description")} />
          <TextAreaField field={fields.preferredMeans} label={t("publication:request.preferredMeans")} />
          <p className="actions">
            <button type="submit" className="button">
              {t("publication:request.submit")}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}
