/**
 * The members page's data and its seven-plus intents (invite, resend/link, withdraw, update, remove, working
 * groups). The route guards with `members.manage` / `partnership.view_workspace` and hands over; the rules
 * (representation, last coordinator) come from rules.ts, the rows from workspace.server.ts.
 */
import { parseWithZod } from "@conform-to/zod";
import type { SubmissionResult } from "@conform-to/react";
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import type { Db } from "../../../db/client";
import type { RequestAuth } from "../../load-context";
import { inviteSchema } from "../auth/forms";
import { linkOrigin } from "../auth/links.server";
import { audit } from "../audit.server";
import { sendMail } from "../mail.server";
import { PARTNERSHIP_ROLES } from "../policy";
import { getServerT } from "../request.server";
import {
  createWorkingGroup,
  getMembership,
  listMembers,
  listMemberUnits,
  listWorkingGroups,
  MembershipConflictError,
  removeMembership,
  renameWorkingGroup,
  setUserWorkingGroups,
  updateMembership,
  type Partnership,
} from "../workspace.server";
import { createInvitation, findMemberByEmail, listPendingInvitations, renewInvitation, withdrawInvitation } from "./invitations.server";
import { leavesNoCoordinator, representedUnit } from "./rules";

export async function loadMembersPage(db: Db, partnershipId: string, mayManage: boolean) {
  const [members, units, groups, pending] = await Promise.all([
    listMembers(db, partnershipId),
    listMemberUnits(db, partnershipId),
    listWorkingGroups(db, partnershipId),
    mayManage ? listPendingInvitations(db, partnershipId) : [],
  ]);
  const coordinators = members.filter((m) => m.role === "coordinator").length;
  return {
    members: members.map((m) => ({
      ...m,
      email: mayManage ? m.email : "",
      // The page says so up front instead of offering a button the server refuses.
      lastCoordinator: m.role === "coordinator" && coordinators === 1,
    })),
    units,
    groups,
    // The id is the SHA-256 of the link token: it names the row, it does not open the invitation.
    pending: pending.map((p) => ({ ...p, expiresAt: p.expiresAt.toISOString() })),
  };
}

export type MembersResult =
  | { kind: "ok"; message: string; link?: string; linkFor?: string }
  | { kind: "error"; message: string }
  | { kind: "invite"; result: SubmissionResult<string[]>; message?: string; link?: string; linkFor?: string };

interface Outcome {
  body: MembersResult;
  status: number;
}

const updateSchema = z.object({
  membershipId: z.string().uuid(),
  role: z.enum(PARTNERSHIP_ROLES),
  representedTeryt: z.string().optional(),
  isChair: z.literal("on").optional(),
});
const groupNameSchema = z.string().trim().min(1).max(120);
const uuid = z.string().uuid();

/** Runs one intent of the members page for a caller the guard has allowed `members.manage`. */
export async function membersAction(
  { request, context }: { request: Request; context: AppLoadContext },
  partnership: Partnership,
  auth: RequestAuth,
  formData: FormData,
): Promise<Outcome> {
  const db = context.database.db;
  const t = getServerT(request);
  const intent = formData.get("intent");
  const unitCodes = new Set((await listMemberUnits(db, partnership.id)).map((u) => u.teryt));
  const base = { actorUserId: auth.user.id, partnershipId: partnership.id, ip: context.ip };
  const ok = (message: string, extra: { link?: string; linkFor?: string } = {}): Outcome => ({ body: { kind: "ok", message, ...extra }, status: 200 });
  const fail = (message: string, status = 400): Outcome => ({ body: { kind: "error", message }, status });
  const origin = linkOrigin(request, context);
  const mailInvitation = async (email: string, role: string, token: string) => {
    const link = `${origin}/zaproszenie/${token}`;
    await sendMail(db, context.config, {
      to: email,
      subject: t("auth:invite.mailSubject", { name: partnership.name }),
      body: t("auth:invite.mailBody", { inviter: auth.user.name, name: partnership.name, role: t(`auth:roles.${role}`), link }),
    });
    return link;
  };

  if (intent === "invite") {
    const submission = parseWithZod(formData, {
      schema: inviteSchema.refine((v) => representedUnit(v.role, v.representedTeryt, unitCodes) !== false, {
        message: "auth:validation.representedRequired",
        path: ["representedTeryt"],
      }),
    });
    if (submission.status !== "success") return { body: { kind: "invite", result: submission.reply() }, status: 400 };
    const { email, role, representedTeryt, workingGroupIds } = submission.value;
    if (await findMemberByEmail(db, partnership.id, email, role)) {
      return { body: { kind: "invite", result: submission.reply({ formErrors: [t("auth:members.alreadyMember")] }) }, status: 409 };
    }
    const represented = representedUnit(role, representedTeryt, unitCodes) || null;
    const groupIds = role === "working_group_member" ? (workingGroupIds ?? []) : [];
    const token = await createInvitation(db, { email, partnershipId: partnership.id, role, representedTeryt: represented, workingGroupIds: groupIds, createdBy: auth.user.id });
    const link = await mailInvitation(email, role, token);
    await audit(db, { ...base, event: "invitation_sent", subjectEmail: email, details: { role, representedTeryt: represented, groupIds } });
    return {
      body: { kind: "invite", result: submission.reply({ resetForm: true }), message: t("auth:members.invited", { email }), link, linkFor: email },
      status: 200,
    };
  }

  if (intent === "resend" || intent === "link") {
    const id = String(formData.get("invitationId") ?? "");
    const renewed = /^[0-9a-f]{64}$/.test(id) ? await renewInvitation(db, partnership.id, id) : null;
    if (!renewed) return fail(t("auth:members.notFound"), 404);
    const { row, token } = renewed;
    const link = intent === "resend" ? await mailInvitation(row.email, row.role ?? "", token) : `${origin}/zaproszenie/${token}`;
    await audit(db, { ...base, event: "invitation_sent", subjectEmail: row.email, details: { role: row.role, renewed: true, mailed: intent === "resend" } });
    const message = intent === "resend" ? t("auth:members.resent", { email: row.email }) : t("auth:members.linkReady", { email: row.email });
    return ok(message, { link, linkFor: row.email });
  }

  if (intent === "withdraw") {
    const withdrawn = await withdrawInvitation(db, partnership.id, String(formData.get("invitationId") ?? ""));
    if (!withdrawn) return fail(t("auth:members.notFound"), 404);
    await audit(db, { ...base, event: "invitation_withdrawn", subjectEmail: withdrawn.email, details: { role: withdrawn.role } });
    return ok(t("auth:members.withdrawn", { email: withdrawn.email }));
  }

  if (intent === "update") {
    const parsed = updateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fail(t("auth:validation.roleRequired"));
    const { membershipId, role, representedTeryt, isChair } = parsed.data;
    const represented = representedUnit(role, representedTeryt, unitCodes);
    if (represented === false) return fail(t("auth:validation.representedRequired"));
    if (leavesNoCoordinator(await listMembers(db, partnership.id), membershipId, role)) {
      return fail(t("auth:members.lastCoordinator"), 409);
    }
    try {
      const result = await updateMembership(db, partnership.id, membershipId, { role, representedTeryt: represented, isChair: isChair === "on" });
      if (!result) return fail(t("auth:members.notFound"), 404);
      const member = await getMembership(db, partnership.id, membershipId);
      const pick = (m: typeof result.before) => ({ role: m.role, representedTeryt: m.representedTeryt, isChair: m.isChair });
      await audit(db, {
        ...base,
        event: "role_changed",
        subjectEmail: member?.email ?? null,
        details: { from: pick(result.before), to: pick(result.after) },
      });
      context.collab.recheckUser(result.after.userId);
      return ok(t("auth:members.saved", { name: member?.email ?? "" }));
    } catch (error) {
      if (error instanceof MembershipConflictError) return fail(t("auth:members.conflict"), 409);
      throw error;
    }
  }

  if (intent === "remove") {
    const membershipId = String(formData.get("membershipId") ?? "");
    const member = uuid.safeParse(membershipId).success ? await getMembership(db, partnership.id, membershipId) : null;
    if (!member) return fail(t("auth:members.notFound"), 404);
    if (leavesNoCoordinator(await listMembers(db, partnership.id), membershipId, null)) {
      return fail(t("auth:members.lastCoordinator"), 409);
    }
    await removeMembership(db, partnership.id, membershipId);
    await audit(db, { ...base, event: "member_removed", subjectEmail: member.email, details: { role: member.membership.role } });
    context.collab.recheckUser(member.membership.userId);
    return ok(t("auth:members.removed", { name: member.email }));
  }

  if (intent === "create_group" || intent === "rename_group") {
    const name = groupNameSchema.safeParse(formData.get("name") ?? "");
    if (!name.success) return fail(t("auth:validation.groupNameRequired"));
    if (intent === "create_group") {
      await createWorkingGroup(db, partnership.id, name.data);
      await audit(db, { ...base, event: "working_groups_changed", details: { created: name.data } });
      return ok(t("auth:members.groupCreated", { name: name.data }));
    }
    const groupId = String(formData.get("groupId") ?? "");
    const group = uuid.safeParse(groupId).success ? await renameWorkingGroup(db, partnership.id, groupId, name.data) : null;
    if (!group) return fail(t("auth:members.notFound"), 404);
    await audit(db, { ...base, event: "working_groups_changed", details: { renamed: group.id, name: name.data } });
    return ok(t("auth:members.renamed", { name: name.data }));
  }

  if (intent === "set_groups") {
    const userId = String(formData.get("userId") ?? "");
    const member = (await listMembers(db, partnership.id)).find((m) => m.userId === userId && m.role === "working_group_member");
    if (!member) return fail(t("auth:members.notFound"), 404);
    const ids = formData.getAll("groupIds").map(String).filter((id) => uuid.safeParse(id).success);
    const saved = await setUserWorkingGroups(db, partnership.id, userId, ids);
    await audit(db, { ...base, event: "working_groups_changed", subjectEmail: member.email, details: { groups: saved } });
    context.collab.recheckUser(userId);
    return ok(t("auth:members.groupsSaved", { name: member.name }));
  }
  return fail(t("errors.generic"));
}
