import { eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { comments, commentThreads } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { applyContent, deriveDocument, paragraphs } from "../editor/derive.server";
import type { PmJson } from "../editor/text";
import { hasTrigrams, searchDocuments, type SearchHit } from "./search.server";
import { type DocumentRow } from "./documents.server";
import { emptyStrategyPartnership } from "./test-fixtures";
import { appendStoredUpdate, loadStoredYDoc } from "./store.server";
import { onDocumentSettled } from "./versions.server";

function bulletList(...items: string[]): PmJson {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Zadania na lata 2026–2030:" }] },
      {
        type: "bulletList",
        content: items.map((text) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text }] }] })),
      },
    ],
  };
}

const STRATEGY = {
  s02: paragraphs(
    "Największym pracodawcą obszaru jest spółdzielnia mleczarska w Wysokiem Mazowieckiem.",
    "Sieć dróg gminnych wymaga przebudowy, zwłaszcza na odcinkach do szkół.",
  ),
  s05: bulletList("Rozbudowa żłobków w gminach wiejskich", "Szybkie połączenia autobusowe do Białegostoku", "Termomodernizacja szkół"),
  s06: paragraphs("Współpraca z partnerstwem Biała Podlaska w zakresie turystyki rowerowej."),
  s09: paragraphs("Drogi powiatowe i drogi gminne w OSI wymagają modernizacji; drogi dojazdowe do pól także."),
};

const fields = (hits: SearchHit[]) => hits.map((h) => (h.threadId ? `thread:${h.field}` : h.field));
const text = (hit: SearchHit) => hit.snippet.map((p) => p.text).join("");
const marked = (hit: SearchHit) => hit.snippet.filter((p) => p.match).map((p) => p.text);

describe.each(testDrivers)("Polish search on %s", (driver) => {
  let database: TestDatabase;
  let strategy: DocumentRow;
  let partnershipId: string;
  let authorId: string;

  beforeEach(async () => {
    database = await createTestDatabase(driver);
    ({ partnershipId, strategy, userId: authorId } = await emptyStrategyPartnership(database.db, "ekspert@ziemia-wysokomazowiecka.demo"));
    await write(STRATEGY);
  });
  afterEach(async () => {
    await database?.close();
  });

  /** Writes sections the way the collaboration server stores an edit, and lets the edits settle (derivation). */
  async function write(content: Record<string, PmJson>) {
    const ydoc = await loadStoredYDoc(database, strategy.id);
    const updates: Uint8Array[] = [];
    ydoc.on("update", (u: Uint8Array) => updates.push(u));
    applyContent(ydoc, "strategy", { ...deriveDocument(ydoc, "strategy").json, ...content });
    await appendStoredUpdate(database, strategy.id, Y.mergeUpdates(updates), authorId);
    await onDocumentSettled(database.db, strategy, await loadStoredYDoc(database, strategy.id), { intervalMs: 60_000 });
  }

  async function comment(field: string, ...bodies: string[]) {
    const [thread] = await database.db
      .insert(commentThreads)
      .values({ documentId: strategy.id, field, quote: "", createdBy: authorId })
      .returning();
    const rows = await database.db
      .insert(comments)
      .values(bodies.map((body) => ({ threadId: thread.id, authorId, body })))
      .returning();
    return { threadId: thread.id, commentIds: rows.map((r) => r.id) };
  }

  const search = (query: string) => searchDocuments(database.db, partnershipId, query);

  it("has trigram similarity on this database", async () => {
    expect(await hasTrigrams(database.db)).toBe(true);
  });

  it("finds other inflected forms: „mleczarskiej” finds „mleczarska”, „drogi” finds „dróg”", async () => {
    const mleczarskiej = await search("mleczarskiej");
    expect(fields(mleczarskiej)).toEqual(["s02"]);
    expect(marked(mleczarskiej[0]!)).toEqual(["mleczarska"]);

    const drogi = await search("drogi");
    // The section with the very form typed (three times) first, then the one with another form of the word.
    expect(fields(drogi)).toEqual(["s09", "s02"]);
    expect(marked(drogi[1]!)).toEqual(["dróg"]);
    expect(fields(await search("dróg"))).toEqual(["s02", "s09"]);
  });

  it("finds a city name in another case by trigram similarity: „Białystok” finds „Białegostoku”, not „Biała”", async () => {
    const hits = await search("Białystok");
    expect(fields(hits)).toEqual(["s05"]);
    expect(marked(hits[0]!)).toEqual(["Białegostoku"]);
    expect(fields(await search("Białymstoku"))).toEqual(["s05"]);
  });

  it("finds words typed without Polish letters: „zlobkow” finds „żłobków”", async () => {
    const hits = await search("zlobkow");
    expect(fields(hits)).toEqual(["s05"]);
    expect(marked(hits[0]!)).toEqual(["żłobków"]);
    expect(fields(await search("ZLOBKOW w gminach"))).toEqual(["s05"]);
  });

  it("needs every word of the query, and ranks the section with all of them close together first", async () => {
    expect(fields(await search("drogi szkół"))).toEqual(["s02"]);
    expect(fields(await search("drogi kolej"))).toEqual([]);
    expect(await search("x")).toEqual([]);
    expect(await search("100%_ '\" & | ! :*")).toEqual([]);
  });

  it("keeps list items apart in snippets", async () => {
    const [hit] = await search("żłobków");
    expect(text(hit!)).toBe(
      "Zadania na lata 2026–2030:\nRozbudowa żłobków w gminach wiejskich\nSzybkie połączenia autobusowe do Białegostoku\nTermomodernizacja szkół",
    );
    expect(hit!.snippet.filter((p) => p.text === "\n")).toHaveLength(3);
  });

  it("searches comments too, showing the thread's document and section, and forgets deleted ones", async () => {
    const { threadId, commentIds } = await comment("s02", "Brakuje danych o przetwórstwie mleczarskim.", "Dodam dane z GUS o skupie mleka.");
    const hits = await search("mleczarskie");
    expect(fields(hits)).toEqual(expect.arrayContaining(["s02", "thread:s02"]));
    const hit = hits.find((h) => h.threadId === threadId)!;
    expect(hit).toMatchObject({ documentId: strategy.id, documentTitle: strategy.title, field: "s02" });
    expect(marked(hit)).toEqual(["mleczarskim"]);
    expect(fields(await search("skup mleka"))).toEqual(["thread:s02"]);

    // Replies, edits and deletions reach the index on the next search.
    await database.db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, commentIds[1]!));
    expect(await search("skup mleka")).toEqual([]);
    await comment("s05", "Czy żłobki obejmą też gminę Ciechanowiec?");
    expect(fields(await search("Ciechanowiec"))).toEqual(["thread:s05"]);
    expect(fields(await search("ciechanowca"))).toEqual(["thread:s05"]);
  });

  it("follows edits: words taken out are no longer found, new ones are", async () => {
    expect(fields(await search("termomodernizacja"))).toEqual(["s05"]);
    await write({ s05: paragraphs("Budowa świetlic wiejskich.") });
    expect(await search("termomodernizacji")).toEqual([]);
    expect(fields(await search("świetlica"))).toEqual(["s05"]);
  });

  it("shows only what the searcher may read", async () => {
    await comment("s02", "Uwaga o drogach gminnych.");
    expect(await searchDocuments(database.db, partnershipId, "drogi", { canRead: (kind) => kind !== "strategy" })).toEqual([]);
  });
});

describe.each(testDrivers)("search without pg_trgm on %s", (driver) => {
  it("still finds inflected forms and words without Polish letters, only not stem alternations", async () => {
    const database = await createTestDatabase(driver);
    try {
      const db = database.db;
      await db.execute(sql`drop extension pg_trgm`);
      expect(await hasTrigrams(db)).toBe(false);
      const { partnershipId: pid, strategy } = await emptyStrategyPartnership(db, "ekspert@ziemia-wysokomazowiecka.demo");
      const ydoc = await loadStoredYDoc(database, strategy.id);
      const updates: Uint8Array[] = [];
      ydoc.on("update", (u: Uint8Array) => updates.push(u));
      applyContent(ydoc, "strategy", { ...deriveDocument(ydoc, "strategy").json, ...STRATEGY });
      await appendStoredUpdate(database, strategy.id, Y.mergeUpdates(updates), null);
      await onDocumentSettled(db, strategy, await loadStoredYDoc(database, strategy.id), { intervalMs: 60_000 });
      expect(fields(await searchDocuments(db, pid, "zlobkow"))).toEqual(["s05"]);
      expect(fields(await searchDocuments(db, pid, "mleczarskiej"))).toEqual(["s02"]);
      expect(await searchDocuments(db, pid, "Białystok")).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
