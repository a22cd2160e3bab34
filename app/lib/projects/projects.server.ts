import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import {
  partnershipUnits,
  projectContributions,
  projectFundingSources,
  projectIndicators,
  projectPartners,
  projectRisks,
  projects,
  territorialUnits,
  users,
} from "../../../db/schema";
import { isUuid } from "../ids";
import { checkCosts } from "./costs";
import { createProjectDocuments } from "./project-documents.server";
import type { FicheInput } from "./fiche-schema";
import { groszeToInput } from "./money";

/** A transaction or the database: helpers take either. */
export type Conn = Queryable;

export type ProjectRow = typeof projects.$inferSelect;

export interface Fiche {
  project: ProjectRow;
  partnerTeryts: string[];
  contributions: { teryt: string; amount: number }[];
  fundingSources: { name: string; amount: number }[];
  indicators: (Omit<typeof projectIndicators.$inferSelect, "id" | "projectId" | "position">)[];
  risks: (Omit<typeof projectRisks.$inferSelect, "id" | "projectId" | "position">)[];
  updatedByName: string | null;
}

/** A field-by-field refusal of a save; `path` is the form field (Conform path). */
export class FicheRejected extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  }
}

export async function memberTerytsOf(db: Conn, partnershipId: string): Promise<string[]> {
  const rows = await db.select({ teryt: partnershipUnits.teryt }).from(partnershipUnits).where(eq(partnershipUnits.partnershipId, partnershipId));
  return rows.map((r) => r.teryt);
}

/** Member JSTs with names, for pickers (by name, with the TERYT code beside). */
export async function memberUnits(db: Conn, partnershipId: string) {
  return db
    .select({ teryt: territorialUnits.teryt, name: territorialUnits.name, kind: territorialUnits.kind })
    .from(partnershipUnits)
    .innerJoin(territorialUnits, eq(territorialUnits.teryt, partnershipUnits.teryt))
    .where(eq(partnershipUnits.partnershipId, partnershipId))
    .orderBy(asc(territorialUnits.teryt));
}

/** The project of this partnership, or null (unknown, malformed id, or another partnership's). */
export async function getProject(db: Conn, partnershipId: string, projectId: string): Promise<ProjectRow | null> {
  if (!isUuid(projectId)) return null;
  const [row] = await db.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.partnershipId, partnershipId)));
  return row ?? null;
}

export async function getFiche(db: Conn, partnershipId: string, projectId: string): Promise<Fiche | null> {
  const project = await getProject(db, partnershipId, projectId);
  if (!project) return null;
  const [partners, contributions, funding, indicators, risks, editor] = await Promise.all([
    db.select({ teryt: projectPartners.teryt }).from(projectPartners).where(eq(projectPartners.projectId, project.id)).orderBy(asc(projectPartners.teryt)),
    db
      .select({ teryt: projectContributions.teryt, amount: projectContributions.amount })
      .from(projectContributions)
      .where(eq(projectContributions.projectId, project.id))
      .orderBy(asc(projectContributions.teryt)),
    db
      .select({ name: projectFundingSources.name, amount: projectFundingSources.amount })
      .from(projectFundingSources)
      .where(eq(projectFundingSources.projectId, project.id))
      .orderBy(asc(projectFundingSources.position)),
    db.select().from(projectIndicators).where(eq(projectIndicators.projectId, project.id)).orderBy(asc(projectIndicators.position)),
    db.select().from(projectRisks).where(eq(projectRisks.projectId, project.id)).orderBy(asc(projectRisks.position)),
    project.updatedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, project.updatedBy)) : Promise.resolve([]),
  ]);
  return {
    project,
    partnerTeryts: partners.map((p) => p.teryt),
    contributions,
    fundingSources: funding,
    indicators: indicators.map(({ id: _id, projectId: _p, position: _pos, ...rest }) => rest),
    risks: risks.map(({ id: _id, projectId: _p, position: _pos, ...rest }) => rest),
    updatedByName: editor[0]?.name ?? null,
  };
}

/** Members-only check of every JST the fiche names, and the cost rules (the server's last word). */
async function checkFiche(db: Conn, partnershipId: string, input: FicheInput) {
  const members = new Set(await memberTerytsOf(db, partnershipId));
  const issues: { path: string; message: string }[] = [];
  if (!members.has(input.leadTeryt)) issues.push({ path: "leadTeryt", message: "projects:validation.notMember" });
  input.partnerTeryts.forEach((t, i) => {
    if (!members.has(t)) issues.push({ path: `partnerTeryts[${i}]`, message: "projects:validation.notMember" });
  });
  for (const issue of checkCosts(input, members)) issues.push({ path: issue.path, message: `projects:validation.${issue.code}` });
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    issues.push({ path: "endDate", message: "projects:validation.endBeforeStart" });
  }
  if (issues.length > 0) throw new FicheRejected(issues);
}

function columns(input: FicheInput) {
  return {
    title: input.title,
    type: input.type,
    area: input.area,
    status: input.status,
    goal: input.goal,
    direction: input.direction,
    leadTeryt: input.leadTeryt,
    otherPartners: input.otherPartners,
    location: input.location,
    problem: input.problem,
    targetGroups: input.targetGroups,
    scope: input.scope,
    beyondOneGmina: input.beyondOneGmina,
    moreThanOneProblem: input.moreThanOneProblem,
    moreThanOneGroup: input.moreThanOneGroup,
    moreThanOnePotential: input.moreThanOnePotential,
    totalCost: input.totalCost,
    eligibleCost: input.eligibleCost,
    ownShare: input.ownShare,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
  };
}

async function writeChildren(tx: Conn, project: Pick<ProjectRow, "id" | "partnershipId">, input: FicheInput) {
  const projectId = project.id;
  const partnershipId = project.partnershipId;
  await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
  await tx.delete(projectContributions).where(eq(projectContributions.projectId, projectId));
  await tx.delete(projectFundingSources).where(eq(projectFundingSources.projectId, projectId));
  await tx.delete(projectIndicators).where(eq(projectIndicators.projectId, projectId));
  await tx.delete(projectRisks).where(eq(projectRisks.projectId, projectId));
  const partners = [...new Set(input.partnerTeryts)].filter((t) => t !== input.leadTeryt);
  if (partners.length) await tx.insert(projectPartners).values(partners.map((teryt) => ({ projectId, partnershipId, teryt })));
  if (input.contributions.length) {
    await tx.insert(projectContributions).values(input.contributions.map((c) => ({ projectId, partnershipId, teryt: c.teryt, amount: c.amount })));
  }
  if (input.fundingSources.length) {
    await tx.insert(projectFundingSources).values(input.fundingSources.map((f, position) => ({ projectId, position, ...f })));
  }
  if (input.indicators.length) await tx.insert(projectIndicators).values(input.indicators.map((x, position) => ({ projectId, position, ...x })));
  if (input.risks.length) await tx.insert(projectRisks).values(input.risks.map((x, position) => ({ projectId, position, ...x })));
}

/** Creates a fiche with its description and feasibility-analysis documents. Throws FicheRejected. */
export async function createProject(db: Db, partnershipId: string, input: FicheInput, userId: string | null): Promise<ProjectRow> {
  return db.transaction(async (tx) => {
    await checkFiche(tx, partnershipId, input);
    const [project] = await tx
      .insert(projects)
      .values({ partnershipId, ...columns(input), createdBy: userId, updatedBy: userId })
      .returning();
    await writeChildren(tx, project, input);
    await createProjectDocuments(tx, project, ["project_description", "feasibility_analysis"]);
    return project;
  });
}

export type SaveResult =
  | { status: "saved"; project: ProjectRow }
  | { status: "conflict"; current: Fiche }
  | { status: "missing" };

/**
 * Saves a fiche only if nobody saved it since `expectedVersion` was read: the row version is compared and
 * raised in one UPDATE, so of two saves of the same version exactly one wins. The loser changes nothing and
 * gets the current fiche (the other person's values) back. Throws FicheRejected for invalid input.
 */
export async function updateProject(
  db: Db,
  partnershipId: string,
  projectId: string,
  expectedVersion: number,
  input: FicheInput,
  userId: string | null,
): Promise<SaveResult> {
  const result = await db.transaction(async (tx): Promise<SaveResult | { status: "stale" }> => {
    await checkFiche(tx, partnershipId, input);
    if (!isUuid(projectId)) return { status: "missing" };
    const [project] = await tx
      .update(projects)
      .set({ ...columns(input), updatedBy: userId, updatedAt: new Date(), rowVersion: sql`${projects.rowVersion} + 1` })
      .where(and(eq(projects.id, projectId), eq(projects.partnershipId, partnershipId), eq(projects.rowVersion, expectedVersion)))
      .returning();
    if (!project) return { status: "stale" };
    await writeChildren(tx, project, input);
    return { status: "saved", project };
  });
  if (result.status !== "stale") return result;
  const current = await getFiche(db, partnershipId, projectId);
  return current ? { status: "conflict", current } : { status: "missing" };
}

/** The fiche's descriptive fields, as stored: what the fiche page shows and the form edits. */
export function ficheTexts(fiche: Fiche) {
  const p = fiche.project;
  return {
    type: p.type,
    area: p.area,
    status: p.status,
    goal: p.goal,
    direction: p.direction,
    leadTeryt: p.leadTeryt,
    partnerTeryts: fiche.partnerTeryts,
    otherPartners: p.otherPartners,
    location: p.location,
    problem: p.problem,
    targetGroups: p.targetGroups,
    scope: p.scope,
  };
}

/** A fiche as the form's fields (text, as typed): default values, and "their values" in a conflict. */
export function ficheFormValues(fiche: Fiche) {
  const p = fiche.project;
  return {
    version: String(p.rowVersion),
    title: p.title,
    ...ficheTexts(fiche),
    beyondOneGmina: p.beyondOneGmina ? "on" : "",
    moreThanOneProblem: p.moreThanOneProblem ? "on" : "",
    moreThanOneGroup: p.moreThanOneGroup ? "on" : "",
    moreThanOnePotential: p.moreThanOnePotential ? "on" : "",
    totalCost: groszeToInput(p.totalCost),
    eligibleCost: groszeToInput(p.eligibleCost),
    ownShare: groszeToInput(p.ownShare),
    contributions: fiche.contributions.map((c) => ({ teryt: c.teryt, amount: groszeToInput(c.amount) })),
    fundingSources: fiche.fundingSources.map((f) => ({ name: f.name, amount: groszeToInput(f.amount) })),
    indicators: fiche.indicators.map((i) => ({ ...i, baseline: trimDecimal(i.baseline), target: trimDecimal(i.target), year: String(i.year) })),
    risks: fiche.risks,
    startDate: p.startDate ?? "",
    endDate: p.endDate ?? "",
  };
}
export type FicheFormValues = ReturnType<typeof ficheFormValues>;

/** "12.5000" → "12,5" (Polish decimal comma, no trailing zeros). */
function trimDecimal(value: string): string {
  return value.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "").replace(".", ",");
}

/** Ids of the partnership's projects (for checks that a set of ids belongs to it). */
export async function projectIdsIn(db: Conn, partnershipId: string, ids: readonly string[]): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Set();
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.partnershipId, partnershipId), inArray(projects.id, valid)));
  return new Set(rows.map((r) => r.id));
}
