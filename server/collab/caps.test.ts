import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import { testDrivers } from "../../db/test/test-db";
import { CloseCode } from "../../app/lib/collab-protocol";
import { parseConfig } from "../../app/lib/config.server";
import { startTestServer, type TestServer } from "../test/test-server";
import { openClient, rawConnect, sessionTokenFor, strategyDocumentId, synced, waitFor, wsUrl } from "./test/clients";

const ZW = "ziemia-wysokomazowiecka";

/** The close code when the server closes the socket within `ms`, or null when it stays open. */
function closedWithin(ws: WebSocket, ms = 500): Promise<number | null> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve(-1);
    const timer = setTimeout(() => resolve(null), ms);
    ws.once("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe("connection caps configuration (finding 4)", () => {
  it("defaults to a few tabs per session and a few devices per user", () => {
    const config = parseConfig({ NODE_ENV: "test" });
    expect(config.COLLAB_MAX_CONNECTIONS_PER_SESSION).toBe(8);
    expect(config.COLLAB_MAX_CONNECTIONS_PER_USER).toBe(16);
    expect(config.COLLAB_MAX_CONNECTIONS_PER_DOCUMENT).toBe(500);
    expect(CloseCode.TooManyOwnConnections).toBe(4431);
  });
});

describe.each(testDrivers)("connection caps per user and per session on %s (finding 4)", (driver) => {
  let server: TestServer;
  let documentId: string;
  let url: string;
  const sockets: WebSocket[] = [];
  const connect = async (token: string) => {
    const { status, ws } = await rawConnect(url, { Authorization: `Bearer ${token}` });
    expect(status).toBe(101);
    sockets.push(ws!);
    return ws!;
  };

  beforeAll(async () => {
    server = await startTestServer(driver, {
      withPages: false,
      env: {
        COLLAB_MAX_CONNECTIONS_PER_DOCUMENT: "12",
        COLLAB_MAX_CONNECTIONS_PER_USER: "6",
        COLLAB_MAX_CONNECTIONS_PER_SESSION: "4",
      },
    });
    documentId = await strategyDocumentId(server.database.db, ZW);
    url = `${wsUrl(server.url)}/${documentId}`;
  });
  afterAll(async () => {
    for (const ws of sockets) ws.terminate();
    await server.stop();
  });

  it("a council member opening many sockets is refused with its own code; the coordinator still connects and edits", async () => {
    const db = server.database.db;
    const hogSessions = await Promise.all(Array.from({ length: 5 }, () => sessionTokenFor(db, `rada1@${ZW}.demo`)));
    const codes: (number | null)[] = [];
    for (const token of hogSessions) {
      for (let i = 0; i < 4; i++) codes.push(await closedWithin(await connect(token)));
    }
    // Six stay open (the per-user cap), every other one is told why.
    expect(codes.filter((c) => c === null)).toHaveLength(6);
    expect(codes.filter((c) => c !== null)).toEqual(Array(14).fill(CloseCode.TooManyOwnConnections));

    // Everyone else keeps working, from the same address (the cap is never per IP).
    const coordinator = openClient(server.url, documentId, await sessionTokenFor(db, `koordynator@${ZW}.demo`));
    const colleague = await connect(await sessionTokenFor(db, `rada2@${ZW}.demo`));
    try {
      await synced(coordinator);
      expect(await closedWithin(colleague)).toBeNull();
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText("Koordynatorka pracuje dalej.")]);
      coordinator.doc.getXmlFragment("s06").insert(0, [p]);
      await waitFor(() => coordinator.stats().acked > 0 && !coordinator.hasUnsavedChanges, 5000, "acknowledgement");
    } finally {
      coordinator.destroy();
      for (const ws of sockets.splice(0)) ws.terminate();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  it("caps one session (one browser) below the user's cap, and a closed tab frees its place", async () => {
    const token = await sessionTokenFor(server.database.db, `ekspert@${ZW}.demo`);
    const open: WebSocket[] = [];
    for (let i = 0; i < 4; i++) {
      const ws = await connect(token);
      expect(await closedWithin(ws)).toBeNull();
      open.push(ws);
    }
    const fifth = await connect(token);
    expect(await closedWithin(fifth)).toBe(CloseCode.TooManyOwnConnections);
    // The same person in another browser still gets in.
    const other = await connect(await sessionTokenFor(server.database.db, `ekspert@${ZW}.demo`));
    expect(await closedWithin(other)).toBeNull();
    open[0].close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await connect(token);
    expect(await closedWithin(again)).toBeNull();
  });
});
