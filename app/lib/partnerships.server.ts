import { asc, eq, inArray } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client";
import { documents, partnershipUnits, partnerships, territorialUnits } from "../../db/schema";
import type { UnitKind } from "./enums";
import type { PartnershipResource } from "./policy";
import { compareTeryt, integrationType, mayBePartnershipMember, type IntegrationType } from "./teryt";

export interface NewPartnership {
  slug: string;
  name: string;
  voivodeshipTeryt: string;
  description?: string;
  memberTeryts: readonly string[];
}

/** Creates a partnership with its member JSTs and its territorial-strategy document. */
export async function createPartnership(db: Queryable, input: NewPartnership, strategyTitle = "Strategia terytorialna") {
  const invalid = input.memberTeryts.filter((code) => !mayBePartnershipMember(code));
  if (invalid.length > 0) throw new Error(`Not partnership members: ${invalid.join(", ")}`);
  return db.transaction(async (tx) => {
    const [partnership] = await tx
      .insert(partnerships)
      .values({
        slug: input.slug,
        name: input.name,
        voivodeshipTeryt: input.voivodeshipTeryt,
        description: input.description ?? "",
      })
      .returning();
    if (input.memberTeryts.length > 0) {
      await tx
        .insert(partnershipUnits)
        .values(input.memberTeryts.map((teryt) => ({ partnershipId: partnership.id, teryt })));
    }
    const [strategy] = await tx
      .insert(documents)
      .values({ partnershipId: partnership.id, kind: "strategy", title: strategyTitle })
      .returning();
    return { partnership, strategy };
  });
}

export interface PartnershipListItem {
  id: string;
  slug: string;
  name: string;
  voivodeship: { teryt: string; name: string };
  members: { teryt: string; name: string; kind: UnitKind }[];
  integrationType: IntegrationType | null;
}

/** The public list: every partnership with its voivodeship, member JSTs and derived integration type. */
export async function listPartnerships(db: Db): Promise<PartnershipListItem[]> {
  const rows = await db.select().from(partnerships).orderBy(asc(partnerships.name));
  if (rows.length === 0) return [];
  const units = await db
    .select({
      partnershipId: partnershipUnits.partnershipId,
      teryt: territorialUnits.teryt,
      name: territorialUnits.name,
      kind: territorialUnits.kind,
    })
    .from(partnershipUnits)
    .innerJoin(territorialUnits, eq(territorialUnits.teryt, partnershipUnits.teryt))
    .where(
      inArray(
        partnershipUnits.partnershipId,
        rows.map((r) => r.id),
      ),
    );
  const voivodeships = await db
    .select({ teryt: territorialUnits.teryt, name: territorialUnits.name })
    .from(territorialUnits)
    .where(
      inArray(
        territorialUnits.teryt,
        [...new Set(rows.map((r) => r.voivodeshipTeryt))],
      ),
    );
  const voivodeshipName = new Map(voivodeships.map((v) => [v.teryt, v.name]));
  return rows.map((row) => {
    const members = units
      .filter((u) => u.partnershipId === row.id)
      .map(({ teryt, name, kind }) => ({ teryt, name, kind }))
      .sort((a, b) => compareTeryt(a.teryt, b.teryt));
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      voivodeship: { teryt: row.voivodeshipTeryt, name: voivodeshipName.get(row.voivodeshipTeryt) ?? "" },
      members,
      integrationType: integrationType(members.map((m) => m.teryt)),
    };
  });
}

export async function getPartnershipById(db: Db, id: string | null) {
  if (!id) return null;
  const [row] = await db.select().from(partnerships).where(eq(partnerships.id, id));
  return row ?? null;
}

export async function getPartnershipBySlug(db: Db, slug: string) {
  const rows = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
  return rows[0] ?? null;
}

export type PartnershipRow = typeof partnerships.$inferSelect;

/** The partnership as the policy sees it. */
export function partnershipResource(partnership: Pick<PartnershipRow, "id" | "voivodeshipTeryt">): PartnershipResource {
  return { type: "partnership", partnershipId: partnership.id, voivodeshipTeryt: partnership.voivodeshipTeryt };
}

/** The guard's loader for everything under /w/:slug: the partnership and its resource, or null. */
export async function loadPartnership(db: Db, slug: string | undefined): Promise<{ resource: PartnershipResource; partnership: PartnershipRow } | null> {
  const partnership = slug ? await getPartnershipBySlug(db, slug) : null;
  return partnership ? { resource: partnershipResource(partnership), partnership } : null;
}
