import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SubmitButton, TextField } from "~/components/form-fields";
import { createPasswordResetToken, findUserByEmail } from "~/lib/auth/accounts.server";
import { resetRequestSchema } from "~/lib/auth/forms";
import { linkOrigin } from "~/lib/auth/links.server";
import { allowMail } from "~/lib/auth/rate-limit.server";
import { audit } from "~/lib/audit.server";
import { sendMail } from "~/lib/mail.server";
import { getServerT } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Nie pamiętasz hasła? — Wspólnie" }];

/** Always the same answer, whether or not the address has an account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: resetRequestSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const t = getServerT(request);
  const { database, ip } = context;
  if (!(await allowMail(database, ip))) {
    return data({ result: submission.reply({ formErrors: [t("auth:reset.rateLimited")] }), sent: false }, { status: 429 });
  }
  const email = submission.value.email;
  const user = await findUserByEmail(database.db, email);
  await audit(database.db, { event: "password_reset_requested", subjectEmail: email, ip, details: { known: !!user } });
  if (user) {
    const token = await createPasswordResetToken(database.db, user);
    const link = `${linkOrigin(request, context)}/haslo/${token}`;
    await sendMail(database.db, context.config, {
      to: user.email,
      subject: t("auth:reset.mailSubject"),
      body: t("auth:reset.mailBody", { link }),
    });
  }
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function RequestReset() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetRequestSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="page">
      <h1>{t("reset.title")}</h1>
      <p className="lead">{t("reset.lead")}</p>
      {actionData?.sent ? (
        <p className="notice" role="status">
          {t("reset.sent")}
        </p>
      ) : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField field={fields.email} label={t("login.email")} type="email" autoComplete="email" />
        <SubmitButton busy={navigation.state === "submitting"}>{t("reset.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
