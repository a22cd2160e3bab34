import { eq } from "drizzle-orm";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { sessionIdFromToken } from "../app/lib/auth/session.server";
import type { CollabEvent } from "../app/lib/collab-protocol";
import { openEventSocket, type EventSocket } from "../app/lib/collab/events";
import { demoStrategyWithText, passage } from "../app/lib/comments/test-helpers";
import { bearerWebSocket, sessionTokenFor, waitFor } from "./collab/test/clients";
import { postForm } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";
const PEOPLE = {
  coordinator: `koordynator@${SLUG}.demo`,
  council: `rada1@${SLUG}.demo`,
  expert: `ekspert@${SLUG}.demo`,
  ministry: "admin@mfipr.demo",
  outsider: "koordynator@wiele-gmin-jeden-cel.demo",
  assessor: "um@podlaskie.demo",
} as const;
type Who = keyof typeof PEOPLE;

/**
 * The event channel's partnership and user scopes over the events socket (`/events`), as a signed-in page
 * without a document open hears them. Absence is checked by order: a later event the person does receive
 * arrives after anything sent to them before it.
 */
describe.each(testDrivers)("live events to pages without a document (%s)", (driver) => {
  let server: TestServer;
  const sockets: EventSocket[] = [];
  const heard = new Map<Who, CollabEvent[]>();
  const ids = new Map<Who, string>();
  let demo: Awaited<ReturnType<typeof demoStrategyWithText>>;
  let documentId: string;

  beforeAll(async () => {
    server = await startTestServer(driver);
    const db = server.database.db;
    demo = await demoStrategyWithText(db);
    documentId = demo.doc.id;
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, PEOPLE[who]));
      ids.set(who, user.id);
      heard.set(who, []);
      let open = false;
      sockets.push(
        openEventSocket({
          url: `${server.url.replace(/^http/, "ws")}/events`,
          WebSocketPolyfill: bearerWebSocket(await sessionTokenFor(db, PEOPLE[who])),
          onEvent: (event) => heard.get(who)!.push(event),
          onOpen: () => {
            open = true;
          },
        }),
      );
      await waitFor(() => open, 5000, `events socket of ${who}`);
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.stop();
  });

  /** Sends each person a marker of their own and waits for it: whatever was sent to them before has arrived. */
  async function settle(who: Who[]) {
    for (const person of who) server.app.collab.toUser(ids.get(person)!, { type: "notifications.changed", unread: -1 });
    await waitFor(() => who.every((p) => heard.get(p)!.some((e) => e.type === "notifications.changed" && e.unread === -1)), 5000, "markers");
    const before = new Map(who.map((p) => [p, heard.get(p)!.filter((e) => !(e.type === "notifications.changed" && e.unread === -1))]));
    for (const person of who) heard.set(person, []);
    return before;
  }

  it("user scope: a mention's new unread count reaches the mentioned person only", async () => {
    const { ydoc } = demo;
    const res = await fetch(`${server.url}/api/documents/${documentId}/threads`, {
      method: "POST",
      headers: { Origin: server.url, "Content-Type": "application/json", Cookie: await server.cookieFor(PEOPLE.expert) },
      body: JSON.stringify({ intent: "create", ...passage(ydoc, "silne zaplecze rolnicze", "Proszę o dane, @Anna Koordynatorka") }),
    });
    expect(res.status).toBe(201);
    const got = await settle(["coordinator", "council", "expert", "ministry", "outsider"]);
    expect(got.get("coordinator")).toEqual([{ type: "notifications.changed", unread: 1 }]);
    for (const other of ["council", "expert", "ministry", "outsider"] as const) expect(got.get(other), other).toEqual([]);
  });

  it("partnership scope: a new version reaches those who may read the document, never outsiders", async () => {
    const cookie = await server.cookieFor(PEOPLE.coordinator);
    const res = await postForm(server, `/w/${SLUG}/dokumenty/${documentId}/wersje`, { name: "Wersja dla rady" }, cookie);
    expect(res.status).toBe(200);
    const got = await settle(["coordinator", "council", "ministry", "outsider", "assessor"]);
    const event = { type: "versions.changed", documentId };
    for (const reader of ["coordinator", "council", "ministry"] as const) expect(got.get(reader), reader).toEqual([event]);
    for (const outsider of ["outsider", "assessor"] as const) expect(got.get(outsider), outsider).toEqual([]);
  });

  it("asks the policy at delivery: a removed member stops hearing the partnership's events", async () => {
    const db = server.database.db;
    await db.delete(memberships).where(eq(memberships.userId, ids.get("council")!));
    server.app.collab.recheckUser(ids.get("council")!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resource = { type: "document", partnershipId: demo.doc.partnershipId, kind: "strategy" } as const;
    server.app.collab.toPartnership({ resource, action: "document.read" }, { type: "versions.changed", documentId });
    const got = await settle(["coordinator", "council"]);
    expect(got.get("coordinator")).toEqual([{ type: "versions.changed", documentId }]);
    expect(got.get("council")).toEqual([]);
  });

  it("refuses the events socket without a session and closes it when the session ends", async () => {
    const anonymous = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, "ws")}/events`);
      ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.once("open", () => resolve(101));
    });
    expect(anonymous).toBe(401);
    const token = await sessionTokenFor(server.database.db, PEOPLE.expert);
    const ws = new (bearerWebSocket(token))(`${server.url.replace(/^http/, "ws")}/events`) as unknown as WebSocket;
    await new Promise((resolve) => ws.once("open", resolve));
    const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
    server.app.collab.closeSessions([sessionIdFromToken(token)]);
    expect(await closed).toBe(4401);
  });
});
