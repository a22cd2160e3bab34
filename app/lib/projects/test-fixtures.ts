import { eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { Db, DbKind } from "../../../db/client";
import { partnerships, users } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../../db/test/test-db";
import type { FicheInput } from "./fiche-schema";

/** The demo partnership and accounts the project tests work in (seeded into every test database). */
export async function zwContext(db: Db) {
  const [zw] = await db.select().from(partnerships).where(eq(partnerships.slug, "ziemia-wysokomazowiecka"));
  const [other] = await db.select().from(partnerships).where(eq(partnerships.slug, "wiele-gmin-jeden-cel"));
  const user = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
  return {
    zw,
    other,
    grupa: await user("grupa@ziemia-wysokomazowiecka.demo"),
    rada2: await user("rada2@ziemia-wysokomazowiecka.demo"),
    koordynator: await user("koordynator@ziemia-wysokomazowiecka.demo"),
  };
}

/** For a describe block: a fresh test database for the block and the demo context in it (`suite.database`, `suite.ctx`). */
export function zwSuite(driver: DbKind) {
  const suite = {} as { database: TestDatabase; ctx: Awaited<ReturnType<typeof zwContext>> };
  beforeAll(async () => {
    suite.database = await createTestDatabase(driver);
    suite.ctx = await zwContext(suite.database.db);
  });
  afterAll(() => suite.database.close());
  return suite;
}

/** A valid fiche of Ziemia Wysokomazowiecka (members 2013, 2013011, 2013023 …). */
export function sampleFiche(over: Partial<FicheInput> = {}): FicheInput {
  return {
    title: "Termomodernizacja szkół powiatu",
    type: "strategic",
    area: "environmental",
    status: "draft",
    goal: "CS3",
    direction: "K3.2.2",
    leadTeryt: "2013",
    partnerTeryts: ["2013011"],
    otherPartners: "",
    location: "Wysokie Mazowieckie",
    problem: "Wysokie koszty ogrzewania",
    targetGroups: "Uczniowie",
    scope: "Docieplenie 4 budynków",
    beyondOneGmina: true,
    moreThanOneProblem: false,
    moreThanOneGroup: false,
    moreThanOnePotential: false,
    totalCost: 1_000_000_00,
    eligibleCost: 900_000_00,
    ownShare: 150_000_00,
    contributions: [
      { teryt: "2013", amount: 100_000_00 },
      { teryt: "2013011", amount: 50_000_00 },
    ],
    fundingSources: [{ name: "FEP Podlaskie", amount: 765_000_00 }],
    indicators: [{ kind: "output", name: "Docieplone budynki", unit: "szt.", baseline: "0", target: "4", year: 2028, source: "protokoły" }],
    risks: [{ description: "Wzrost cen", likelihood: "medium", impact: "medium", mitigation: "Rezerwa" }],
    startDate: "2027-01-01",
    endDate: "2028-12-31",
    ...over,
  };
}
