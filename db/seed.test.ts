import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPartnerships } from "../app/lib/partnerships.server";
import { verifyPassword } from "../app/lib/auth/password.server";
import { searchDocuments } from "../app/lib/documents/search.server";
import { loadStoredYDoc } from "../app/lib/documents/store.server";
import { diffContents, getVersion, listVersions } from "../app/lib/documents/versions.server";
import { deriveDocument, deriveFromJson } from "../app/lib/editor/derive.server";
import type { PmJson } from "../app/lib/editor/text";
import { createDb } from "./client";
import { ZW_STRATEGY_V1, ZW_STRATEGY_V2 } from "./demo/strategy/ziemia-wysokomazowiecka";
import { DEMO_PASSWORD, demoAccounts, seedIfEmpty } from "./seed";
import { DEMO_STRATEGY_HISTORY, ZW_VERSION_1, ZW_VERSION_2 } from "./seed-strategy";
import { documents, documentUpdates, memberships, partnerships, territorialUnits, users } from "./schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "./test/test-db";

describe.each(testDrivers)("seed on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it("loads every unit of the TERYT register", async () => {
    const [{ n }] = await database.db.select({ n: count() }).from(territorialUnits);
    expect(n).toBe(2873);
  });

  it("creates the three Podlaskie pilot partnerships with their members and integration types", async () => {
    const list = await listPartnerships(database.db);
    const bySlug = Object.fromEntries(list.map((p) => [p.slug, p]));
    expect(Object.keys(bySlug).sort()).toEqual([
      "augustowsko-biebrzanski-park-turystyczny",
      "wiele-gmin-jeden-cel",
      "ziemia-wysokomazowiecka",
    ]);
    const zw = bySlug["ziemia-wysokomazowiecka"];
    expect(zw.members).toHaveLength(11);
    expect(zw.members[0]).toEqual({ teryt: "2013", name: "wysokomazowiecki", kind: "powiat" });
    expect(zw.integrationType).toBe("powiatowe_zintegrowane");
    expect(zw.voivodeship.name).toBe("podlaskie");
    expect(bySlug["wiele-gmin-jeden-cel"].members.map((m) => m.teryt)).toContain("2007013");
    expect(bySlug["wiele-gmin-jeden-cel"].integrationType).toBe("ponadpowiatowe_czesciowo_zintegrowane");
    expect(bySlug["augustowsko-biebrzanski-park-turystyczny"].integrationType).toBe("ponadpowiatowe_niezintegrowane");
  });

  it("gives every partnership its strategy document", async () => {
    const rows = await database.db.select().from(documents).where(eq(documents.kind, "strategy"));
    expect(rows).toHaveLength(3);
  });

  it("creates every demo account with the demo password and the right roles", async () => {
    for (const account of demoAccounts()) {
      const [user] = await database.db.select().from(users).where(eq(users.email, account.email));
      expect(user, account.email).toBeDefined();
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    const [rada1] = await database.db.select().from(users).where(eq(users.email, "rada1@ziemia-wysokomazowiecka.demo"));
    const [membership] = await database.db.select().from(memberships).where(eq(memberships.userId, rada1.id));
    expect(membership).toMatchObject({ role: "council_member", isChair: true, representedTeryt: "2013" });
    const [um] = await database.db.select().from(users).where(eq(users.email, "um@podlaskie.demo"));
    expect(um).toMatchObject({ globalRole: "marshal_assessor", voivodeshipTeryt: "20" });
  });

  async function strategyOf(slug: string) {
    const [row] = await database.db
      .select({ document: documents })
      .from(documents)
      .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
      .where(and(eq(partnerships.slug, slug), eq(documents.kind, "strategy")));
    return row.document;
  }

  it("writes the Ziemia Wysokomazowiecka strategy into the live document: all 14 sections, as the editor loads it", async () => {
    const strategy = await strategyOf("ziemia-wysokomazowiecka");
    // The collaboration server's own store loads it: two edits by demo accounts, version 1 then version 2.
    const ydoc = await loadStoredYDoc(database, strategy.id);
    const live = deriveDocument(ydoc, "strategy");
    expect(live.fields.map((f) => f.key)).toHaveLength(14);
    for (const field of live.fields) expect(field.text.split(/\s+/).length, field.key).toBeGreaterThan(100);
    expect(live.text).toBe(deriveFromJson("strategy", ZW_STRATEGY_V2).text);
    expect(live.text).not.toMatch(/lorem|ipsum/i);
    expect(live.html).toContain("<table");
    const log = await database.db.select().from(documentUpdates).where(eq(documentUpdates.documentId, strategy.id));
    const authors = await database.db.select({ id: users.id, email: users.email }).from(users);
    const emailOf = new Map(authors.map((u) => [u.id, u.email]));
    expect(log.map((row) => emailOf.get(row.userId!))).toEqual(DEMO_STRATEGY_HISTORY["ziemia-wysokomazowiecka"].map((s) => s.author));

    // Derived text, HTML and JSON are stored at once, so search finds the content before anyone opens it.
    expect(strategy.derivedText).toBe(live.text);
    expect(strategy.derivedHtml).toBe(live.html);
    const hits = await searchDocuments(database.db, strategy.partnershipId, "Mlekovita");
    expect(hits.map((h) => h.field)).toEqual(["s02"]);
  });

  it("keeps version 1 (for consultation) and version 2 (after it) as named versions with a meaningful difference", async () => {
    const strategy = await strategyOf("ziemia-wysokomazowiecka");
    const versions = await listVersions(database.db, strategy.id);
    expect(versions.map((v) => [v.name, v.authorName])).toEqual([
      [ZW_VERSION_2, "Piotr Urzędnik"],
      [ZW_VERSION_1, "Anna Koordynatorka"],
    ]);
    const [v2, v1] = await Promise.all(versions.map((v) => getVersion(database.db, strategy.id, v.id)));
    expect(v1!.text).toBe(deriveFromJson("strategy", ZW_STRATEGY_V1).text);
    expect(v2!.text).toBe(strategy.derivedText);
    const diff = diffContents("strategy", v1!.json as Record<string, PmJson>, v2!.json as Record<string, PmJson>);
    expect(diff.filter((d) => d.changed).map((d) => d.key)).toEqual(["s04", "s05", "s07", "s08", "s14"]);
    const added = (key: string) => diff.find((d) => d.key === key)!.parts.filter((p) => p.added).map((p) => p.value).join(" ");
    expect(added("s07")).toContain("Sołectwa z połączeniem transportu zbiorowego");
    expect(added("s14")).toContain("Zgłoszono 47 uwag");
  });

  it("gives the other partnerships a shorter draft: the first sections written, the rest still empty", async () => {
    for (const slug of ["wiele-gmin-jeden-cel", "augustowsko-biebrzanski-park-turystyczny"]) {
      const strategy = await strategyOf(slug);
      const fields = deriveDocument(await loadStoredYDoc(database, strategy.id), "strategy").fields;
      const written = fields.filter((f) => f.text.trim() !== "").map((f) => f.key);
      expect(written.length, slug).toBeGreaterThanOrEqual(3);
      expect(written.length, slug).toBeLessThanOrEqual(5);
      expect(written[0]).toBe("s01");
      expect(strategy.derivedText).toContain(fields[0].text);
      expect(await listVersions(database.db, strategy.id)).toEqual([]);
    }
  });

  it("does nothing on a database that already has data", async () => {
    const before = await database.db.select({ n: count() }).from(documentUpdates);
    expect(await seedIfEmpty(database.db)).toEqual({ teryt: false, demo: false });
    expect(await database.db.select({ n: count() }).from(documentUpdates)).toEqual(before);
  });
});

describe("seed without the demo (SEED_DEMO=false)", () => {
  it("loads the TERYT register but no partnership, account or document", async () => {
    const database = await createDb({ memory: true });
    try {
      expect(await seedIfEmpty(database.db, { demo: false })).toEqual({ teryt: true, demo: false });
      const [{ units }] = await database.db.select({ units: count() }).from(territorialUnits);
      expect(units).toBe(2873);
      for (const table of [partnerships, users, documents]) {
        expect(await database.db.select({ n: count() }).from(table)).toEqual([{ n: 0 }]);
      }
    } finally {
      await database.close();
    }
  });
});
