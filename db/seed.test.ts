import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPartnerships } from "../app/lib/partnerships.server";
import { verifyPassword } from "../app/lib/auth/password.server";
import { DEMO_PASSWORD, demoAccounts, seedIfEmpty } from "./seed";
import { documents, memberships, territorialUnits, users } from "./schema";
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

  it("does nothing on a database that already has data", async () => {
    expect(await seedIfEmpty(database.db)).toEqual({ teryt: false, demo: false });
  });
});
