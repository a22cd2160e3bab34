import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, authTokens, memberships, outbox, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { get, linkIn, postForm, signIn } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";
const COORD = `koordynator@${SLUG}.demo`;
const GROUP = `grupa@${SLUG}.demo`;
const OUTSIDER = "koordynator@wiele-gmin-jeden-cel.demo";
const PASSWORD = "wspolnie-demo-2026";

describe.each(testDrivers)("members page rules on %s", (driver) => {
  let server: TestServer;
  let coord = "";
  beforeAll(async () => {
    server = await startTestServer(driver);
    coord = await server.cookieFor(COORD);
  });
  afterAll(() => server.stop());
  const db = () => server.database.db;
  const membershipOf = async (email: string) => {
    const [row] = await db()
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    return row;
  };

  it("refuses to remove or demote the only coordinator, with a message; nothing changes", async () => {
    const own = await membershipOf(COORD);
    const page = await (await get(server, `/w/${SLUG}/czlonkowie`, coord)).text();
    expect(page).toContain("Jedyny koordynator — nie można go usunąć ani zmienić jego roli.");
    const removed = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "remove", membershipId: own.id }, coord);
    expect(removed.status).toBe(409);
    expect(await removed.text()).toContain("Partnerstwo musi mieć koordynatora.");
    const demoted = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "update", membershipId: own.id, role: "expert" }, coord);
    expect(demoted.status).toBe(409);
    expect((await membershipOf(COORD)).role).toBe("coordinator");
    expect(await db().select().from(auditLog).where(and(eq(auditLog.event, "member_removed"), eq(auditLog.subjectEmail, COORD)))).toEqual([]);
  });

  it("names member units by kind: two units called Wysokie Mazowieckie are told apart", async () => {
    const page = await (await get(server, `/w/${SLUG}/czlonkowie`, coord)).text();
    expect(page).toContain("Wysokie Mazowieckie (gmina miejska)");
    expect(page).toContain("wysokomazowiecki (powiat)");
  });

  it("resends a pending invitation and makes a new link to copy: each time the old link stops working", async () => {
    const email = "ponownie@gmina-czyzew.pl";
    await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "invite", email, role: "expert" }, coord);
    const first = linkIn((await mails(email))[0].body, "/zaproszenie");
    const [pending] = await db().select({ id: authTokens.id }).from(authTokens).where(and(eq(authTokens.email, email), eq(authTokens.kind, "invitation")));
    const resent = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "resend", invitationId: pending.id }, coord);
    expect(resent.status).toBe(200);
    expect(await resent.text()).toContain(`Wysłano ponownie zaproszenie do ${email}.`);
    const sent = await mails(email);
    expect(sent).toHaveLength(2);
    const second = linkIn(sent[0].body, "/zaproszenie");
    expect(second).not.toBe(first);
    expect((await get(server, first)).status).toBe(410);
    expect((await get(server, second)).status).toBe(200);

    const [renewed] = await db()
      .select({ id: authTokens.id })
      .from(authTokens)
      .where(and(eq(authTokens.email, email), eq(authTokens.kind, "invitation")))
      .orderBy(desc(authTokens.createdAt))
      .limit(1);
    const linked = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "link", invitationId: renewed.id }, coord);
    const html = await linked.text();
    const third = html.match(/\/zaproszenie\/([a-z2-7]{20,80})/)?.[0] ?? "";
    expect(third).not.toBe("");
    expect(await mails(email)).toHaveLength(2); // a link to copy sends no mail
    expect((await get(server, second)).status).toBe(410);
    expect((await get(server, third)).status).toBe(200);
    // Only the coordinator, and only pending invitations of this partnership.
    const byMember = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "resend", invitationId: renewed.id }, await server.cookieFor(GROUP));
    expect(byMember.status).toBe(403);
    const unknown = await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "link", invitationId: "0".repeat(64) }, coord);
    expect(unknown.status).toBe(404);
  });

  it("shows the members' sign-ins in the partnership log, not outsiders', with details in words", async () => {
    await signIn(server, GROUP, PASSWORD);
    await signIn(server, OUTSIDER, PASSWORD);
    const log = await (await get(server, `/w/${SLUG}/dziennik`, coord)).text();
    expect(log).toContain("logowanie");
    expect(log).toContain(GROUP);
    expect(log).not.toContain(OUTSIDER);
    expect(log).toContain("rola: ekspert(-ka)");
    expect(log).not.toContain("{&quot;role&quot;");
  });

  async function mails(email: string) {
    return db().select().from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.id));
  }
});
