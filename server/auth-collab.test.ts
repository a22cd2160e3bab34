import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../app/lib/collab-protocol";
import { sessionIdFromToken } from "../app/lib/auth/session.server";
import { memberships, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { closeCodeOf, rawConnect, strategyDocumentId, wsUrl } from "./collab/test/clients";
import { get, postForm } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";

/** The account and members pages reach open websockets: what they revoke stops at once. */
describe.each(testDrivers)("account pages and open websockets on %s", (driver) => {
  let server: TestServer;
  let documentId: string;
  beforeAll(async () => {
    server = await startTestServer(driver);
    documentId = await strategyDocumentId(server.database.db, SLUG);
  });
  afterAll(() => server.stop());

  const connect = (cookie: string) =>
    rawConnect(`${wsUrl(server.url)}/${documentId}`, { Cookie: cookie, Origin: server.url });

  it("refuses the websocket to a person with no role in the partnership (404: as if it did not exist), and to the anonymous", async () => {
    expect((await connect(await server.cookieFor("koordynator@wiele-gmin-jeden-cel.demo"))).status).toBe(404);
    expect((await connect(await server.cookieFor("um@podlaskie.demo"))).status).toBe(404);
    expect((await connect("")).status).toBe(401);
  });

  it("closes the socket of a session revoked on the account page within 5 s", async () => {
    const email = `grupa@${SLUG}.demo`;
    const mine = await server.cookieFor(email);
    const other = await server.cookieFor(email);
    const { status, ws } = await connect(other);
    expect(status).toBe(101);
    const closed = closeCodeOf(ws!, 5000);
    const started = Date.now();
    const res = await postForm(server, "/konto", { intent: "revoke", sessionId: sessionIdFromToken(other.split("=")[1]) }, mine);
    expect(res.status).toBe(200);
    expect(await closed).toBe(CloseCode.Unauthorized);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await get(server, `/w/${SLUG}`, other)).status).toBe(302);
  });

  it("closes every socket on sign-out everywhere and on logout", async () => {
    const email = `rada1@${SLUG}.demo`;
    const a = await server.cookieFor(email);
    const b = await server.cookieFor(email);
    const socketA = (await connect(a)).ws!;
    const socketB = (await connect(b)).ws!;
    const closedA = closeCodeOf(socketA, 2000);
    const closedB = closeCodeOf(socketB, 2000);
    expect((await postForm(server, "/konto", { intent: "revoke_all" }, a)).status).toBe(302);
    expect(await closedA).toBe(CloseCode.Unauthorized);
    expect(await closedB).toBe(CloseCode.Unauthorized);

    const c = await server.cookieFor(email);
    const socketC = (await connect(c)).ws!;
    const closedC = closeCodeOf(socketC, 2000);
    expect((await postForm(server, "/logout", {}, c)).status).toBe(302);
    expect(await closedC).toBe(CloseCode.Unauthorized);
  });

  it("closes a removed member's socket within 5 s of the coordinator's removal", async () => {
    const email = `ekspert@${SLUG}.demo`;
    const { ws } = await connect(await server.cookieFor(email));
    const closed = closeCodeOf(ws!, 5000);
    const [row] = await server.database.db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    const started = Date.now();
    const coordinator = await server.cookieFor(`koordynator@${SLUG}.demo`);
    expect((await postForm(server, `/w/${SLUG}/czlonkowie`, { intent: "remove", membershipId: row.id }, coordinator)).status).toBe(200);
    expect(await closed).toBe(CloseCode.Forbidden);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
