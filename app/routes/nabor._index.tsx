import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextField, useErrorText } from "~/components/form-fields";
import type { FieldMetadata } from "@conform-to/react";
import { formatDateTime } from "~/lib/format";
import { createCallAction, newFormAction } from "~/lib/selection/actions.server";
import { callSchema, newFormSchema } from "~/lib/selection/form-schema";
import { landing } from "~/lib/selection/landing.server";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction = () => [{ title: "Nabór partnerstw — Wspólnie" }];

export async function loader({ context }: LoaderFunctionArgs) {
  if (!context.auth) return { role: "public" as const };
  return landing(context.database.db, context.auth.actor);
}

export async function action(args: ActionFunctionArgs) {
  const formData = await args.request.formData();
  if (formData.get("intent") === "newForm") return newFormAction(args, formData);
  return createCallAction(args, formData);
}

export default function SelectionHome() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("selection");
  return (
    <div className="page page--wide">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.leadDefault")}</p>
      {data.role === "public" ? (
        <p className="actions">
          <Link className="button" to="/nabor/rejestracja">{t("home.register")}</Link>
          <Link className="button button--secondary" to="/login?redirectTo=%2Fnabor">{t("home.signIn")}</Link>
        </p>
      ) : null}
      {data.role === "ministry" ? <MinistryHome calls={data.calls} /> : null}
      {data.role === "marshal" ? <MarshalHome data={data} /> : null}
      {data.role === "applicant" ? <ApplicantHome data={data} /> : null}
    </div>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function MinistryHome({ calls }: { calls: Extract<Data, { role: "ministry" }>["calls"] }) {
  const { t } = useTranslation("selection");
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const actionData = useActionData<typeof action>();
  const text = useErrorText();
  const [form, fields] = useForm({
    lastResult: actionData && "result" in actionData && actionData.kind === "call" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: callSchema }),
    shouldValidate: "onSubmit",
    defaultValue: { intent: "create", cap: "3" },
  });
  return (
    <>
      <section aria-labelledby="calls">
        <h2 id="calls">{t("home.calls")}</h2>
        {calls.length === 0 ? <p className="empty-state">{t("home.noCalls")}</p> : (
          <table>
            <caption className="visually-hidden">{t("home.calls")}</caption>
            <thead><tr><th scope="col">{t("home.call")}</th><th scope="col">{t("home.status")}</th><th scope="col">{t("home.deadline")}</th></tr></thead>
            <tbody>
              {calls.map((c) => (
                <tr key={c.id}>
                  <td><Link to={`/nabor/${c.id}`}>{c.name}</Link></td>
                  <td>{t(`stage.${c.stage}`)}</td>
                  <td>{formatDateTime(c.formsDeadline, root?.locale ?? "pl")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-call">
        <h2 id="new-call">{t("call.newTitle")}</h2>
        <Form method="post" {...getFormProps(form)}>
          <input {...getInputProps(fields.intent, { type: "hidden" })} key={fields.intent.key} />
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextField field={fields.name} label={t("call.name")} />
          <DateField field={fields.formsDeadline} label={t("call.formsDeadline")} />
          <DateField field={fields.recommendationsDeadline} label={t("call.recommendationsDeadline")} />
          <DateField field={fields.announcementDate} label={t("call.announcementDate")} />
          <div className="field">
            <label htmlFor={fields.cap.id}>{t("call.cap")}</label>
            <input {...getInputProps(fields.cap, { type: "number" })} key={fields.cap.key} min={1} max={10} />
            {fields.cap.errors ? <p id={fields.cap.errorId} className="field-error">{fields.cap.errors.map(text).join(" ")}</p> : null}
          </div>
          <p className="actions"><button type="submit">{t("call.create")}</button></p>
        </Form>
      </section>
    </>
  );
}

function DateField({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const text = useErrorText();
  const props = getInputProps(field, { type: "date" });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input {...props} key={props.key} />
      {field.errors ? <p id={field.errorId} className="field-error">{field.errors.map(text).join(" ")}</p> : null}
    </div>
  );
}

function MarshalHome({ data }: { data: Extract<Data, { role: "marshal" }> }) {
  const { t } = useTranslation("selection");
  return (
    <>
      <section aria-labelledby="assess">
        <h2 id="assess">{t("home.assessing")}</h2>
        <p>{t("home.assessingLead", { name: data.voivodeship.name })}</p>
        {data.calls.length === 0 ? <p className="empty-state">{t("home.noActive")}</p> : (
          <ul>
            {data.calls.map((c) => (
              <li key={c.id}>
                <Link to={`/nabor/${c.id}/wojewodztwo/${data.voivodeship.teryt}`}>{t("home.toAssess", { name: c.name })}</Link> — {t(`stage.${c.stage}`)}, {t("call.submitted").toLowerCase()}: {c.submitted}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="partnerships">
        <h2 id="partnerships">{t("home.partnerships", { name: data.voivodeship.name })}</h2>
        <p>{t("home.partnershipsLead")}</p>
        {data.partnerships.length === 0 ? <p className="empty-state">{t("home.noPartnerships")}</p> : (
          <table>
            <caption className="visually-hidden">{t("home.partnerships", { name: data.voivodeship.name })}</caption>
            <thead><tr><th scope="col">{t("home.formName")}</th><th scope="col">{t("home.phase")}</th><th scope="col">{t("home.publicPage")}</th></tr></thead>
            <tbody>
              {data.partnerships.map((p) => (
                <tr key={p.slug}>
                  <td>{p.name}</td>
                  <td>{p.phase ? t(`phases.${p.phase}`) : t("home.noPhase")}</td>
                  <td><Link to={`/partnerstwa/${p.slug}`}>{t("home.publicPage")}: {p.name}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ApplicantHome({ data }: { data: Extract<Data, { role: "applicant" }> }) {
  const { t } = useTranslation("selection");
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData && "result" in actionData && actionData.kind === "newForm" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newFormSchema }),
    shouldValidate: "onSubmit",
    defaultValue: { intent: "newForm", callId: data.calls[0]?.id },
  });
  return (
    <>
      <section aria-labelledby="my-forms">
        <h2 id="my-forms">{t("home.myForms")}</h2>
        {data.forms.length === 0 ? <p className="empty-state">{t("home.noForms")}</p> : (
          <ul>
            {data.forms.map((f) => (
              <li key={f.id}>
                <Link to={`/nabor/formularz/${f.id}`}>{f.name}</Link> — {f.callName}, {t(`status.${f.status}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-form">
        <h2 id="new-form">{t("home.newForm")}</h2>
        {data.calls.length === 0 ? <p className="empty-state">{t("home.noActive")}</p> : (
          <Form method="post" {...getFormProps(form)}>
            <input {...getInputProps(fields.intent, { type: "hidden" })} key={fields.intent.key} />
            <FormErrors id={form.errorId} errors={form.errors} />
            <div className="field">
              <label htmlFor={fields.callId.id}>{t("home.call")}</label>
              <select {...getSelectProps(fields.callId)} key={fields.callId.key}>
                {data.calls.map((c) => (
                  <option key={c.id} value={c.id}>{c.name} ({t("home.deadline").toLowerCase()}: {formatDateTime(c.formsDeadline, root?.locale ?? "pl")})</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fields.voivodeshipTeryt.id}>{t("home.voivodeship")}</label>
              <select {...getSelectProps(fields.voivodeshipTeryt)} key={fields.voivodeshipTeryt.key} aria-describedby={fields.voivodeshipTeryt.errors ? fields.voivodeshipTeryt.errorId : undefined}>
                <option value="">{t("home.choose")}</option>
                {data.voivodeships.map((v) => <option key={v.teryt} value={v.teryt}>{v.name}</option>)}
              </select>
              {fields.voivodeshipTeryt.errors ? <p id={fields.voivodeshipTeryt.errorId} className="field-error">{t("validation.voivodeshipRequired")}</p> : null}
            </div>
            <TextField field={fields.name} label={t("home.formName")} />
            <p className="actions"><button type="submit">{t("home.start")}</button></p>
          </Form>
        )}
      </section>
    </>
  );
}
