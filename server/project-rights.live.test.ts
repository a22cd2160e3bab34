import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../db/test/test-db";
import type { CollabClient } from "../app/lib/collab/client";
import { openClient, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./collab/test/clients";
import { startTestServer, type TestServer } from "./test/test-server";

const SLUG = "ziemia-wysokomazowiecka";

/** The editing-rights setting reaches sockets that are already open, through the collaboration re-check. */
describe.each(testDrivers)("editing rights on open websockets (%s)", (driver) => {
  let server: TestServer;
  let documentId: string;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startTestServer(driver);
    documentId = await strategyDocumentId(server.database.db, SLUG);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  const open = async (email: string) => {
    const client = openClient(server.url, documentId, await sessionTokenFor(server.database.db, email));
    clients.push(client);
    await synced(client);
    return client;
  };
  const setStrategyEditors = async (roles: string[]) => {
    const body = new URLSearchParams();
    for (const role of roles) body.append("strategy", role);
    for (const role of ["working_group_member", "council_member"]) body.append("fiches", role);
    for (const role of ["working_group_member", "council_member", "expert"]) body.append("analyses", role);
    const response = await fetch(`${server.url}/w/${SLUG}/uprawnienia`, {
      method: "POST",
      redirect: "manual",
      body,
      headers: { Cookie: await server.cookieFor(`koordynator@${SLUG}.demo`), Origin: server.url },
    });
    expect(response.status).toBe(302);
  };

  it("a council member's open editor starts and stops editing the strategy as the coordinator changes the setting", async () => {
    const council = await open(`rada1@${SLUG}.demo`);
    // A second socket of the council, open all along, that has not tried to edit yet (a dropped edit would
    // leave its Y.Doc ahead of the server's until it reconnects).
    const later = await open(`rada1@${SLUG}.demo`);
    const watcher = await open(`koordynator@${SLUG}.demo`);
    // The demo partnership keeps the strategy to the working group: the council's edits are dropped.
    const sent = council.stats().sent;
    council.doc.getMap("probe").set("before", 1);
    await waitFor(() => council.stats().acked > sent, 3000, "the dropped update is answered");
    expect(watcher.doc.getMap("probe").has("before")).toBe(false);

    await setStrategyEditors(["working_group_member", "council_member"]);
    // Within the re-check interval (2 s), without reconnecting, the open socket may edit.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    later.doc.getMap("probe").set("after", 1);
    await waitFor(() => watcher.doc.getMap("probe").get("after") === 1, 3000, "the council's edit reaches others once granted");

    await setStrategyEditors(["working_group_member"]);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const sentAgain = later.stats().sent;
    later.doc.getMap("probe").set("withdrawn", 1);
    await waitFor(() => later.stats().acked > sentAgain, 3000, "the dropped update is answered");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.doc.getMap("probe").has("withdrawn")).toBe(false);
  });
});
