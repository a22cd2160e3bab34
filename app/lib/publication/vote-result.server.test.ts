import { and, eq } from "drizzle-orm";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partnerships, polls, users } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { castBallot } from "../voting/ballots.server";
import { candidatesOf, closePoll } from "../voting/polls.server";
import { PUBLICATION_KIND_DEFS } from "./kinds.server";
import { publicationFile } from "./print.server";
import { currentPhase } from "./public.server";
import { publish } from "./publications.server";

describe.each(testDrivers)("vote results as a publication (%s)", (driver) => {
  let database: TestDatabase;
  const partnership = async (slug: string) => (await database.db.select().from(partnerships).where(eq(partnerships.slug, slug)))[0]!;
  const userId = async (email: string) => (await database.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it("publishes a closed open-ballot poll with its ranking, the adopted flagship and who voted how, as a page and a PDF", async () => {
    const wgjc = await partnership("wiele-gmin-jeden-cel");
    const candidates = await PUBLICATION_KIND_DEFS.vote_result.candidates(database.db, wgjc.id);
    expect(candidates).toHaveLength(1);
    const row = await publish(database.db, {
      partnership: wgjc,
      kind: "vote_result",
      subjectId: candidates[0].subjectId,
      sourceId: null,
      userId: await userId("koordynator@wiele-gmin-jeden-cel.demo"),
    });
    expect(row).not.toBeNull();
    expect(row!.html).toContain("Wynik głosowania");
    expect(row!.html).toContain("Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne");
    expect(row!.html).toContain("Głosy imienne");
    const parser = new PDFParse({ data: await publicationFile(row!, wgjc, "pdf") });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("Wyniki według projektów");
    expect(text).toContain("Głosy imienne");
  });

  it("publishes a secret poll's result without a single voter's name; open and other partnerships' polls are refused", async () => {
    const zw = await partnership("ziemia-wysokomazowiecka");
    const [poll] = await database.db.select().from(polls).where(and(eq(polls.partnershipId, zw.id), eq(polls.status, "open")));
    const coordinator = await userId("koordynator@ziemia-wysokomazowiecka.demo");
    const publishIt = (p: { id: string; slug: string }) =>
      publish(database.db, { partnership: p, kind: "vote_result", subjectId: poll.id, sourceId: null, userId: coordinator });
    expect(await publishIt(zw)).toBeNull(); // still open

    const voters = await database.db.select().from(users).where(eq(users.email, "rada1@ziemia-wysokomazowiecka.demo"));
    const [first] = await candidatesOf(database.db, poll.id);
    await castBallot(database.db, poll.id, voters[0].id, { ballot: { choice: first.id } });
    await closePoll(database.db, poll.id, coordinator);

    expect(await publishIt(await partnership("wiele-gmin-jeden-cel"))).toBeNull();
    const row = (await publishIt(zw))!;
    expect(row.html).toContain("głosowanie tajne");
    expect(row.html).not.toContain("Głosy imienne");
    expect(row.html).not.toContain(voters[0].name);
    expect(JSON.stringify(row.content)).not.toContain(voters[0].name);
    expect((row.content as { ballots: unknown }).ballots).toBeNull();
  });

  it("shows the current phase of the partnership's plan", async () => {
    expect(await currentPhase(database.db, (await partnership("ziemia-wysokomazowiecka")).id)).toBe("strategic");
  });
});
