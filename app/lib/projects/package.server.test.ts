import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { partnerships, projects } from "../../../db/schema";
import { DEMO_PROJECTS } from "../../../db/demo/projects";
import { testDrivers } from "../../../db/test/test-db";
import { ATTACHMENT_TYPES, addAttachment, attachmentResponse, getAttachment, MAX_ATTACHMENT_BYTES } from "./attachments.server";
import { projectJson } from "./json";
import { addEvidence, listEvidence, maturityHistory, setMaturity, withdrawEvidence } from "./maturity.server";
import { plnToGrosze } from "./money";
import { packageTotals } from "./package";
import { packageRows } from "./package.server";
import { createProject } from "./projects.server";
import { deleteTask, listTasks, saveTask } from "./schedule.server";
import { sampleFiche, zwSuite } from "./test-fixtures";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

describe.each(testDrivers)("schedule, maturity, attachments and the package on %s", (driver) => {
  const suite = zwSuite(driver);

  it("keeps a schedule valid: dependencies respected, no cycles, inside the project's dates", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    const task = (name: string, start: string, end: string, dependsOn: string[] = []) => ({
      name,
      kind: "task" as const,
      start,
      end,
      responsibleTeryt: "2013",
      dependsOn,
    });
    const a = await saveTask(suite.database.db, project, null, task("Projekt", "2027-01-01", "2027-06-30"));
    if (a.status !== "saved") throw new Error("not saved");
    const early = await saveTask(suite.database.db, project, null, task("Budowa", "2027-06-01", "2027-12-31", [a.taskId]));
    expect(early).toEqual({ status: "invalid", issues: [{ taskId: "new", code: "startsBeforePredecessorEnds", field: "start", other: a.taskId }] });
    const b = await saveTask(suite.database.db, project, null, task("Budowa", "2027-07-01", "2027-12-31", [a.taskId]));
    if (b.status !== "saved") throw new Error("not saved");
    // Moving the predecessor past its successor's start is refused as well (both directions are checked).
    const moved = await saveTask(suite.database.db, project, a.taskId, task("Projekt", "2027-01-01", "2027-08-31"));
    expect(moved.status === "invalid" && moved.issues.map((i) => i.code)).toEqual(["startsBeforePredecessorEnds"]);
    // A cycle is refused.
    const cycle = await saveTask(suite.database.db, project, a.taskId, task("Projekt", "2027-01-01", "2027-06-30", [b.taskId]));
    expect(cycle.status === "invalid" && cycle.issues.map((i) => i.code)).toContain("cycle");
    const outside = await saveTask(suite.database.db, project, null, task("Po terminie", "2028-06-01", "2029-02-01"));
    expect(outside.status === "invalid" && outside.issues.map((i) => i.code)).toEqual(["afterProjectEnd"]);
    const foreign = await saveTask(suite.database.db, project, null, { ...task("Cudza gmina", "2027-01-01", "2027-02-01"), responsibleTeryt: "2006011" });
    expect(foreign.status === "invalid" && foreign.issues.map((i) => i.code)).toEqual(["responsibleNotMember"]);
    const tasks = await listTasks(suite.database.db, project.id);
    expect(tasks.map((t) => [t.name, t.start, t.end, t.dependsOn])).toEqual([
      ["Projekt", "2027-01-01", "2027-06-30", []],
      ["Budowa", "2027-07-01", "2027-12-31", [a.taskId]],
    ]);
    expect(await deleteTask(suite.database.db, project.id, a.taskId)).toBe(true);
    expect((await listTasks(suite.database.db, project.id))[0].dependsOn).toEqual([]);
  });

  it("sets maturity only as far as the evidence goes, and keeps its history", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    expect(await setMaturity(suite.database.db, project, 1, "", suite.ctx.grupa.id)).toEqual({ status: "refused", reason: "aboveEvidence", supported: 0 });
    const today = "2026-11-30";
    const concept = await addEvidence(suite.database.db, project, { kind: "concept_note", description: "Koncepcja", date: "2026-10-01", url: "https://bip.example.pl/k", attachmentId: null }, suite.ctx.grupa.id, today);
    expect(concept.status).toBe("saved");
    expect(await addEvidence(suite.database.db, project, { kind: "cost_estimate", description: "Szacunek", date: "2026-12-01", url: null, attachmentId: null }, suite.ctx.grupa.id, today)).toEqual({
      status: "invalid",
      issues: ["dateInFuture", "sourceRequired"],
    });
    const file = await addAttachment(suite.database.db, project.id, { name: "szacunek.pdf", bytes: PDF }, suite.ctx.grupa.id);
    if (file.status !== "saved") throw new Error("attachment refused");
    const estimate = await addEvidence(suite.database.db, project, { kind: "cost_estimate", description: "Szacunek", date: "2026-10-02", url: null, attachmentId: file.id }, suite.ctx.grupa.id, today);
    expect(estimate.status).toBe("saved");
    expect(await setMaturity(suite.database.db, project, 2, "", suite.ctx.grupa.id)).toMatchObject({ status: "refused", supported: 1 });
    expect(await setMaturity(suite.database.db, project, 1, "Koncepcja gotowa", suite.ctx.grupa.id)).toEqual({ status: "saved", level: 1 });
    expect((await listEvidence(suite.database.db, project.id)).find((e) => e.kind === "cost_estimate")?.attachmentName).toBe("szacunek.pdf");
    // Withdrawing evidence brings the level down with it, recorded in the history.
    if (concept.status !== "saved") return;
    expect(await withdrawEvidence(suite.database.db, project, concept.id, suite.ctx.koordynator.id)).toBe(true);
    const [row] = await suite.database.db.select({ maturity: projects.maturity }).from(projects).where(eq(projects.id, project.id));
    expect(row.maturity).toBe(0);
    const history = await maturityHistory(suite.database.db, project.id);
    expect(history.map((h) => [h.fromLevel, h.toLevel, h.note])).toEqual([
      [1, 0, "evidence_withdrawn"],
      [0, 1, "Koncepcja gotowa"],
    ]);
  });

  it("stores attachments checked by content, never by name, and serves them as downloads", async () => {
    const project = await createProject(suite.database.db, suite.ctx.zw.id, sampleFiche(), suite.ctx.grupa.id);
    const html = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");
    expect(await addAttachment(suite.database.db, project.id, { name: "umowa.pdf", bytes: html }, null)).toEqual({ status: "refused", reason: "typeNotAllowed" });
    expect(await addAttachment(suite.database.db, project.id, { name: "pusty.pdf", bytes: new Uint8Array() }, null)).toEqual({ status: "refused", reason: "empty" });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    expect(await addAttachment(suite.database.db, project.id, { name: "duzy.pdf", bytes: big }, null)).toEqual({ status: "refused", reason: "tooLarge" });
    // A PNG named .pdf is kept as what it is.
    const png = await addAttachment(suite.database.db, project.id, { name: "../../mapa.pdf", bytes: PNG }, null);
    expect(png).toMatchObject({ status: "saved", fileName: "mapa.png" });
    if (png.status !== "saved") return;
    const stored = (await getAttachment(suite.database.db, project.id, png.id))!;
    expect(stored.mediaType).toBe("image/png");
    expect(Buffer.from(stored.content).equals(Buffer.from(PNG))).toBe(true);
    const response = attachmentResponse({ ...stored, fileName: "Mapa żółta.png" });
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="Mapa zolta.png"; filename*=UTF-8''Mapa%20%C5%BC%C3%B3%C5%82ta.png`);
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(Object.keys(ATTACHMENT_TYPES)).not.toContain("text/html");
    // Another partnership's project does not find it.
    expect(await getAttachment(suite.database.db, suite.ctx.other.id, png.id)).toBeNull();
  });

  it("seeds every pilot partnership with a realistic package, served in the JSON contract's shape", async () => {
    for (const [slug, demo] of Object.entries(DEMO_PROJECTS)) {
      const pkg = { slug, projects: demo };
      const [partnership] = await suite.database.db.select().from(partnerships).where(eq(partnerships.slug, pkg.slug));
      const rows = (await packageRows(suite.database.db, partnership.id)).filter((r) => pkg.projects.some((p) => p.title === r.title));
      expect(rows.length, pkg.slug).toBeGreaterThanOrEqual(5);
      expect(new Set(rows.map((r) => r.area)), pkg.slug).toEqual(new Set(["economic", "social", "environmental", "institutional"]));
      expect(rows.some((r) => r.feasibility > 0 && r.feasibility < 1), pkg.slug).toBe(true);
      expect(rows.some((r) => r.maturity >= 1), pkg.slug).toBe(true);
      expect(rows.every((r) => r.scheduleStart !== null), pkg.slug).toBe(true);
      const tasks = await listTasks(suite.database.db, rows.map((r) => r.id));
      expect(tasks.some((t) => t.dependsOn.length > 0), pkg.slug).toBe(true);
      const totals = packageTotals(rows);
      expect(totals.totalCost).toBe(pkg.projects.reduce((sum, p) => sum + plnToGrosze(p.costs.total)!, 0));
      for (const row of rows) {
        const json = projectJson(row);
        expect(json.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(json.feasibility.complete).toBeGreaterThanOrEqual(0);
        expect(json.feasibility.complete).toBeLessThanOrEqual(1);
        expect(Number.isFinite(json.totalCost)).toBe(true);
      }
    }
  });
});
