import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SubmitButton, TextField } from "~/components/form-fields";
import { authenticate } from "~/lib/auth/accounts.server";
import { loginSchema } from "~/lib/auth/forms";
import { passwordAttemptBlocked, recordPasswordAttempt } from "~/lib/auth/rate-limit.server";
import { createSession, generateSessionToken, sessionCookie } from "~/lib/auth/session.server";
import { audit } from "~/lib/audit.server";
import { getServerT } from "~/lib/request.server";
import { safeRedirect } from "~/lib/safe-redirect";

export const meta: MetaFunction = () => [{ title: "Logowanie — Wspólnie" }];

/** Passes the action's Retry-After (rate limit) through to the document response. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "/w");
  if (context.auth) throw redirect(redirectTo);
  const notice = url.searchParams.get("reset") === "1" ? "resetDone" : url.searchParams.get("out") === "1" ? "signedOut" : null;
  return { redirectTo, notice };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password } = submission.value;
  const { database, ip } = context;
  const t = getServerT(request);
  const blocked = await passwordAttemptBlocked(database, ip, email);
  if (blocked) {
    await audit(database.db, { event: "sign_in_rate_limited", subjectEmail: email, ip, details: { limit: blocked.limit } });
    return data(
      submission.reply({ formErrors: [t("auth:login.rateLimited", { minutes: Math.ceil(blocked.seconds / 60) })], hideFields: ["password"] }),
      { status: 429, headers: { "Retry-After": String(blocked.seconds) } },
    );
  }
  const user = await authenticate(database.db, email, password);
  await recordPasswordAttempt(database, ip, email, user !== null);
  if (!user) {
    await audit(database.db, { event: "sign_in_failed", subjectEmail: email, ip });
    return data(submission.reply({ formErrors: [t("auth:login.invalid")], hideFields: ["password"] }), { status: 401 });
  }
  const token = generateSessionToken();
  const session = await createSession(database.db, token, user.id, {
    userAgent: request.headers.get("user-agent") ?? "",
    ip,
  });
  await audit(database.db, { event: "sign_in", actorUserId: user.id, subjectEmail: user.email, ip });
  return redirect(safeRedirect(submission.value.redirectTo, "/w"), {
    headers: { "Set-Cookie": sessionCookie(token, session.expiresAt, context.config.secureCookies) },
  });
}

export default function Login() {
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="page">
      <h1>{t("login.title")}</h1>
      <p className="lead">{t("login.lead")}</p>
      {notice ? (
        <p className="notice" role="status">
          {t(`login.${notice}`)}
        </p>
      ) : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.email} label={t("login.email")} type="email" autoComplete="username" />
        <TextField field={fields.password} label={t("login.password")} type="password" autoComplete="current-password" />
        <SubmitButton busy={navigation.state === "submitting"}>{t("login.submit")}</SubmitButton>
        <p>
          <Link to="/haslo">{t("login.forgot")}</Link>
        </p>
      </Form>
    </div>
  );
}
