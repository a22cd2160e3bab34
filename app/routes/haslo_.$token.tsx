import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, NewPasswordFields, SubmitButton } from "~/components/form-fields";
import { findValidToken, resetPasswordWithToken } from "~/lib/auth/accounts.server";
import { resetPasswordSchema } from "~/lib/auth/password-forms";
import { blankSessionCookie } from "~/lib/auth/session.server";
import { audit } from "~/lib/audit.server";
import { getServerT } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Nowe hasło — Wspólnie" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ params, context }: LoaderFunctionArgs) {
  const row = await findValidToken(context.database.db, params.token ?? "", "password_reset");
  if (!row) return data({ valid: false as const, email: null }, { status: 410 });
  return { valid: true as const, email: row.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  }
  const result = await resetPasswordWithToken(context.database.db, params.token ?? "", submission.value.password);
  if (!result) {
    const t = getServerT(request);
    return data(submission.reply({ formErrors: [t("auth:reset.invalidLink")], hideFields: ["password", "confirm"] }), {
      status: 410,
    });
  }
  context.collab.closeSessions(result.endedSessionIds);
  await audit(context.database.db, {
    event: "password_reset_done",
    actorUserId: result.user.id,
    subjectEmail: result.user.email,
    ip: context.ip,
    details: { endedSessions: result.endedSessionIds.length },
  });
  return redirect("/login?reset=1", { headers: { "Set-Cookie": blankSessionCookie(context.config.secureCookies) } });
}

export default function ResetPassword() {
  const loaderData = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!loaderData.valid) {
    return (
      <div className="page">
        <h1>{t("reset.newTitle")}</h1>
        <p className="warning">{t("reset.invalidLink")}</p>
        <p>
          <Link to="/haslo">{t("reset.requestAgain")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t("reset.newTitle")}</h1>
      <p className="lead">{t("reset.newLead", { email: loaderData.email })}</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} passwordLabel={t("reset.password")} confirmLabel={t("reset.confirm")} />
        <SubmitButton busy={navigation.state === "submitting"}>{t("reset.newSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
