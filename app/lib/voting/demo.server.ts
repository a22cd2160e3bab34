/**
 * Seeds the demo polls of db/demo (`demoPolls`, placed around the day of seeding) through the voting module:
 * Ziemia Wysokomazowiecka's open secret poll (its eleven council members eligible, with or without an account),
 * and Wiele gmin – jeden cel's closed open-ballot poll with its ballots, frozen result and adopted flagship.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { DEMO_PROJECTS, demoPolls, type DemoPoll, type PersonRef } from "../../../db/demo";
import { ballots, memberships, partnerships, pollCandidates, polls, pollVoters, projects, territorialUnits, users } from "../../../db/schema";
import { newReceipt } from "./ballots.server";
import { adoptWinner, closePoll } from "./polls.server";

export async function seedDemoPolls(db: Db, now = new Date(), list: DemoPoll[] = demoPolls(now)): Promise<void> {
  const accounts = new Map((await db.select({ id: users.id, email: users.email, name: users.name }).from(users)).map((u) => [u.email, u]));
  const who = (p: PersonRef) => ("email" in p ? { userId: accounts.get(p.email)?.id ?? null, name: accounts.get(p.email)?.name ?? p.email, represents: "" } : { userId: null, name: p.name, represents: p.institution });
  for (const demo of list) {
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, demo.partnership));
    if (!partnership) continue;
    const own = await db.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.partnershipId, partnership.id));
    const projectId = (key: string) => {
      const title = DEMO_PROJECTS[demo.partnership]?.find((p) => p.key === key)?.title;
      const id = own.find((p) => p.title === title)?.id;
      if (!id) throw new Error(`demo poll ${demo.key}: no project ${key}`);
      return id;
    };
    const coordinator = who({ email: `koordynator@${demo.partnership}.demo` });
    const opensAt = new Date(demo.opensAt);
    const [poll] = await db
      .insert(polls)
      .values({
        partnershipId: partnership.id,
        title: demo.title,
        description: plainText(demo.description),
        method: demo.method,
        secret: demo.secret,
        quorum: demo.quorum,
        status: "open",
        opensAt,
        closesAt: new Date(demo.closesAt),
        openedAt: opensAt,
        createdBy: coordinator.userId,
        createdAt: new Date(opensAt.getTime() - 3 * 86_400_000),
      })
      .returning();
    await db.insert(pollCandidates).values(demo.candidates.map((key, i) => ({ pollId: poll.id, projectId: projectId(key), position: i + 1 })));
    const seats = await db
      .select({ userId: memberships.userId, unit: territorialUnits.name })
      .from(memberships)
      .innerJoin(territorialUnits, eq(territorialUnits.teryt, memberships.representedTeryt))
      .where(eq(memberships.partnershipId, partnership.id));
    const voters = await db
      .insert(pollVoters)
      .values(demo.eligible.map((p) => {
        const person = who(p);
        return { pollId: poll.id, ...person, represents: person.represents || (seats.find((s) => s.userId === person.userId)?.unit ?? "") };
      }))
      .returning();
    const voterOf = (p: PersonRef) => voters.find((v) => v.name === who(p).name)!;
    for (const b of demo.ballots) {
      const voter = voterOf(b.voter);
      await db.update(pollVoters).set({ voted: true }).where(eq(pollVoters.id, voter.id));
      await db.insert(ballots).values({
        pollId: poll.id,
        secret: demo.secret,
        voterId: demo.secret ? null : voter.id,
        castAt: demo.secret ? null : new Date(b.castAt),
        receipt: newReceipt(),
        version: 1,
        choice: { choice: projectId(b.choice) },
      });
    }
    if (demo.status !== "closed") continue;
    await closePoll(db, poll.id, null, new Date(demo.closesAt));
    if (demo.outcome?.adoptedFlagship && coordinator.userId) {
      await adoptWinner(db, poll.id, coordinator.userId, new Date(demo.outcome.adoptedAt));
    }
  }
}

/** The demo description (ProseMirror JSON) as plain paragraphs. */
function plainText(json: unknown): string {
  const out: string[] = [];
  const inline = (n: { text?: string; content?: unknown[] }): string => n.text ?? (n.content ?? []).map((c) => inline(c as never)).join("");
  for (const block of ((json as { content?: unknown[] })?.content ?? []) as { text?: string; content?: unknown[] }[]) out.push(inline(block));
  return out.filter(Boolean).join("\n\n");
}
