import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextField } from "~/components/form-fields";
import { audit } from "~/lib/audit.server";
import { createSession, generateSessionToken, sessionCookie } from "~/lib/auth/session.server";
import { getServerT } from "~/lib/request.server";
import { registerApplicant } from "~/lib/selection/applicants.server";
import { registerSchema } from "~/lib/selection/form-schema";

export const meta: MetaFunction = () => [{ title: "Konto wnioskodawcy — Wspólnie" }];

export async function loader({ context }: LoaderFunctionArgs) {
  if (context.auth) throw redirect("/nabor");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: registerSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password", "confirm"] }) }, { status: 400 });
  const db = context.database.db;
  const user = await registerApplicant(db, submission.value);
  if (!user) {
    const t = getServerT(request);
    return data({ result: submission.reply({ formErrors: [t("selection:register.exists")], hideFields: ["password", "confirm"] }) }, { status: 409 });
  }
  await audit(db, { event: "applicant_registered", actorUserId: user.id, subjectEmail: user.email, ip: context.ip });
  const token = generateSessionToken();
  const session = await createSession(db, token, user.id, { userAgent: request.headers.get("user-agent") ?? "", ip: context.ip });
  await audit(db, { event: "sign_in", actorUserId: user.id, subjectEmail: user.email, ip: context.ip });
  return redirect("/nabor", { headers: { "Set-Cookie": sessionCookie(token, session.expiresAt, context.config.secureCookies) } });
}

export default function Register() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("selection");
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="page">
      <h1>{t("register.title")}</h1>
      <p className="lead">{t("register.lead")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField field={fields.name} label={t("register.name")} autoComplete="name" />
        <TextField field={fields.email} label={t("register.email")} type="email" autoComplete="email" />
        <TextField field={fields.password} label={t("register.password")} type="password" autoComplete="new-password" />
        <TextField field={fields.confirm} label={t("register.confirm")} type="password" autoComplete="new-password" />
        <p className="actions">
          <button type="submit">{t("register.submit")}</button>
          <Link to="/login?redirectTo=%2Fnabor">{t("home.signIn")}</Link>
        </p>
      </Form>
    </div>
  );
}
