import { groszeToPln } from "./money";
import type { PackageRow } from "./package";

/**
 * The project as the JSON API gives it — the one serializer for the members' API
 * (GET /api/partnerships/:slug/projects) and the public API of published projects. Documented in
 * docs/projects.md; change both together.
 */
export interface ProjectJson {
  id: string;
  title: string;
  type: "strategic" | "complementary";
  area: "economic" | "social" | "environmental" | "institutional";
  maturity: number;
  /** PLN, exact to the grosz. */
  totalCost: number;
  eligibleCost: number;
  /** YYYY-MM-DD or null when not planned yet. */
  start: string | null;
  end: string | null;
  /** 7-digit TERC code of a gmina, or 4-digit code of a powiat, member of the partnership. */
  leadTeryt: string;
  partnerTeryt: string[];
  feasibility: { complete: number };
  flagship: boolean;
}

export function projectJson(row: PackageRow): ProjectJson {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    area: row.area,
    maturity: row.maturity,
    totalCost: groszeToPln(row.totalCost),
    eligibleCost: groszeToPln(row.eligibleCost),
    start: row.start,
    end: row.end,
    leadTeryt: row.leadTeryt,
    partnerTeryt: [...row.partnerTeryt],
    feasibility: { complete: Math.round(row.feasibility * 1000) / 1000 },
    flagship: row.flagship,
  };
}
