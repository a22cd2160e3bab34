import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, authTokens, memberships, outbox, partnerships, users, workingGroupMembers, workingGroups } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { get, linkIn, postForm, sessionCookieFrom } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";
const COORD = `koordynator@${SLUG}.demo`;
const GROUP = `grupa@${SLUG}.demo`;
const COUNCIL = `rada2@${SLUG}.demo`;
const OTHER_COORD = "koordynator@wiele-gmin-jeden-cel.demo";
const ASSESSOR = "um@podlaskie.demo";
const AUGUSTOW_COORD = "koordynator@augustowsko-biebrzanski-park-turystyczny.demo";
const ADMIN = "admin@mfipr.demo";

describe.each(testDrivers)("workspace access on %s", (driver) => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(driver);
    for (const email of [COORD, GROUP, COUNCIL, OTHER_COORD, ASSESSOR, ADMIN, AUGUSTOW_COORD]) cookies[email] = await server.cookieFor(email);
  });
  afterAll(() => server.stop());
  const db = () => server.database.db;

  async function lastMailTo(email: string) {
    const [mail] = await db().select().from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.id)).limit(1);
    return mail;
  }

  /** Records whose connections the collaboration server re-checks (and still re-checks them); `restore` undoes it. */
  const watchRechecks = () => {
    const rechecked: string[] = [];
    const original = server.app.collab.recheckUser;
    server.app.collab.recheckUser = (userId) => {
      rechecked.push(userId);
      original(userId);
    };
    return { rechecked, restore: () => (server.app.collab.recheckUser = original) };
  };

  it("lists the partnership's documents as JSON for a member, the strategy among them", async () => {
    const res = await get(server, `/api/partnerships/${SLUG}/documents`, cookies[GROUP]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const { documents } = await res.json();
    expect(documents.length).toBeGreaterThan(0);
    expect(Object.keys(documents[0]).sort()).toEqual(["id", "kind", "title", "updatedAt"]);
    expect(documents[0].kind).toBe("strategy");
    expect(new Date(documents[0].updatedAt).getTime()).not.toBeNaN();
  });

  it("answers the documents API with 401 for the anonymous and 404 with a JSON reason to outsiders and for unknown slugs", async () => {
    const anonymous = await get(server, `/api/partnerships/${SLUG}/documents`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toBeTruthy();
    // Outsiders get the answer of a partnership that does not exist: they cannot tell what exists.
    for (const email of [OTHER_COORD, ASSESSOR]) {
      const res = await get(server, `/api/partnerships/${SLUG}/documents`, cookies[email]);
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatch(/nie istnieje albo nie masz do niej dostępu/);
    }
    const unknown = await get(server, `/api/partnerships/no-such-partnership/documents`, cookies[COORD]);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toBeTruthy();
  });

  it("refuses the workspace, members page and audit log to a person with no role in the partnership (404)", async () => {
    for (const email of [OTHER_COORD, ASSESSOR]) {
      for (const path of [`/w/${SLUG}`, `/w/${SLUG}/czlonkowie`, `/w/${SLUG}/dziennik`]) {
        const res = await get(server, path, cookies[email]);
        expect(res.status, `${email} ${path}`).toBe(404);
        expect(await res.text()).not.toContain("Anna Koordynatorka");
      }
      const post = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "create_group", name: "X" }, cookies[email]);
      expect(post.status).toBe(404);
    }
    const anonymous = await get(server, `/w/${SLUG}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(`/w/${SLUG}`)}`);
    expect((await get(server, "/w/no-such-partnership", cookies[COORD])).status).toBe(404);
  });

  it("shows members their workspace with links to the documents, and the ministry every workspace", async () => {
    const html = await (await get(server, `/w/${SLUG}`, cookies[COUNCIL])).text();
    expect(html).toContain("Strategia terytorialna");
    expect(html).toMatch(new RegExp(`href="/w/${SLUG}/dokumenty/[0-9a-f-]{36}"`));
    expect((await get(server, `/w/${SLUG}`, cookies[ADMIN])).status).toBe(200);
    const mine = await (await get(server, "/w", cookies[COUNCIL])).text();
    expect(mine).toContain("Ziemia Wysokomazowiecka");
    expect(mine).not.toContain("Wiele gmin");
    const all = await (await get(server, "/w", cookies[ADMIN])).text();
    expect(all).toContain("Wiele gmin");
  });

  it("lets a working-group member read the member list but not manage members or read the audit log", async () => {
    const page = await get(server, `/w/${SLUG}/czlonkowie`, cookies[GROUP]);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Anna Koordynatorka");
    expect(html).not.toContain("Wyślij zaproszenie");
    const [membership] = await db()
      .select()
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, GROUP));
    const attempts: Record<string, string>[] = [
      { intent: "invite", email: "someone@gmina.pl", role: "coordinator" },
      { intent: "update", membershipId: membership.memberships.id, role: "coordinator" },
      { intent: "remove", membershipId: membership.memberships.id },
      { intent: "create_group", name: "Moja grupa" },
    ];
    for (const fields of attempts) {
      const res = await postForm(server, `/w/${SLUG}/czlonkowie`, fields, cookies[GROUP]);
      expect(res.status, fields.intent).toBe(403);
    }
    const [after] = await db().select().from(memberships).where(eq(memberships.id, membership.memberships.id));
    expect(after.role).toBe("working_group_member");
    expect(await db().select().from(outbox).where(eq(outbox.to, "someone@gmina.pl"))).toEqual([]);
    expect((await get(server, `/w/${SLUG}/dziennik`, cookies[GROUP])).status).toBe(403);
  });

  it("lets the coordinator change a role and chair: audited, one chair, and the user's connections re-checked", async () => {
    const { rechecked, restore } = watchRechecks();
    try {
      const [row] = await db()
        .select({ id: memberships.id, userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.email, COUNCIL));
      const res = await postForm(
        server,
        `/w/${SLUG}/czlonkowie`,
        { intent: "update", membershipId: row.id, role: "council_member", representedTeryt: "2013011", isChair: "on" },
        cookies[COORD],
      );
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Zapisano zmiany");
      expect(rechecked).toContain(row.userId);
      const [p] = await db().select().from(partnerships).where(eq(partnerships.slug, SLUG));
      const chairs = await db()
        .select()
        .from(memberships)
        .where(and(eq(memberships.partnershipId, p.id), eq(memberships.isChair, true)));
      expect(chairs.map((c) => c.userId)).toEqual([row.userId]);
      const bad = await postForm(
        server,
        `/w/${SLUG}/czlonkowie`,
        { intent: "update", membershipId: row.id, role: "council_member", representedTeryt: "2006011" },
        cookies[COORD],
      );
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain("Wybierz jednostkę, którą reprezentuje członek rady.");
      const audit = await (await get(server, `/w/${SLUG}/dziennik`, cookies[COORD])).text();
      expect(audit).toContain("zmiana roli");
      expect(audit).toContain(COUNCIL);
    } finally {
      restore();
    }
  });

  it("shows the platform audit log to the ministry administrator only", async () => {
    expect((await get(server, "/admin/dziennik", cookies[COORD])).status).toBe(403);
    const res = await get(server, "/admin/dziennik", cookies[ADMIN]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Dziennik zdarzeń platformy");
  });

  it("invites a new person as a council member: the single-use link creates the account and lands in the partnership", async () => {
    const email = "nowa.radna@gmina-ciechanowiec.pl";
    const missingUnit = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "invite", email, role: "council_member" }, cookies[COORD]);
    expect(missingUnit.status).toBe(400);
    expect(await missingUnit.text()).toContain("Wybierz jednostkę");
    const res = await postForm(
      server,
      `/w/${SLUG}/czlonkowie`,
      { intent: "invite", email, role: "council_member", representedTeryt: "2013023" },
      cookies[COORD],
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`Wysłano zaproszenie do ${email}`);
    const path = linkIn((await lastMailTo(email)).body, "/zaproszenie");
    const token = path.split("/").pop()!;
    expect(JSON.stringify(await db().select().from(authTokens))).not.toContain(token);

    const page = await get(server, path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Utwórz konto i dołącz");
    const weak = await postForm(server, path, { intent: "create", name: "Nowa Radna", password: "krótkie", confirm: "krótkie" });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain("Hasło musi mieć co najmniej 12 znaków.");
    const accepted = await postForm(server, path, {
      intent: "create",
      name: "Nowa Radna",
      password: "radna-ciechanowca-2026",
      confirm: "radna-ciechanowca-2026",
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe(`/w/${SLUG}`);
    const cookie = sessionCookieFrom(accepted);
    expect((await get(server, `/w/${SLUG}`, cookie)).status).toBe(200);
    const [m] = await db()
      .select({ role: memberships.role, representedTeryt: memberships.representedTeryt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    expect(m).toEqual({ role: "council_member", representedTeryt: "2013023" });

    const reuse = await postForm(server, path, { intent: "create", name: "Ktoś", password: "inne-hasło-osoby-2026", confirm: "inne-hasło-osoby-2026" });
    expect(reuse.status).toBe(410);
    expect((await get(server, path)).status).toBe(410);
    const events = await db().select().from(auditLog).where(eq(auditLog.subjectEmail, email));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["invitation_sent", "invitation_accepted"]));
  });

  it("lets an existing account accept an invitation only when signed in as that account; links expire", async () => {
    const email = OTHER_COORD;
    await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "invite", email, role: "expert" }, cookies[COORD]);
    const path = linkIn((await lastMailTo(email)).body, "/zaproszenie");
    expect(await (await get(server, path)).text()).toContain("Zaloguj się i przyjmij zaproszenie");
    const wrong = await postForm(server, path, { intent: "accept" }, cookies[GROUP]);
    expect(wrong.status).toBe(403); // the use is rolled back: the link still works for the right person
    const ok = await postForm(server, path, { intent: "accept" }, cookies[email]);
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`/w/${SLUG}`);
    expect((await get(server, `/w/${SLUG}`, cookies[email])).status).toBe(200);

    const late = "spozniony@gmina.pl";
    await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "invite", email: late, role: "expert" }, cookies[COORD]);
    const latePath = linkIn((await lastMailTo(late)).body, "/zaproszenie");
    await db().update(authTokens).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(authTokens.email, late));
    expect((await get(server, latePath)).status).toBe(410);
    const res = await postForm(server, latePath, { intent: "create", name: "Spóźniony", password: "spóźnione-hasło-2026", confirm: "spóźnione-hasło-2026" });
    expect(res.status).toBe(410);
    expect(await db().select().from(users).where(eq(users.email, late))).toEqual([]);
  });

  it("creates working groups and invites a working-group member into them", async () => {
    const created = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "create_group", name: "Gospodarka" }, cookies[COORD]);
    expect(created.status).toBe(200);
    const [group] = await db().select().from(workingGroups).where(eq(workingGroups.name, "Gospodarka"));
    const renamed = await postForm(
      server,
      `/w/${SLUG}/czlonkowie`,
      { intent: "rename_group", groupId: group.id, name: "Gospodarka i turystyka" },
      cookies[COORD],
    );
    expect(await renamed.text()).toContain("Gospodarka i turystyka");
    const email = "urzednik@gmina-szepietowo.pl";
    await postForm(
      server,
      `/w/${SLUG}/czlonkowie`,
      { intent: "invite", email, role: "working_group_member", workingGroupIds: [group.id] },
      cookies[COORD],
    );
    const path = linkIn((await lastMailTo(email)).body, "/zaproszenie");
    const res = await postForm(server, path, { intent: "create", name: "Jan Urzędnik", password: "szepietowo-grupa-2026", confirm: "szepietowo-grupa-2026" });
    expect(res.status).toBe(302);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    const groups = await db().select().from(workingGroupMembers).where(eq(workingGroupMembers.userId, user.id));
    expect(groups.map((g) => g.workingGroupId)).toEqual([group.id]);
  });

  it("removes a member after confirmation: access ends, the removal is audited and connections re-checked", async () => {
    const { rechecked, restore } = watchRechecks();
    try {
      const email = `ekspert@${SLUG}.demo`;
      const cookie = await server.cookieFor(email);
      expect((await get(server, `/w/${SLUG}`, cookie)).status).toBe(200);
      const page = await (await get(server, `/w/${SLUG}/czlonkowie`, cookies[COORD])).text();
      expect(page).toContain("straci dostęp do dokumentów");
      const [row] = await db()
        .select({ id: memberships.id, userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.email, email));
      const res = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "remove", membershipId: row.id }, cookies[COORD]);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`Usunięto ${email} z partnerstwa.`);
      expect(rechecked).toContain(row.userId);
      expect((await get(server, `/w/${SLUG}`, cookie)).status).toBe(404);
      expect((await get(server, `/api/partnerships/${SLUG}/documents`, cookie)).status).toBe(404);
      const [event] = await db().select().from(auditLog).where(and(eq(auditLog.event, "member_removed"), eq(auditLog.subjectEmail, email)));
      expect(event.details).toEqual({ role: "expert" });
      const again = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "remove", membershipId: row.id }, cookies[COORD]);
      expect(again.status).toBe(404);
    } finally {
      restore();
    }
  });

  it("lists pending invitations to the coordinator and withdraws one: its link stops working", async () => {
    const email = "wycofany@gmina-klukowo.pl";
    await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "invite", email, role: "expert" }, cookies[COORD]);
    const path = linkIn((await lastMailTo(email)).body, "/zaproszenie");
    const page = await (await get(server, `/w/${SLUG}/czlonkowie`, cookies[COORD])).text();
    expect(page).toContain("Zaproszenia oczekujące");
    expect(page).toContain(email);
    const [token] = await db().select({ id: authTokens.id }).from(authTokens).where(eq(authTokens.email, email));
    const res = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "withdraw", invitationId: token.id }, cookies[COORD]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`Wycofano zaproszenie dla ${email}.`);
    expect((await get(server, path)).status).toBe(410);
    const byOther = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "withdraw", invitationId: token.id }, cookies[GROUP]);
    expect(byOther.status).toBe(403);
  });

  it("refuses the document's draft pages (editor, versions, differences, search) to a person with no role", async () => {
    const [doc] = await (await get(server, `/api/partnerships/${SLUG}/documents`, cookies[COORD])).json().then((b) => b.documents);
    const paths = [
      `/w/${SLUG}/dokumenty/${doc.id}`,
      `/w/${SLUG}/dokumenty/${doc.id}/wersje`,
      `/w/${SLUG}/dokumenty/${doc.id}/roznice`,
      `/w/${SLUG}/szukaj?q=strategia`,
    ];
    for (const path of paths) {
      // A member gets the page (the differences page answers 400 without its version parameters).
      expect([200, 400], `member ${path}`).toContain((await get(server, path, cookies[COUNCIL])).status);
      // (OTHER_COORD joined as an expert in an earlier test: use people who never had a role here.)
      for (const email of [AUGUSTOW_COORD, ASSESSOR]) {
        const res = await get(server, path, cookies[email]);
        expect([403, 404], `${email} ${path}`).toContain(res.status);
      }
      const anonymous = await get(server, path);
      expect(anonymous.status, `anonymous ${path}`).toBe(302);
      expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
  });
});
