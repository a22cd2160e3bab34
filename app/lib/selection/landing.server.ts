/** What each role finds at /nabor: the ministry its calls; a marshal office its work and partnerships; an applicant its forms. */
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnerships, selectionForms, territorialUnits } from "../../../db/schema";
import type { Actor } from "../policy";
import { activeCalls, listCalls, listVoivodeships } from "./calls.server";
import { listApplicantForms } from "./forms.server";
import { currentPhase } from "./phases.server";
import { callStage } from "./rules";

/** The partnerships of a voivodeship with the phase each is in now. */
export async function voivodeshipPartnerships(db: Db, voivodeshipTeryt: string, now = new Date()) {
  const rows = await db
    .select({ id: partnerships.id, slug: partnerships.slug, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.voivodeshipTeryt, voivodeshipTeryt))
    .orderBy(asc(partnerships.name));
  return Promise.all(rows.map(async (p) => ({ slug: p.slug, name: p.name, phase: (await currentPhase(db, p.id, now))?.key ?? null })));
}

export async function voivodeshipName(db: Db, teryt: string): Promise<string> {
  const [row] = await db.select({ name: territorialUnits.name }).from(territorialUnits).where(eq(territorialUnits.teryt, teryt));
  return row?.name ?? teryt;
}

export async function landing(db: Db, actor: Actor, now = new Date()) {
  if (actor.globalRole === "ministry_admin") {
    const calls = await listCalls(db);
    return { role: "ministry" as const, calls: calls.map((c) => ({ id: c.id, name: c.name, stage: callStage(c, now), formsDeadline: c.formsDeadline })) };
  }
  if (actor.globalRole === "marshal_assessor" && actor.voivodeshipTeryt) {
    const teryt = actor.voivodeshipTeryt;
    const calls = await activeCalls(db);
    const counts = calls.length
      ? await db
          .select({ callId: selectionForms.callId, n: count() })
          .from(selectionForms)
          .where(and(inArray(selectionForms.callId, calls.map((c) => c.id)), eq(selectionForms.voivodeshipTeryt, teryt), eq(selectionForms.status, "submitted")))
          .groupBy(selectionForms.callId)
      : [];
    return {
      role: "marshal" as const,
      voivodeship: { teryt, name: await voivodeshipName(db, teryt) },
      calls: calls.map((c) => ({ id: c.id, name: c.name, stage: callStage(c, now), submitted: counts.find((x) => x.callId === c.id)?.n ?? 0 })),
      partnerships: await voivodeshipPartnerships(db, teryt, now),
    };
  }
  const [forms, calls, voivodeships] = await Promise.all([listApplicantForms(db, actor.userId), activeCalls(db), listVoivodeships(db)]);
  return {
    role: "applicant" as const,
    forms: forms.map((f) => ({
      id: f.form.id,
      name: f.form.name,
      callName: f.callName,
      status: f.announcedAt && f.form.status === "submitted" ? (f.form.partnershipId ? ("selected" as const) : ("notSelected" as const)) : f.form.status,
      slug: null as string | null,
      partnershipId: f.form.partnershipId,
    })),
    calls: calls.filter((c) => callStage(c, now) === "forms").map((c) => ({ id: c.id, name: c.name, formsDeadline: c.formsDeadline })),
    voivodeships,
  };
}
