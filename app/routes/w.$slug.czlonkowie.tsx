import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRouteLoaderData } from "@remix-run/react";
import { and, eq } from "drizzle-orm";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { memberships, users } from "../../db/schema";
import { FormErrors, TextField } from "~/components/form-fields";
import { createAuthToken } from "~/lib/auth/accounts.server";
import { inviteSchema } from "~/lib/auth/forms";
import { linkOrigin } from "~/lib/auth/links.server";
import { audit } from "~/lib/audit.server";
import { formatDateTime } from "~/lib/format";
import { sendMail } from "~/lib/mail.server";
import { can, PARTNERSHIP_ROLES, type PartnershipRole } from "~/lib/policy";
import { getServerT } from "~/lib/request.server";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import type { loader as rootLoader } from "~/root";
import {
  createWorkingGroup,
  getMembership,
  listMembers,
  listMemberUnits,
  listPendingInvitations,
  listWorkingGroups,
  MembershipConflictError,
  removeMembership,
  renameWorkingGroup,
  setUserWorkingGroups,
  updateMembership,
  withdrawInvitation,
} from "~/lib/workspace.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.partnership.name ?? ""} — członkowie — Wspólnie` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, auth, resource } = await guard({ request, context }, "partnership.view_workspace", (db) => loadPartnership(db, params.slug));
  const db = context.database.db;
  const mayManage = can(auth.actor, "members.manage", resource);
  const [members, units, groups, pending] = await Promise.all([
    listMembers(db, partnership.id),
    listMemberUnits(db, partnership.id),
    listWorkingGroups(db, partnership.id),
    mayManage ? listPendingInvitations(db, partnership.id) : [],
  ]);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    members: mayManage ? members : members.map((m) => ({ ...m, email: "" })),
    units,
    groups,
    // The id is the SHA-256 of the link token: it names the row, it does not open the invitation.
    pending: pending.map((p) => ({ ...p, expiresAt: p.expiresAt.toISOString() })),
    mayManage,
  };
}

const updateSchema = z.object({
  membershipId: z.string().uuid(),
  role: z.enum(PARTNERSHIP_ROLES),
  representedTeryt: z.string().optional(),
  isChair: z.literal("on").optional(),
});
const groupNameSchema = z.string().trim().min(1).max(120);

type ActionResult =
  | { kind: "ok"; message: string }
  | { kind: "error"; message: string }
  | { kind: "invite"; result: SubmissionResult<string[]>; message?: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { partnership, auth } = await guard({ request, context }, "members.manage", (db) => loadPartnership(db, params.slug));
  const db = context.database.db;
  const t = getServerT(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const unitCodes = new Set((await listMemberUnits(db, partnership.id)).map((u) => u.teryt));
  const base = { actorUserId: auth.user.id, partnershipId: partnership.id, ip: context.ip };
  const fail = (message: string, status = 400) => data<ActionResult>({ kind: "error", message }, { status });

  if (intent === "invite") {
    const submission = parseWithZod(formData, {
      schema: inviteSchema.refine((v) => v.role !== "council_member" || unitCodes.has(v.representedTeryt ?? ""), {
        message: "auth:validation.representedRequired",
        path: ["representedTeryt"],
      }),
    });
    if (submission.status !== "success") {
      return data<ActionResult>({ kind: "invite", result: submission.reply() }, { status: 400 });
    }
    const { email, role, representedTeryt, workingGroupIds } = submission.value;
    const [already] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.email, email), eq(memberships.partnershipId, partnership.id), eq(memberships.role, role)));
    if (already) {
      return data<ActionResult>(
        { kind: "invite", result: submission.reply({ formErrors: [t("auth:members.alreadyMember")] }) },
        { status: 409 },
      );
    }
    const groupIds = role === "working_group_member" ? (workingGroupIds ?? []) : [];
    const token = await createAuthToken(db, {
      kind: "invitation",
      email,
      partnershipId: partnership.id,
      role: role as PartnershipRole,
      representedTeryt: role === "council_member" ? (representedTeryt ?? null) : null,
      workingGroupIds: groupIds,
      createdBy: auth.user.id,
    });
    const link = `${linkOrigin(request, context)}/zaproszenie/${token}`;
    const roleText = t(`auth:roles.${role}`);
    await sendMail(db, context.config, {
      to: email,
      subject: t("auth:invite.mailSubject", { name: partnership.name }),
      body: t("auth:invite.mailBody", { inviter: auth.user.name, name: partnership.name, role: roleText, link }),
    });
    await audit(db, { ...base, event: "invitation_sent", subjectEmail: email, details: { role, representedTeryt, groupIds } });
    return { kind: "invite", result: submission.reply({ resetForm: true }), message: t("auth:members.invited", { email }) } as ActionResult;
  }

  if (intent === "withdraw") {
    const withdrawn = await withdrawInvitation(db, partnership.id, String(formData.get("invitationId") ?? ""));
    if (!withdrawn) return fail(t("auth:members.notFound"), 404);
    await audit(db, { ...base, event: "invitation_withdrawn", subjectEmail: withdrawn.email, details: { role: withdrawn.role } });
    return { kind: "ok", message: t("auth:members.withdrawn", { email: withdrawn.email }) } as ActionResult;
  }

  if (intent === "update") {
    const parsed = updateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fail(t("auth:validation.roleRequired"));
    const { membershipId, role, representedTeryt, isChair } = parsed.data;
    if (role === "council_member" && !unitCodes.has(representedTeryt ?? "")) {
      return fail(t("auth:validation.representedRequired"));
    }
    try {
      const result = await updateMembership(db, partnership.id, membershipId, {
        role,
        representedTeryt: representedTeryt ?? null,
        isChair: isChair === "on",
      });
      if (!result) return fail(t("auth:members.notFound"), 404);
      const member = await getMembership(db, partnership.id, membershipId);
      await audit(db, {
        ...base,
        event: "role_changed",
        subjectEmail: member?.email ?? null,
        details: {
          from: { role: result.before.role, representedTeryt: result.before.representedTeryt, isChair: result.before.isChair },
          to: { role: result.after.role, representedTeryt: result.after.representedTeryt, isChair: result.after.isChair },
        },
      });
      context.collab.recheckUser(result.after.userId);
      return { kind: "ok", message: t("auth:members.saved", { name: member?.email ?? "" }) } as ActionResult;
    } catch (error) {
      if (error instanceof MembershipConflictError) return fail(t("auth:members.conflict"), 409);
      throw error;
    }
  }

  if (intent === "remove") {
    const membershipId = String(formData.get("membershipId") ?? "");
    const member = z.string().uuid().safeParse(membershipId).success ? await getMembership(db, partnership.id, membershipId) : null;
    if (!member) return fail(t("auth:members.notFound"), 404);
    await removeMembership(db, partnership.id, membershipId);
    await audit(db, { ...base, event: "member_removed", subjectEmail: member.email, details: { role: member.membership.role } });
    context.collab.recheckUser(member.membership.userId);
    return { kind: "ok", message: t("auth:members.removed", { name: member.email }) } as ActionResult;
  }

  if (intent === "create_group" || intent === "rename_group") {
    const name = groupNameSchema.safeParse(formData.get("name") ?? "");
    if (!name.success) return fail(t("auth:validation.groupNameRequired"));
    if (intent === "create_group") {
      await createWorkingGroup(db, partnership.id, name.data);
      await audit(db, { ...base, event: "working_groups_changed", details: { created: name.data } });
      return { kind: "ok", message: t("auth:members.groupCreated", { name: name.data }) } as ActionResult;
    }
    const groupId = String(formData.get("groupId") ?? "");
    const group = z.string().uuid().safeParse(groupId).success ? await renameWorkingGroup(db, partnership.id, groupId, name.data) : null;
    if (!group) return fail(t("auth:members.notFound"), 404);
    await audit(db, { ...base, event: "working_groups_changed", details: { renamed: group.id, name: name.data } });
    return { kind: "ok", message: t("auth:members.renamed", { name: name.data }) } as ActionResult;
  }

  if (intent === "set_groups") {
    const userId = String(formData.get("userId") ?? "");
    const members = await listMembers(db, partnership.id);
    const member = members.find((m) => m.userId === userId && m.role === "working_group_member");
    if (!member) return fail(t("auth:members.notFound"), 404);
    const ids = formData.getAll("groupIds").map(String).filter((id) => z.string().uuid().safeParse(id).success);
    const saved = await setUserWorkingGroups(db, partnership.id, userId, ids);
    await audit(db, { ...base, event: "working_groups_changed", subjectEmail: member.email, details: { groups: saved } });
    context.collab.recheckUser(userId);
    return { kind: "ok", message: t("auth:members.groupsSaved", { name: member.name }) } as ActionResult;
  }
  return fail(t("errors.generic"));
}

export default function Members() {
  const { partnership, members, units, groups, pending, mayManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const unitName = new Map(units.map((u) => [u.teryt, u.name]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const describe = (m: (typeof members)[number]) =>
    [
      t(`roles.${m.role}`),
      m.representedTeryt ? `${unitName.get(m.representedTeryt) ?? ""} (${m.representedTeryt})` : null,
      m.isChair ? t("roles.chair") : null,
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <div className="page">
      <h1>{t("members.title", { name: partnership.name })}</h1>
      <p className="lead">{t("members.lead")}</p>
      {actionData && actionData.kind !== "invite" ? (
        <p className={actionData.kind === "ok" ? "notice" : "form-error"} role={actionData.kind === "ok" ? "status" : "alert"}>
          {actionData.message}
        </p>
      ) : null}
      {!mayManage ? (
        <>
          <p>{t("members.readOnly")}</p>
          <table>
            <caption className="visually-hidden">{t("members.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("members.person")}</th>
                <th scope="col">{t("members.role")}</th>
                <th scope="col">{t("members.groups")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.membershipId}>
                  <td>{m.name}</td>
                  <td>{describe(m)}</td>
                  <td>{m.workingGroupIds.map((id) => groupName.get(id)).join(", ") || t("members.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <>
          <ul className="card-list">
            {members.map((m) => (
              <li key={m.membershipId} className="card">
                <MemberEditor member={m} units={units} groups={groups} summary={describe(m)} />
              </li>
            ))}
          </ul>
          <WorkingGroups groups={groups} />
          <InviteForm units={units} groups={groups} />
          <PendingInvitations pending={pending} />
        </>
      )}
    </div>
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function MemberEditor({
  member: m,
  units,
  groups,
  summary,
}: {
  member: LoaderData["members"][number];
  units: LoaderData["units"];
  groups: LoaderData["groups"];
  summary: string;
}) {
  const { t } = useTranslation("auth");
  const id = m.membershipId;
  return (
    <>
      <h2>
        {m.name} <small>({m.email})</small>
      </h2>
      <p>{summary}</p>
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="membershipId" value={id} />
        <div className="field">
          <label htmlFor={`role-${id}`}>{t("members.role")}</label>
          <select id={`role-${id}`} name="role" defaultValue={m.role}>
            {PARTNERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`unit-${id}`}>{t("members.represents")}</label>
          <select id={`unit-${id}`} name="representedTeryt" defaultValue={m.representedTeryt ?? ""}>
            <option value="">{t("members.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.teryt} value={u.teryt}>
                {u.name} ({u.teryt})
              </option>
            ))}
          </select>
        </div>
        <div>
          <input type="checkbox" id={`chair-${id}`} name="isChair" defaultChecked={m.isChair} />{" "}
          <label htmlFor={`chair-${id}`}>{t("members.chair")}</label>
        </div>
        <p className="actions">
          <button type="submit" className="button" aria-label={t("members.saveFor", { name: m.name })}>
            {t("members.save")}
          </button>
        </p>
      </Form>
      {m.role === "working_group_member" && groups.length > 0 ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="set_groups" />
          <input type="hidden" name="userId" value={m.userId} />
          <fieldset>
            <legend>{t("members.groupsFor", { name: m.name })}</legend>
            {groups.map((g) => (
              <div key={g.id}>
                <input
                  type="checkbox"
                  id={`g-${id}-${g.id}`}
                  name="groupIds"
                  value={g.id}
                  defaultChecked={m.workingGroupIds.includes(g.id)}
                />{" "}
                <label htmlFor={`g-${id}-${g.id}`}>{g.name}</label>
              </div>
            ))}
          </fieldset>
          <p className="actions">
            <button type="submit" className="button button--secondary">
              {t("members.saveGroups")}
            </button>
          </p>
        </Form>
      ) : null}
      <details>
        <summary>{t("members.remove")}</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="membershipId" value={id} />
          <p className="warning">{t("members.removeConfirm", { name: m.name, role: t(`roles.${m.role}`) })}</p>
          <button type="submit" className="button button--danger">
            {t("members.removeSubmit")}
          </button>
        </Form>
      </details>
    </>
  );
}

function WorkingGroups({ groups }: { groups: LoaderData["groups"] }) {
  const { t } = useTranslation("auth");
  return (
    <section aria-labelledby="groups">
      <h2 id="groups">{t("members.groupsTitle")}</h2>
      {groups.length === 0 ? <p className="empty-state">{t("members.groupsEmpty")}</p> : null}
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="rename_group" />
              <input type="hidden" name="groupId" value={g.id} />
              <label htmlFor={`rename-${g.id}`} className="visually-hidden">
                {t("members.renameLabel", { name: g.name })}
              </label>
              <input id={`rename-${g.id}`} name="name" defaultValue={g.name} required maxLength={120} />
              <button type="submit" className="button button--secondary">
                {t("members.rename")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="create_group" />
        <div className="field">
          <label htmlFor="new-group">{t("members.groupName")}</label>
          <input id="new-group" name="name" required maxLength={120} />
        </div>
        <p className="actions">
          <button type="submit" className="button button--secondary">
            {t("members.createGroup")}
          </button>
        </p>
      </Form>
    </section>
  );
}

function InviteForm({ units, groups }: { units: LoaderData["units"]; groups: LoaderData["groups"] }) {
  const { t } = useTranslation("auth");
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const inviteResult = actionData?.kind === "invite" ? actionData : null;
  const [form, fields] = useForm({
    id: "invite",
    lastResult: inviteResult?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t("members.inviteTitle")}</h2>
      <p>{t("members.inviteLead")}</p>
      {inviteResult?.message ? (
        <p className="notice" role="status">
          {inviteResult.message}
        </p>
      ) : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="invite" />
        <TextField field={fields.email} label={t("members.inviteEmail")} type="email" autoComplete="off" />
        <div className="field">
          <label htmlFor={fields.role.id}>{t("members.inviteRole")}</label>
          <select
            id={fields.role.id}
            name={fields.role.name}
            defaultValue=""
            aria-invalid={fields.role.errors ? true : undefined}
            aria-describedby={fields.role.errors ? fields.role.errorId : undefined}
          >
            <option value="">{t("members.chooseRole")}</option>
            {PARTNERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <FieldError id={fields.role.errorId} errors={fields.role.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.representedTeryt.id}>{t("members.inviteRepresents")}</label>
          <select
            id={fields.representedTeryt.id}
            name={fields.representedTeryt.name}
            defaultValue=""
            aria-invalid={fields.representedTeryt.errors ? true : undefined}
            aria-describedby={fields.representedTeryt.errors ? fields.representedTeryt.errorId : undefined}
          >
            <option value="">{t("members.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.teryt} value={u.teryt}>
                {u.name} ({u.teryt})
              </option>
            ))}
          </select>
          <FieldError id={fields.representedTeryt.errorId} errors={fields.representedTeryt.errors} />
        </div>
        {groups.length > 0 ? (
          <fieldset>
            <legend>{t("members.inviteGroups")}</legend>
            {groups.map((g) => (
              <div key={g.id}>
                <input type="checkbox" id={`invite-g-${g.id}`} name="workingGroupIds" value={g.id} />{" "}
                <label htmlFor={`invite-g-${g.id}`}>{g.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <p className="actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("members.inviteSubmit")}
          </button>
        </p>
      </Form>
    </section>
  );
}

function PendingInvitations({ pending }: { pending: LoaderData["pending"] }) {
  const { t } = useTranslation("auth");
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const locale = root?.locale ?? "pl";
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{t("members.pendingTitle")}</h2>
      {pending.length === 0 ? (
        <p className="empty-state">{t("members.pendingEmpty")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("members.pendingCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("members.inviteEmail")}</th>
              <th scope="col">{t("members.role")}</th>
              <th scope="col">{t("members.expires")}</th>
              <th scope="col">{t("members.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.id}>
                <td>{p.email}</td>
                <td>{p.role ? t(`roles.${p.role}`) : ""}</td>
                <td>{formatDateTime(p.expiresAt, locale)}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="invitationId" value={p.id} />
                    <button type="submit" className="button button--secondary" aria-label={t("members.withdrawLabel", { email: p.email })}>
                      {t("members.withdraw")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" style={{ margin: 0 }}>
      {errors.map((e) => t(e)).join(" ")}
    </p>
  );
}
