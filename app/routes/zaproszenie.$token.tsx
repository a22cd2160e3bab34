import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, NewPasswordFields, SubmitButton, TextField } from "~/components/form-fields";
import {
  AccountExistsError,
  acceptInvitationAsNewUser,
  acceptInvitationAsUser,
  findUserByEmail,
  findValidToken,
  WrongAccountError,
} from "~/lib/auth/accounts.server";
import { acceptInvitationNewAccountSchema } from "~/lib/auth/password-forms";
import { createSession, generateSessionToken, sessionCookie } from "~/lib/auth/session.server";
import { audit } from "~/lib/audit.server";
import { requireUser } from "~/lib/guard.server";
import { getPartnershipById } from "~/lib/partnerships.server";
import { getServerT } from "~/lib/request.server";

export const meta: MetaFunction = () => [{ title: "Zaproszenie — Wspólnie" }, { name: "referrer", content: "no-referrer" }];

type State = "new_account" | "accept" | "sign_in" | "wrong_account";

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const db = context.database.db;
  const row = await findValidToken(db, params.token ?? "", "invitation");
  if (!row?.partnershipId) return data({ valid: false as const }, { status: 410 });
  const partnership = await getPartnershipById(db, row.partnershipId);
  if (!partnership) return data({ valid: false as const }, { status: 410 });
  const existing = await findUserByEmail(db, row.email);
  let state: State = "new_account";
  if (existing) {
    if (!context.auth) state = "sign_in";
    else state = context.auth.user.email === row.email ? "accept" : "wrong_account";
  }
  const url = new URL(request.url);
  return {
    valid: true as const,
    state,
    email: row.email,
    role: row.role ?? "",
    partnershipName: partnership.name,
    current: context.auth?.user.email ?? null,
    signInHref: `/login?redirectTo=${encodeURIComponent(url.pathname)}`,
  };
}

async function partnershipSlug(context: ActionFunctionArgs["context"], partnershipId: string | null) {
  return (await getPartnershipById(context.database.db, partnershipId))?.slug ?? null;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const t = getServerT(request);
  const token = params.token ?? "";
  const db = context.database.db;
  if (formData.get("intent") === "accept") {
    const { user } = requireUser({ request, context });
    try {
      const result = await acceptInvitationAsUser(db, token, user);
      if (!result) return data({ acceptError: t("auth:invite.invalidLink") }, { status: 410 });
      await audit(db, {
        event: "invitation_accepted",
        actorUserId: user.id,
        partnershipId: result.invitation.partnershipId,
        subjectEmail: user.email,
        ip: context.ip,
        details: { role: result.invitation.role },
      });
      context.collab.recheckUser(user.id);
      return redirect(`/w/${(await partnershipSlug(context, result.invitation.partnershipId)) ?? ""}`);
    } catch (error) {
      if (error instanceof WrongAccountError) {
        return data({ acceptError: t("errors.forbidden") }, { status: 403 });
      }
      throw error;
    }
  }
  const submission = parseWithZod(formData, { schema: acceptInvitationNewAccountSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  }
  let result;
  try {
    result = await acceptInvitationAsNewUser(db, token, submission.value.name, submission.value.password);
  } catch (error) {
    if (!(error instanceof AccountExistsError)) throw error;
    result = null;
  }
  if (!result) {
    return data(submission.reply({ formErrors: [t("auth:invite.invalidLink")], hideFields: ["password", "confirm"] }), {
      status: 410,
    });
  }
  const sessionToken = generateSessionToken();
  const session = await createSession(db, sessionToken, result.user.id, {
    userAgent: request.headers.get("user-agent") ?? "",
    ip: context.ip,
  });
  await audit(db, {
    event: "invitation_accepted",
    actorUserId: result.user.id,
    partnershipId: result.invitation.partnershipId,
    subjectEmail: result.user.email,
    ip: context.ip,
    details: { role: result.invitation.role, newAccount: true },
  });
  return redirect(`/w/${(await partnershipSlug(context, result.invitation.partnershipId)) ?? ""}`, {
    headers: { "Set-Cookie": sessionCookie(sessionToken, session.expiresAt, context.config.secureCookies) },
  });
}

export default function Invitation() {
  const loaderData = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult: lastResult && !("acceptError" in lastResult) ? lastResult : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptInvitationNewAccountSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!loaderData.valid) {
    return (
      <div className="page">
        <h1>{t("invite.title", { name: "" }).replace(/\s+$/, "")}</h1>
        <p className="warning">{t("invite.invalidLink")}</p>
      </div>
    );
  }
  const { state, email, role, partnershipName } = loaderData;
  const roleText = role ? t(`roles.${role}`) : "";
  const acceptError = lastResult && "acceptError" in lastResult ? lastResult.acceptError : null;
  return (
    <div className="page">
      <h1>{t("invite.title", { name: partnershipName })}</h1>
      <p className="lead">{t("invite.lead", { name: partnershipName, role: roleText })}</p>
      <FormErrors errors={acceptError ? [acceptError] : undefined} />
      {state === "new_account" ? (
        <Form method="post" className="form" {...getFormProps(form)}>
          <p>{t("invite.newAccountLead", { email })}</p>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="intent" value="create" />
          <TextField field={fields.name} label={t("invite.name")} autoComplete="name" />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} passwordLabel={t("invite.password")} confirmLabel={t("invite.confirm")} />
          <SubmitButton busy={navigation.state === "submitting"}>{t("invite.createSubmit")}</SubmitButton>
        </Form>
      ) : state === "accept" ? (
        <Form method="post" className="form">
          <p>{t("invite.acceptLead", { email })}</p>
          <input type="hidden" name="intent" value="accept" />
          <SubmitButton busy={navigation.state === "submitting"}>{t("invite.acceptSubmit")}</SubmitButton>
        </Form>
      ) : state === "sign_in" ? (
        <>
          <p>{t("invite.signInFirst", { email })}</p>
          <p>
            <Link className="button" to={loaderData.signInHref}>
              {t("invite.signIn")}
            </Link>
          </p>
        </>
      ) : (
        <p className="warning">{t("invite.wrongAccount", { current: loaderData.current, email })}</p>
      )}
    </div>
  );
}
