import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { commentThreads } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { resolveAnchor } from "./anchor";
import { createThread, listThreads } from "./comments.server";
import { actorOf, demoStrategyWithText, DIAGNOSIS, email, passage } from "./test-helpers";

const PASSAGE = "dostępność transportu publicznego";

/**
 * What y-prosemirror does when the paragraph becomes a heading: the old element is deleted and a new one with
 * new characters (the same text) is inserted in its place. Both replicas garbage-collect, as the live ones do.
 */
function paragraphToHeading(ydoc: Y.Doc) {
  const fragment = ydoc.getXmlFragment("s02");
  ydoc.transact(() => {
    fragment.delete(0, 1);
    const heading = new Y.XmlElement("heading");
    heading.setAttribute("level", "2");
    heading.insert(0, [new Y.XmlText(DIAGNOSIS)]);
    fragment.insert(0, [heading]);
  });
}

describe.each(testDrivers)("a repaired anchor is stored for everyone on %s", (driver) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(() => database.close());

  it("stores the passage's context on listing, and the new positions once the paragraph became a heading", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const { threadId } = await createThread(db, doc, expert, passage(ydoc, PASSAGE, "Dodać dane o liniach."));
    const row = async () => (await db.select().from(commentThreads).where(eq(commentThreads.id, threadId)))[0]!;

    await listThreads(db, doc, { userId: expert.userId }, ydoc);
    const created = await row();
    expect(created.quotePrefix).toBe("cze rolnicze. Słabą stroną jest ");
    expect(created.quoteSuffix).toBe(" między gminami. Szansą jest wsp");

    paragraphToHeading(ydoc);
    expect(resolveAnchor(ydoc, "s02", created.anchorStart, created.anchorEnd)).toEqual({ status: "detached" });
    const [listed] = await listThreads(db, doc, { userId: expert.userId }, ydoc);
    expect(listed!.anchor).toMatchObject({ status: "attached", text: PASSAGE });

    const repaired = await row();
    expect(repaired.anchorStart).not.toEqual(created.anchorStart);
    expect(repaired.quote).toBe(PASSAGE);
    // Anyone resolving the stored positions now finds the passage directly, without the quote.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(ydoc));
    expect(resolveAnchor(fresh, "s02", repaired.anchorStart, repaired.anchorEnd)).toMatchObject({ status: "attached", text: PASSAGE });
    // Listing again changes nothing more.
    await listThreads(db, doc, { userId: expert.userId }, fresh);
    expect(await row()).toEqual(repaired);
  });
});
