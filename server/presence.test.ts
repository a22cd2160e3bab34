import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { openClient, sessionTokenFor, strategyDocumentId, synced, waitFor } from "./collab/test/clients";
import type { CollabClient } from "../app/lib/collab/client";
import { ROLE_COLOURS } from "../app/lib/collab/presence";

const SLUG = "ziemia-wysokomazowiecka";

/** One definition of role colours: the colour a page gives you is the one everyone else sees for you. */
describe.each(testDrivers)("presence colours (%s)", (driver) => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  it.each([
    ["expert", `ekspert@${SLUG}.demo`],
    ["council member", `rada1@${SLUG}.demo`],
    ["working-group member", `grupa@${SLUG}.demo`],
  ])("gives a(n) %s the same colour on their page as others see", async (_role, email) => {
    const db = server.database.db;
    const documentId = await strategyDocumentId(db, SLUG);
    const me = openClient(server.url, documentId, await sessionTokenFor(db, email));
    const other = openClient(server.url, documentId, await sessionTokenFor(db, `koordynator@${SLUG}.demo`));
    clients.push(me, other);
    await Promise.all([synced(me), synced(other)]);
    me.provider.awareness.setLocalStateField("user", { name: "ktoś", color: "#000000" });
    const seen = () =>
      [...other.provider.awareness.getStates().entries()].find(([id]) => id === me.doc.clientID)?.[1].user as { color?: string } | undefined;
    await waitFor(() => seen()?.color !== undefined, 3000, "presence seen by the other");
    const colourOthersSee = seen()!.color!;
    expect(Object.values(ROLE_COLOURS)).toContain(colourOthersSee);
    const page = await fetch(`${server.url}/w/${SLUG}/dokumenty/${documentId}`, { headers: { Cookie: await server.cookieFor(email) } });
    const html = await page.text();
    // The loader's own-presence colour is in the page data; no other role colour is.
    expect(html).toContain(colourOthersSee);
    for (const colour of Object.values(ROLE_COLOURS).filter((c) => c !== colourOthersSee)) expect(html).not.toContain(colour);
  });
});
