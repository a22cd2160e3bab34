import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, partnerships, projects } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { DEMO_PROJECTS } from "../db/demo/projects";
import { startTestServer, type TestServer } from "./test/test-server";
import { addAttachment } from "../app/lib/projects/attachments.server";
import { createProject } from "../app/lib/projects/projects.server";
import { sampleFiche } from "../app/lib/projects/test-fixtures";

const SLUG = "ziemia-wysokomazowiecka";
const email = (local: string) => `${local}@${SLUG}.demo`;
const KEYS = ["area", "eligibleCost", "end", "feasibility", "flagship", "id", "leadTeryt", "maturity", "partnerTeryt", "start", "title", "totalCost", "type"];

describe.each(testDrivers)("project package over HTTP (%s)", (driver) => {
  let server: TestServer;
  let zwId: string;
  const cookies = new Map<string, string>();
  const get = (path: string, who?: string) => fetch(`${server.url}${path}`, { redirect: "manual", headers: who ? { Cookie: cookies.get(who)! } : {} });
  const post = (path: string, who: string, body: URLSearchParams | FormData) =>
    fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", body, headers: { Cookie: cookies.get(who)!, Origin: server.url } });

  beforeAll(async () => {
    server = await startTestServer(driver);
    for (const local of ["koordynator", "rada1", "grupa", "ekspert"]) cookies.set(local, await server.cookieFor(email(local)));
    cookies.set("admin", await server.cookieFor("admin@mfipr.demo"));
    cookies.set("other", await server.cookieFor("koordynator@wiele-gmin-jeden-cel.demo"));
    [{ id: zwId }] = await server.database.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, SLUG));
  });
  afterAll(() => server?.stop());

  it("answers the JSON contract for the demo package: members 200, the public 401, other partnerships 404", async () => {
    const response = await get(`/api/partnerships/${SLUG}/projects`, "grupa");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as Record<string, unknown>[];
    const demo = DEMO_PROJECTS[SLUG];
    expect(body.map((p) => p.title).sort()).toEqual(demo.map((p) => p.title).sort());
    for (const project of body) {
      expect(Object.keys(project).sort()).toEqual(KEYS);
      expect(project.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(["strategic", "complementary"]).toContain(project.type);
      expect(["economic", "social", "environmental", "institutional"]).toContain(project.area);
      expect(project.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(project.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof project.totalCost).toBe("number");
      expect(project.eligibleCost as number).toBeLessThanOrEqual(project.totalCost as number);
      expect(Array.isArray(project.partnerTeryt)).toBe(true);
      const complete = (project.feasibility as { complete: number }).complete;
      expect(complete >= 0 && complete <= 1).toBe(true);
      expect(project.flagship).toBe(false);
    }
    // Each project answers exactly what the demo data says.
    for (const d of demo) {
      const filled = Object.values(d.feasibility).filter((json) => json !== null).length;
      expect(body.find((p) => p.title === d.title)).toEqual({
        id: expect.any(String),
        title: d.title,
        type: d.type,
        area: d.area,
        maturity: d.maturity.level,
        totalCost: d.costs.total,
        eligibleCost: d.costs.eligible,
        start: d.start,
        end: d.end,
        leadTeryt: d.leadTeryt,
        partnerTeryt: [...d.partnerTeryts].sort(),
        feasibility: { complete: Math.round((filled / 6) * 1000) / 1000 },
        flagship: false,
      });
    }
    // The contract's leadTeryt is the 7-digit TERC code of a member: every demo project is led by a gmina.
    expect(body.every((p) => /^\d{7}$/.test(p.leadTeryt as string))).toBe(true);

    const anonymous = await get(`/api/partnerships/${SLUG}/projects`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toBeTruthy();
    expect((await get(`/api/partnerships/${SLUG}/projects`, "other")).status).toBe(404);
    expect((await get(`/api/partnerships/nie-ma-takiego/projects`, "grupa")).status).toBe(404);
    expect((await get(`/api/partnerships/${SLUG}/projects`, "admin")).status).toBe(200);
  });

  it("guards the pages: sign-in for the public, 404 for other partnerships, 403 for a member without the right", async () => {
    const anonymous = await get(`/w/${SLUG}/projekty`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect((await get(`/w/${SLUG}/projekty`, "other")).status).toBe(404);
    const page = await get(`/w/${SLUG}/projekty?obszar=social&sort=totalCost&kolejnosc=desc`, "rada1");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Branżowe Centrum Umiejętności Rolno-Spożywczych w Wysokiem Mazowieckiem");
    expect(html).not.toContain("Klaster energii");
    // The expert may read fiches but not create them (fiches: working group and council by default).
    expect((await get(`/w/${SLUG}/projekty/nowy`, "ekspert")).status).toBe(403);
    expect((await get(`/w/${SLUG}/projekty/nowy`, "other")).status).toBe(404);
    expect((await get(`/w/${SLUG}/projekty/------------------------------------`, "grupa")).status).toBe(404);
    expect((await get(`/w/${SLUG}/uprawnienia`, "grupa")).status).toBe(403);
    expect((await get(`/w/${SLUG}/uprawnienia`, "koordynator")).status).toBe(200);
  });

  it("creates a fiche from the form, says which field is wrong and why, and refuses a stale save with both values", async () => {
    const form = (values: Record<string, string>) => new URLSearchParams(values);
    const bad = await post(`/w/${SLUG}/projekty/nowy`, "grupa", form({ title: "", type: "strategic", area: "social", leadTeryt: "2006011", totalCost: "100", eligibleCost: "2x" }));
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("To pole jest wymagane.");
    expect(badHtml).toContain("Wybierz jednostkę członkowską partnerstwa.");
    expect(badHtml).toContain("Podaj kwotę w złotych");
    // Rules across fields follow once each field is right on its own.
    const costs = await post(`/w/${SLUG}/projekty/nowy`, "grupa", form({ title: "X", type: "strategic", area: "social", leadTeryt: "2013", totalCost: "100", eligibleCost: "200" }));
    expect(costs.status).toBe(400);
    expect(await costs.text()).toContain("Koszty kwalifikowalne nie mogą przekraczać kosztu całkowitego.");
    const english = await fetch(`${server.url}/w/${SLUG}/projekty/nowy`, {
      method: "POST",
      redirect: "manual",
      body: form({ title: "X", type: "strategic", area: "social", leadTeryt: "2013", totalCost: "100", eligibleCost: "200" }),
      headers: { Cookie: `${cookies.get("grupa")}; wspolnie_lang=en`, Origin: server.url },
    });
    expect(await english.text()).toContain("The eligible cost cannot exceed the total cost.");

    const good = await post(
      `/w/${SLUG}/projekty/nowy`,
      "grupa",
      form({ title: "Świetlice wiejskie", type: "complementary", area: "social", status: "draft", leadTeryt: "2013042", totalCost: "200 000", eligibleCost: "180000", ownShare: "0", startDate: "2027-01-01", endDate: "2027-12-31" }),
    );
    expect(good.status).toBe(302);
    const projectId = good.headers.get("location")!.match(/projekty\/([0-9a-f-]{36})/)![1];

    const save = (who: string, title: string, version: string) =>
      post(`/w/${SLUG}/projekty/${projectId}/edytuj`, who, form({ version, title, type: "complementary", area: "social", status: "draft", leadTeryt: "2013042", totalCost: "200000", eligibleCost: "180000", ownShare: "0" }));
    expect((await save("grupa", "Świetlice wiejskie — wersja Piotra", "1")).status).toBe(302);
    const stale = await save("rada1", "Świetlice — wersja Jana", "1");
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain("Ktoś zapisał tę fiszkę przed Tobą");
    expect(staleHtml).toContain("Świetlice — wersja Jana");
    expect(staleHtml).toContain("Świetlice wiejskie — wersja Piotra");
    const [row] = await server.database.db.select().from(projects).where(eq(projects.id, projectId));
    expect(row).toMatchObject({ title: "Świetlice wiejskie — wersja Piotra", rowVersion: 2 });
  });

  it("exports the package as CSV with every field quoted and formulas defused", async () => {
    await createProject(server.database.db, zwId, sampleFiche({ title: "=HYPERLINK(\"http://zly.example\")" }), null);
    const response = await get(`/w/${SLUG}/projekty/eksport.csv`, "rada1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="pakiet-projektow-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith(`"Tytuł","Typ"`)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://zly.example"")"`);
    expect(csv).toContain(
      `"Wysokomazowiecka Strefa Inwestycyjna przy węźle S8 — uzbrojenie terenów i droga dojazdowa","strategiczny","gospodarczy","3","24600000.00","20000000.00"`,
    );
  });

  it("serves attachments to members only, as downloads that are never rendered", async () => {
    const project = await createProject(server.database.db, zwId, sampleFiche({ title: "Z załącznikiem" }), null);
    const upload = new FormData();
    upload.set("file", new Blob(["<html><script>alert(1)</script>"], { type: "application/pdf" }), "skan.pdf");
    const refused = await post(`/w/${SLUG}/projekty/${project.id}`, "grupa", upload);
    expect(refused.status).toBe(415);
    expect(await refused.text()).toContain("Ten rodzaj pliku nie jest dozwolony");
    const saved = await addAttachment(server.database.db, project.id, { name: "plan.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") }, null);
    if (saved.status !== "saved") throw new Error("refused");
    const path = `/w/${SLUG}/projekty/${project.id}/zalaczniki/${saved.id}`;
    const download = await get(path, "rada1");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect((await get(path, "other")).status).toBe(404);
    expect((await get(path)).status).toBe(302);
  });

  it("lets only the coordinator change who edits, records it in the audit log, and the policy follows", async () => {
    const body = new URLSearchParams();
    for (const role of ["working_group_member", "council_member", "expert"]) body.append("strategy", role);
    body.append("fiches", "working_group_member");
    body.append("analyses", "working_group_member");
    body.append("analyses", "expert");
    expect((await post(`/w/${SLUG}/uprawnienia`, "grupa", body)).status).toBe(403);
    expect((await post(`/w/${SLUG}/uprawnienia`, "koordynator", body)).status).toBe(302);
    const [entry] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.partnershipId, zwId), eq(auditLog.event, "editing_rights_changed")))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry.details).toMatchObject({
      changes: [
        { group: "strategy", granted: ["council_member", "expert"], withdrawn: [] },
        { group: "fiches", granted: [], withdrawn: ["council_member"] },
        { group: "analyses", granted: [], withdrawn: ["council_member"] },
      ],
    });
    // The council member lost the fiches; the expert gained the strategy.
    expect((await get(`/w/${SLUG}/projekty/nowy`, "rada1")).status).toBe(403);
    const strategy = await get(`/w/${SLUG}/strategia`, "ekspert");
    const editor = await (await get(strategy.headers.get("location")!, "ekspert")).text();
    expect(editor).not.toContain("tylko do odczytu");
  });
});
