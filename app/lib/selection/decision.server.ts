/**
 * The ministry's decision: recommendations by voivodeship, selecting partnerships, announcing the list. The
 * announcement turns each selected form into a workspace — the partnership and its members, the strategy with
 * its template sections, the phases counted from the announcement day, and the coordinator's invitation.
 */
import { and, eq, inArray, isNotNull, isNull, like, or } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { notifications, partnerships, selectionCalls, selectionForms, selectionRecommendationLists, selectionRecommendations, users } from "../../../db/schema";
import { createAuthToken } from "../auth/accounts.server";
import { createPartnership } from "../partnerships.server";
import type { CallRow } from "./calls.server";
import { listVoivodeships } from "./calls.server";
import { createPhases } from "./phases.server";
import { warsawDay } from "./phases";

export interface VoivodeshipRow {
  teryt: string;
  name: string;
  submitted: number;
  recommended: { formId: string; name: string; rank: number; selected: boolean; slug: string | null }[];
  sentAt: Date | null;
}

/** The 16 voivodeships with their submitted forms and recommendations in one call. */
export async function decisionTable(db: Queryable, call: CallRow): Promise<VoivodeshipRow[]> {
  const [voivodeships, forms, recs, lists] = await Promise.all([
    listVoivodeships(db),
    db.select({ voivodeshipTeryt: selectionForms.voivodeshipTeryt }).from(selectionForms).where(and(eq(selectionForms.callId, call.id), eq(selectionForms.status, "submitted"))),
    db
      .select({ formId: selectionRecommendations.formId, voivodeshipTeryt: selectionRecommendations.voivodeshipTeryt, rank: selectionRecommendations.rank, name: selectionForms.name, selectedAt: selectionForms.selectedAt, slug: partnerships.slug })
      .from(selectionRecommendations)
      .innerJoin(selectionForms, eq(selectionForms.id, selectionRecommendations.formId))
      .leftJoin(partnerships, eq(partnerships.id, selectionForms.partnershipId))
      .where(eq(selectionRecommendations.callId, call.id)),
    db.select().from(selectionRecommendationLists).where(eq(selectionRecommendationLists.callId, call.id)),
  ]);
  return voivodeships.map((v) => ({
    teryt: v.teryt,
    name: v.name,
    submitted: forms.filter((f) => f.voivodeshipTeryt === v.teryt).length,
    recommended: recs
      .filter((r) => r.voivodeshipTeryt === v.teryt)
      .sort((a, b) => a.rank - b.rank)
      .map((r) => ({ formId: r.formId, name: r.name, rank: r.rank, selected: r.selectedAt !== null, slug: r.slug })),
    sentAt: lists.find((l) => l.voivodeshipTeryt === v.teryt)?.sentAt ?? null,
  }));
}

/** Selects (or unselects) a recommended form before the announcement. */
export async function setSelected(db: Queryable, call: CallRow, formId: string, selected: boolean, now = new Date()) {
  if (call.announcedAt) return { status: "refused" as const, reason: "announced" as const };
  const [rec] = await db.select().from(selectionRecommendations).where(and(eq(selectionRecommendations.formId, formId), eq(selectionRecommendations.callId, call.id)));
  if (!rec) return { status: "refused" as const, reason: "notRecommended" as const };
  await db.update(selectionForms).set({ selectedAt: selected ? now : null }).where(eq(selectionForms.id, formId));
  return { status: "saved" as const };
}

/** A URL slug from a Polish name: "Wiele gmin – jeden cel" → "wiele-gmin-jeden-cel". */
export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/ł/g, "l")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/g, "") || "partnerstwo"
  );
}

async function freeSlug(db: Queryable, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await db.select({ slug: partnerships.slug }).from(partnerships).where(or(eq(partnerships.slug, base), like(partnerships.slug, `${base}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

export interface Announced {
  formId: string;
  partnershipId: string;
  slug: string;
  name: string;
  coordinatorEmail: string;
  coordinatorName: string;
  applicantId: string;
  applicantEmail: string;
  /** The coordinator's invitation token (for the mail's link; only its hash is stored). */
  token: string;
}

export interface NotSelected {
  formId: string;
  name: string;
  applicantId: string;
  applicantEmail: string;
}

/**
 * Announces the call's selected list, once: in one transaction every selected form becomes a workspace, with
 * the coordinator's invitation; applicants get an in-app notification. Mail is the caller's (after commit).
 */
export async function announceCall(db: Db, callId: string, userId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [call] = await tx
      .update(selectionCalls)
      .set({ announcedAt: now })
      .where(and(eq(selectionCalls.id, callId), isNull(selectionCalls.announcedAt), isNotNull(selectionCalls.openedAt)))
      .returning();
    if (!call) return null;
    const forms = await tx
      .select({ form: selectionForms, applicantEmail: users.email })
      .from(selectionForms)
      .innerJoin(users, eq(users.id, selectionForms.applicantId))
      .where(and(eq(selectionForms.callId, callId), eq(selectionForms.status, "submitted")));
    const day = warsawDay(now);
    const announced: Announced[] = [];
    const notSelected: NotSelected[] = [];
    for (const { form, applicantEmail } of forms) {
      if (!form.selectedAt || form.partnershipId) {
        if (!form.selectedAt) notSelected.push({ formId: form.id, name: form.name, applicantId: form.applicantId, applicantEmail });
        continue;
      }
      const slug = await freeSlug(tx, form.name);
      const { partnership } = await createPartnership(tx, {
        slug,
        name: form.name,
        voivodeshipTeryt: form.voivodeshipTeryt,
        description: form.idea.slice(0, 400),
        memberTeryts: form.memberTeryts,
      });
      await createPhases(tx, partnership.id, day);
      await tx.update(selectionForms).set({ partnershipId: partnership.id }).where(eq(selectionForms.id, form.id));
      const token = await createAuthToken(tx, {
        kind: "invitation",
        email: form.coordinatorEmail,
        partnershipId: partnership.id,
        role: "coordinator",
        createdBy: userId,
      });
      announced.push({
        formId: form.id,
        partnershipId: partnership.id,
        slug,
        name: form.name,
        coordinatorEmail: form.coordinatorEmail.toLowerCase(),
        coordinatorName: form.coordinatorName,
        applicantId: form.applicantId,
        applicantEmail,
        token,
      });
    }
    const applicants = [...new Set([...announced, ...notSelected].map((f) => f.applicantId))];
    if (applicants.length > 0) {
      await tx.insert(notifications).values(applicants.map((id) => ({ userId: id, kind: "selection_outcome" as const, actorId: userId })));
    }
    return { call, announced, notSelected };
  });
}

/** The partnerships a call selected (for the public list and the landing pages). */
export async function selectedPartnershipIds(db: Queryable, callIds: string[]): Promise<string[]> {
  if (callIds.length === 0) return [];
  const rows = await db
    .select({ id: selectionForms.partnershipId })
    .from(selectionForms)
    .where(and(inArray(selectionForms.callId, callIds), isNotNull(selectionForms.partnershipId)));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}
