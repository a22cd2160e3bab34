import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { FormErrors, NewPasswordFields, SubmitButton, TextField } from "~/components/form-fields";
import { listSessions, revokeAllUserSessions, revokeUserSession, setPassword, setUserName } from "~/lib/auth/accounts.server";
import { checkCurrentPassword } from "~/lib/auth/current-password.server";
import { changePasswordSchema, profileSchema } from "~/lib/auth/password-forms";
import { blankSessionCookie } from "~/lib/auth/session.server";
import { audit } from "~/lib/audit.server";
import { formatDateTime } from "~/lib/format";
import { requireUser } from "~/lib/guard.server";
import { getServerT } from "~/lib/request.server";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction = () => [{ title: "Moje konto — Wspólnie" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, session } = requireUser({ request, context });
  const sessions = await listSessions(context.database.db, user.id);
  return {
    user: { name: user.name, email: user.email },
    sessions: sessions.map((s) => ({
      // The session id is the SHA-256 of the cookie token: it identifies the row, it does not sign anyone in.
      id: s.id,
      current: s.id === session.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
      ip: s.ip,
    })),
  };
}

type Result =
  | { intent: "profile" | "password"; result: SubmissionResult<string[]>; message?: string }
  | { intent: "sessions"; message: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = requireUser({ request, context });
  const db = context.database.db;
  const t = getServerT(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const base = { actorUserId: user.id, subjectEmail: user.email, ip: context.ip };

  if (intent === "profile") {
    const submission = parseWithZod(formData, { schema: profileSchema });
    if (submission.status !== "success") return data<Result>({ intent, result: submission.reply() }, { status: 400 });
    await setUserName(db, user.id, submission.value.name);
    return { intent, result: submission.reply(), message: t("auth:account.nameSaved") } as Result;
  }

  if (intent === "password") {
    const submission = parseWithZod(formData, { schema: changePasswordSchema });
    const hide = { hideFields: ["current", "password", "confirm"] };
    if (submission.status !== "success") return data<Result>({ intent, result: submission.reply(hide) }, { status: 400 });
    const refusal = await checkCurrentPassword(request, context, user, submission.value.current);
    if (refusal) {
      return data<Result>(
        { intent, result: submission.reply({ ...hide, fieldErrors: { current: [refusal.message] } }) },
        { status: refusal.status },
      );
    }
    await setPassword(db, user.id, submission.value.password);
    const ended = await revokeAllUserSessions(db, user.id, session.id);
    context.collab.closeSessions(ended);
    await audit(db, { ...base, event: "password_changed", details: { endedSessions: ended.length } });
    return { intent, result: submission.reply({ resetForm: true }), message: t("auth:account.passwordChanged") } as Result;
  }

  if (intent === "revoke") {
    const ended = await revokeUserSession(db, user.id, String(formData.get("sessionId") ?? ""));
    context.collab.closeSessions(ended);
    if (ended.length > 0) await audit(db, { ...base, event: "session_revoked", details: { count: ended.length } });
    if (ended.includes(session.id)) {
      return redirect("/login", { headers: { "Set-Cookie": blankSessionCookie(context.config.secureCookies) } });
    }
    return { intent: "sessions", message: t("auth:account.revoked") } as Result;
  }

  if (intent === "revoke_all") {
    const ended = await revokeAllUserSessions(db, user.id);
    context.collab.closeSessions(ended);
    await audit(db, { ...base, event: "sessions_revoked_all", details: { count: ended.length } });
    return redirect("/login?out=1", { headers: { "Set-Cookie": blankSessionCookie(context.config.secureCookies) } });
  }
  return data<Result>({ intent: "sessions", message: t("errors.generic") }, { status: 400 });
}

type Session = ReturnType<typeof useLoaderData<typeof loader>>["sessions"][number];

export default function Account() {
  const { user, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const locale = root?.locale ?? "pl";
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const profileResult = actionData?.intent === "profile" ? actionData : null;
  const passwordResult = actionData?.intent === "password" ? actionData : null;
  const [profileForm, profileFields] = useForm({
    id: "profile",
    lastResult: profileResult?.result,
    defaultValue: { name: user.name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [passwordForm, passwordFields] = useForm({
    id: "password",
    lastResult: passwordResult?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const busy = navigation.state === "submitting";
  return (
    <div className="page">
      <h1>{t("account.title")}</h1>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t("account.profileTitle")}</h2>
        <p>
          {t("account.email")}: <strong>{user.email}</strong>
        </p>
        {profileResult?.message ? (
          <p className="notice" role="status">
            {profileResult.message}
          </p>
        ) : null}
        <Form method="post" className="form" {...getFormProps(profileForm)}>
          <input type="hidden" name="intent" value="profile" />
          <TextField field={profileFields.name} label={t("account.name")} autoComplete="name" />
          <SubmitButton busy={busy}>{t("account.saveName")}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.passwordTitle")}</h2>
        {passwordResult?.message ? (
          <p className="notice" role="status">
            {passwordResult.message}
          </p>
        ) : null}
        <Form method="post" className="form" {...getFormProps(passwordForm)}>
          <FormErrors id={passwordForm.errorId} errors={passwordForm.errors} />
          <input type="hidden" name="intent" value="password" />
          <input type="hidden" name="username" value={user.email} autoComplete="username" />
          <TextField field={passwordFields.current} label={t("account.current")} type="password" autoComplete="current-password" />
          <NewPasswordFields
            password={passwordFields.password}
            confirm={passwordFields.confirm}
            passwordLabel={t("account.newPassword")}
            confirmLabel={t("account.confirm")}
          />
          <SubmitButton busy={busy}>{t("account.changeSubmit")}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessionsTitle")}</h2>
        <p>{t("account.sessionsLead")}</p>
        {actionData?.intent === "sessions" ? (
          <p className="notice" role="status">
            {actionData.message}
          </p>
        ) : null}
        <DataTable<Session>
          caption={t("account.sessionsCaption")}
          rows={sessions}
          rowKey={(s) => s.id}
          rowAttributes={(s) => ({ "data-current": s.current ? "true" : undefined })}
          columns={[
            {
              header: t("account.device"),
              cell: (s) => (
                <>
                  {s.userAgent || t("account.unknownDevice")}
                  {s.current ? (
                    <>
                      {" "}
                      <strong>({t("account.thisSession")})</strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t("account.created"), cell: (s) => formatDateTime(s.createdAt, locale) },
            { header: t("account.lastSeen"), cell: (s) => formatDateTime(s.lastSeenAt, locale) },
            { header: t("account.ip"), cell: (s) => s.ip || "—" },
            {
              header: t("account.actions"),
              cell: (s) => (
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button
                    type="submit"
                    className="button button--secondary"
                    aria-label={t("account.revokeLabel", { created: formatDateTime(s.createdAt, locale) })}
                  >
                    {t("account.revoke")}
                  </button>
                </Form>
              ),
            },
          ]}
        />
        <Form method="post">
          <input type="hidden" name="intent" value="revoke_all" />
          <p>{t("account.signOutEverywhereHint")}</p>
          <button type="submit" className="button button--danger">
            {t("account.signOutEverywhere")}
          </button>
        </Form>
      </section>
    </div>
  );
}
