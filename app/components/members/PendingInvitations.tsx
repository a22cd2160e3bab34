import { Form, useActionData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { formatDateTime } from "~/lib/format";
import type { loader as rootLoader } from "~/root";
import type { action, MembersLoaderData } from "~/routes/w.$slug.czlonkowie";
import { InvitationLink } from "./InvitationLink";

type Pending = MembersLoaderData["pending"][number];

function InvitationAction({ intent, id, label, text, secondary = true }: { intent: string; id: string; label: string; text: string; secondary?: boolean }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="invitationId" value={id} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"} aria-label={label}>
        {text}
      </button>
    </Form>
  );
}

/** Invitations not yet accepted: send again, a new link to copy, or withdraw. */
export function PendingInvitations({ pending }: { pending: MembersLoaderData["pending"] }) {
  const { t } = useTranslation("auth");
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const actionData = useActionData<typeof action>();
  const renewed = actionData?.kind === "ok" && actionData.link ? actionData : null;
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{t("members.pendingTitle")}</h2>
      {renewed ? (
        <>
          <p className="notice" role="status">
            {renewed.message}
          </p>
          <InvitationLink link={renewed.link ?? ""} email={renewed.linkFor ?? ""} />
        </>
      ) : null}
      <DataTable<Pending>
        caption={t("members.pendingCaption")}
        rows={pending}
        rowKey={(p) => p.id}
        empty={t("members.pendingEmpty")}
        columns={[
          { header: t("members.inviteEmail"), cell: (p) => p.email },
          { header: t("members.role"), cell: (p) => (p.role ? t(`roles.${p.role}`) : "") },
          { header: t("members.expires"), cell: (p) => formatDateTime(p.expiresAt, locale) },
          {
            header: t("members.actions"),
            cell: (p) => (
              <div className="actions">
                <InvitationAction intent="resend" id={p.id} label={t("members.resendLabel", { email: p.email })} text={t("members.resend")} />
                <InvitationAction intent="link" id={p.id} label={t("members.getLinkLabel", { email: p.email })} text={t("members.getLink")} />
                <InvitationAction intent="withdraw" id={p.id} label={t("members.withdrawLabel", { email: p.email })} text={t("members.withdraw")} />
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}
