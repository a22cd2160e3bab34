import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authTokens, partnershipUnits, selectionForms, selectionRecommendations, users } from "../../../db/schema";
import { createDb } from "../../../db/client";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { recommendForm, saveAssessment, sendRecommendations, withdrawRecommendation } from "./assessment.server";
import { createCall, getCall, openCall, updateCall, type CallRow } from "./calls.server";
import { DEFAULT_CRITERIA } from "./criteria";
import { announceCall, setSelected } from "./decision.server";
import { addFormAttachment, createForm, saveForm, submitForm } from "./forms.server";
import { currentPhase, listPhases } from "./phases.server";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const passing = {
  formal: Object.fromEntries(DEFAULT_CRITERIA.filter((c) => c.kind === "formal").map((c) => [c.key, { value: 1 as const, note: "" }])),
  merit: { m1: { score: 4, justification: "Zgodne z SRW." }, m2: { score: 3, justification: "Wspólny rynek pracy." }, m3: { score: 2, justification: "Wspólne projekty." } },
};

describe.each(testDrivers)("selection on %s", (driver) => {
  let database: TestDatabase;
  let call: CallRow;
  let applicantId: string;
  let assessorId: string;
  const formIds: string[] = [];
  const now = new Date();

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.db;
    [{ id: applicantId }, { id: assessorId }] = await db
      .insert(users)
      .values([
        { email: "wnioskodawca@test.pl", name: "Wnioskodawca" },
        { email: "um@test.pl", name: "UM", globalRole: "marshal_assessor", voivodeshipTeryt: "28" },
      ])
      .returning({ id: users.id });
    call = await createCall(db, {
      name: "Nabór testowy",
      formsDeadline: new Date(now.getTime() + 86_400_000),
      recommendationsDeadline: new Date(now.getTime() + 2 * 86_400_000),
      announcementDate: new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10),
    }, null);
    // Criteria and cap are editable before opening, frozen after (by the database).
    await updateCall(db, call.id, { capPerVoivodeship: 3 });
    expect(await openCall(db, call.id)).toBe(true);
    await expect(updateCall(db, call.id, { capPerVoivodeship: 4 })).rejects.toThrow();
    await expect(updateCall(db, call.id, { criteria: DEFAULT_CRITERIA.slice(0, 3) })).rejects.toThrow();
    call = (await getCall(db, call.id))!;
    expect(call.capPerVoivodeship).toBe(3);
    // Six forms in warmińsko-mazurskie (28): powiat olsztyński (2814) gminas, each pair a partnership.
    for (let i = 0; i < 6; i++) {
      const form = await createForm(db, { callId: call.id, applicantId, voivodeshipTeryt: "28", name: `Partnerstwo ${i + 1}`, coordinatorName: "Koordynator", coordinatorEmail: `koordynator${i}@test.pl` });
      const saved = await saveForm(db, form.id, {
        name: `Partnerstwo ${i + 1}`,
        memberTeryts: ["2814", "2814013"],
        leadTeryt: "2814",
        areaType: "small_town",
        idea: "Wspólne usługi publiczne.",
        functionalLinks: "Dojazdy do pracy.",
        priorCooperation: "",
        declarations: ["f1", "f2"],
        coordinatorName: "Koordynator",
        coordinatorEmail: `koordynator${i}@test.pl`,
      });
      expect(saved).toEqual({ status: "saved" });
      expect(await submitForm(db, form.id)).toMatchObject({ status: "refused", reason: "incomplete", missing: ["attachment"] });
      expect((await addFormAttachment(db, form.id, "letter_of_intent", { name: "list.pdf", bytes: PDF })).status).toBe("saved");
      expect(await submitForm(db, form.id)).toEqual({ status: "submitted" });
      await saveAssessment(db, form.id, passing, assessorId);
      formIds.push(form.id);
    }
  });
  afterAll(() => database?.close());

  it("refuses a form of a closed period and keeps a submitted form locked", async () => {
    const db = database.db;
    expect(await submitForm(db, formIds[0])).toMatchObject({ status: "refused", reason: "locked" });
    const late = await createForm(db, { callId: call.id, applicantId, voivodeshipTeryt: "28", name: "Spóźnione", coordinatorName: "", coordinatorEmail: "" });
    expect(await submitForm(db, late.id, new Date(call.formsDeadline.getTime() + 1000))).toEqual({ status: "refused", reason: "deadlinePassed" });
  });

  it("refuses a fourth recommendation in one voivodeship (page and database)", async () => {
    const db = database.db;
    for (const [i, id] of formIds.slice(0, 3).entries()) {
      expect(await recommendForm(db, call, id, assessorId)).toEqual({ status: "recommended", rank: i + 1 });
    }
    expect(await recommendForm(db, call, formIds[3], assessorId)).toEqual({ status: "refused", reason: "capReached" });
    // Straight into the table, past the page's checks: the trigger refuses.
    await expect(
      db.insert(selectionRecommendations).values({ formId: formIds[3], callId: call.id, voivodeshipTeryt: "28", rank: 4 }),
    ).rejects.toThrow();
    // A form of another voivodeship cannot be slipped into this one's list either.
    await expect(
      db.insert(selectionRecommendations).values({ formId: formIds[3], callId: call.id, voivodeshipTeryt: "20", rank: 1 }),
    ).rejects.toThrow();
    expect(await db.select().from(selectionRecommendations).where(eq(selectionRecommendations.callId, call.id))).toHaveLength(3);
  });

  it("refuses the fourth also when two assessors send at the same moment", async () => {
    const db = database.db;
    expect(await withdrawRecommendation(db, call, formIds[2])).toEqual({ status: "withdrawn" });
    // Two assessors on their own connections (PostgreSQL: two sessions; PGlite: its one connection).
    const second = driver === "postgres" ? await createDb({ databaseUrl: database.url, migrate: false }) : database;
    try {
      const results = await Promise.all([recommendForm(db, call, formIds[3], assessorId), recommendForm(second.db, call, formIds[4], assessorId)]);
      expect(results.filter((r) => r.status === "recommended")).toHaveLength(1);
      expect(results.filter((r) => r.status === "refused" && r.reason === "capReached")).toHaveLength(1);
      // And raw inserts racing each other: at most one gets in.
      await withdrawRecommendation(db, call, formIds[3]).catch(() => null);
      await withdrawRecommendation(db, call, formIds[4]).catch(() => null);
      const raw = await Promise.allSettled([
        db.transaction(async (tx) => tx.insert(selectionRecommendations).values({ formId: formIds[4], callId: call.id, voivodeshipTeryt: "28", rank: 3 })),
        second.db.transaction(async (tx) => tx.insert(selectionRecommendations).values({ formId: formIds[5], callId: call.id, voivodeshipTeryt: "28", rank: 3 })),
      ]);
      expect(raw.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    } finally {
      if (second !== database) await second.close();
    }
    const rows = await db.select().from(selectionRecommendations).where(and(eq(selectionRecommendations.callId, call.id), eq(selectionRecommendations.voivodeshipTeryt, "28")));
    expect(rows).toHaveLength(3);
  });

  it("sends once; the ministry selects and announces; the workspace, phases and invitation exist", async () => {
    const db = database.db;
    expect(await sendRecommendations(db, call, "28", assessorId)).toMatchObject({ status: "sent", count: 3 });
    expect(await sendRecommendations(db, call, "28", assessorId)).toMatchObject({ status: "refused", reason: "alreadySent" });
    // Form 3 is surely not recommended (the raw race above put in form 4 or form 5, whichever won).
    expect(await recommendForm(db, call, formIds[3], assessorId)).toEqual({ status: "refused", reason: "alreadySent" });
    expect(await setSelected(db, call, formIds[0], true)).toEqual({ status: "saved" });
    expect(await setSelected(db, call, formIds[3], true)).toMatchObject({ status: "refused" });
    const result = (await announceCall(db, call.id, assessorId))!;
    expect(result.announced.map((a) => a.name)).toEqual(["Partnerstwo 1"]);
    expect(result.notSelected).toHaveLength(5);
    expect(await announceCall(db, call.id, assessorId)).toBeNull();
    const [{ partnershipId }] = await db.select({ partnershipId: selectionForms.partnershipId }).from(selectionForms).where(eq(selectionForms.id, formIds[0]));
    expect(partnershipId).toBe(result.announced[0].partnershipId);
    expect((await db.select().from(partnershipUnits).where(eq(partnershipUnits.partnershipId, partnershipId!))).map((u) => u.teryt).sort()).toEqual(["2814", "2814013"]);
    expect((await listPhases(db, partnershipId!)).map((p) => p.key)).toEqual(["organisation", "strategic", "project", "summary"]);
    expect((await currentPhase(db, partnershipId!))?.key).toBe("organisation");
    const [token] = await db.select().from(authTokens).where(eq(authTokens.partnershipId, partnershipId!));
    expect(token).toMatchObject({ kind: "invitation", role: "coordinator", email: "koordynator0@test.pl" });
  });
});
