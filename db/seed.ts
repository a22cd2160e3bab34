import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { hashPassword } from "../app/lib/auth/password.server";
import { createPartnership } from "../app/lib/partnerships.server";
import type { Db } from "./client";
import demoPartnerships from "./demo/partnerships.json";
import { isOneOf, UNIT_KINDS, type DocumentKind, type PartnershipRole, type UnitKind } from "./enums";
import { memberships, partnerships, territorialUnits, users } from "./schema";

export const TERYT_FILE = new URL("./data/teryt-terc-2024-01-01.tsv", import.meta.url);
export const DEMO_PASSWORD = "wspolnie-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  description: string;
}

export interface DemoPartnership {
  slug: string;
  name: string;
  description: string;
  /** Member codes: powiats and gminas; a trailing "*" means every gmina of that powiat. */
  members: string[];
  people: {
    local: string;
    name: string;
    role: PartnershipRole;
    represents?: string;
    chair?: boolean;
  }[];
}

/** The demo partnerships with their members and people with accounts (db/demo holds their content). */
export const DEMO_PARTNERSHIPS = demoPartnerships as DemoPartnership[];

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  for (const p of DEMO_PARTNERSHIPS) {
    for (const person of p.people) {
      accounts.push({
        email: `${person.local}@${p.slug}.demo`,
        name: person.name,
        description: `${person.role}${person.chair ? " (chair)" : ""} — ${p.name}`,
      });
    }
  }
  accounts.push({ email: "um@podlaskie.demo", name: "Urząd Marszałkowski Podlaskie", description: "marshal_assessor — 20" });
  accounts.push({ email: "admin@mfipr.demo", name: "Administrator MFiPR", description: "ministry_admin" });
  accounts.push(
    { email: "um@warminsko-mazurskie.demo", name: "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego", description: "marshal_assessor — 28" },
    { email: "wnioskodawca@nabor.demo", name: "Tomasz Wnioskodawca", description: "applicant — four forms in warmińsko-mazurskie" },
  );
  return accounts;
}

export function readTerytRegister(): { teryt: string; name: string; kind: UnitKind; parentTeryt: string | null }[] {
  return readFileSync(TERYT_FILE, "utf8")
    .split("\n")
    .filter((line) => /^\d/.test(line))
    .map((line) => {
      const [teryt, name, kind, parent] = line.split("\t");
      if (!isOneOf(UNIT_KINDS, kind)) throw new Error(`TERYT register: unknown unit kind ${kind} of ${teryt}`);
      return { teryt, name, kind, parentTeryt: parent?.trim() || null };
    });
}

export async function seedTeryt(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(territorialUnits);
  if (n > 0) return false;
  const units = readTerytRegister();
  for (let i = 0; i < units.length; i += 500) {
    await db.insert(territorialUnits).values(units.slice(i, i + 500));
  }
  return true;
}

/**
 * Loads the TERYT register into an empty database and, unless `demo` is false (SEED_DEMO=false), the demo
 * partnerships, accounts and strategy drafts — only when no partnership exists yet, so it runs once.
 */
export async function seedIfEmpty(db: Db, options: { demo?: boolean } = {}): Promise<{ teryt: boolean; demo: boolean }> {
  const teryt = await seedTeryt(db);
  if (options.demo === false) return { teryt, demo: false };
  const [{ n }] = await db.select({ n: count() }).from(partnerships);
  if (n > 0) return { teryt, demo: false };
  const seeders = await loadDemoSeeders();
  await seedDemo(db, seeders);
  await seeders.seedDemoProjects(db);
  // The sessions of db/demo (a closed one with approved minutes and a planned one per partnership), after the
  // projects their agenda items link to.
  await seeders.seedDemoMeetings(db);
  // The polls of db/demo over the projects: Ziemia Wysokomazowiecka's open secret flagship vote, Wiele gmin – jeden cel's closed one.
  await seeders.seedDemoPolls(db);
  // Selection: the pilot call that chose the Podlaskie partnerships, and a current call (issue #16).
  await seeders.seedDemoSelection(db);
  // The demo's public pages: ZW's strategy versions 1 and 2 and its project package, published.
  await seeders.seedDemoPublications(db);
  return { teryt, demo: true };
}

/**
 * The demo's content and the code that writes it: loaded only when seeding (the editor schema, Yjs, the DOM used
 * to derive text — none of it is needed to start an existing database). Loading them is a second of the main
 * thread's CPU, so `server/start.ts` calls this while a new embedded database initialises in its worker thread.
 */
export async function loadDemoSeeders() {
  const [strategy, projects, sessions, voting, selection, publication, passwordHash] = await Promise.all([
    import("./seed-strategy"),
    import("./seed-projects"),
    import("../app/lib/sessions/demo.server"),
    import("../app/lib/voting/demo.server"),
    import("../app/lib/selection/demo.server"),
    import("./seed-publication"),
    demoPasswordHash(),
  ]);
  return {
    passwordHash,
    DEMO_STRATEGY_HISTORY: strategy.DEMO_STRATEGY_HISTORY,
    seedStrategyDocument: strategy.seedStrategyDocument,
    seedDemoProjects: projects.seedDemoProjects,
    seedDemoMeetings: sessions.seedDemoMeetings,
    seedDemoPolls: voting.seedDemoPolls,
    seedDemoSelection: selection.seedDemoSelection,
    seedDemoPublications: publication.seedDemoPublications,
  };
}

let demoHash: Promise<string> | null = null;
/** One argon2id hash of the demo password per process (every demo account shares it). */
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  demoHash.catch(() => (demoHash = null));
  return demoHash;
}

async function seedDemo(db: Db, seeders: Awaited<ReturnType<typeof loadDemoSeeders>>): Promise<void> {
  const units = readTerytRegister();
  const { passwordHash } = seeders;
  const expand = (codes: string[]) =>
    codes.flatMap((code) =>
      code.endsWith("*") ? units.filter((u) => u.parentTeryt === code.slice(0, -1)).map((u) => u.teryt) : [code],
    );
  const userIds = new Map<string, string>();
  const strategies: { slug: string; document: { id: string; kind: DocumentKind } }[] = [];
  for (const p of DEMO_PARTNERSHIPS) {
    const { partnership, strategy } = await createPartnership(db, {
      slug: p.slug,
      name: p.name,
      description: p.description,
      voivodeshipTeryt: "20",
      memberTeryts: expand(p.members),
    });
    strategies.push({ slug: p.slug, document: strategy });
    for (const person of p.people) {
      const [user] = await db
        .insert(users)
        .values({ email: `${person.local}@${p.slug}.demo`, name: person.name, passwordHash })
        .returning();
      userIds.set(user.email, user.id);
      await db.insert(memberships).values({
        userId: user.id,
        partnershipId: partnership.id,
        role: person.role,
        representedTeryt: person.represents ?? null,
        isChair: person.chair ?? false,
      });
    }
  }
  await db.insert(users).values([
    {
      email: "um@podlaskie.demo",
      name: "Urząd Marszałkowski Województwa Podlaskiego",
      passwordHash,
      globalRole: "marshal_assessor",
      voivodeshipTeryt: "20",
    },
    { email: "admin@mfipr.demo", name: "Administrator MFiPR", passwordHash, globalRole: "ministry_admin" },
  ]);
  const { DEMO_STRATEGY_HISTORY, seedStrategyDocument } = seeders;
  for (const { slug, document } of strategies) {
    await seedStrategyDocument(db, document, DEMO_STRATEGY_HISTORY[slug] ?? [], userIds);
  }
}
