/**
 * The members page's rules, pure (no I/O): who a council member represents, the partnership never left without a
 * coordinator, and how a member unit is named so two units of the same name are told apart. The browser and the
 * server both use them; members.server.ts applies them to the database.
 */
import type { PartnershipRole, UnitKind } from "../enums";
import { parseTeryt } from "../teryt";

/**
 * THE representation rule: a council member represents exactly one member JST of the partnership; nobody else
 * represents anything. Returns the code to store (null for every other role), or `false` when a council member's
 * unit is missing or not a member of the partnership (pass `memberCodes` undefined to check only presence).
 */
export function representedUnit(
  role: PartnershipRole,
  teryt: string | null | undefined,
  memberCodes?: ReadonlySet<string>,
): string | null | false {
  if (role !== "council_member") return null;
  if (!teryt) return false;
  if (memberCodes && !memberCodes.has(teryt)) return false;
  return teryt;
}

export interface MembershipSummary {
  membershipId: string;
  role: PartnershipRole;
}

/**
 * Would this change leave the partnership without a coordinator? `newRole` null means the membership is removed.
 * The last coordinator may neither remove themselves (or be removed) nor be given another role.
 */
export function leavesNoCoordinator(
  members: readonly MembershipSummary[],
  membershipId: string,
  newRole: PartnershipRole | null,
): boolean {
  const target = members.find((m) => m.membershipId === membershipId);
  if (!target || target.role !== "coordinator" || newRole === "coordinator") return false;
  return !members.some((m) => m.role === "coordinator" && m.membershipId !== membershipId);
}

/** The kind of a unit, from its stored kind or else derived from its TERYT code. */
export function unitKind(unit: { teryt: string; kind?: UnitKind | null }): UnitKind | null {
  return unit.kind ?? parseTeryt(unit.teryt)?.kind ?? null;
}

/**
 * Labels for the partnership's units: "Wysokie Mazowieckie (gmina miejska)", "Wysokie Mazowieckie (powiat)".
 * `kindLabel` translates a UnitKind. Units whose name is unique get the kind too: the select always says what
 * the unit is.
 */
export function unitLabels(
  units: readonly { teryt: string; name: string; kind?: UnitKind | null }[],
  kindLabel: (kind: UnitKind) => string,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const unit of units) {
    const kind = unitKind(unit);
    labels.set(unit.teryt, kind ? `${unit.name} (${kindLabel(kind)})` : unit.name);
  }
  const seen = new Map<string, number>();
  for (const label of labels.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  // Same name and kind (two rural gminas of one name in different powiats): the code settles it.
  for (const unit of units) {
    const label = labels.get(unit.teryt)!;
    if ((seen.get(label) ?? 0) > 1) labels.set(unit.teryt, `${label.slice(0, -1)}, ${unit.teryt})`);
  }
  return labels;
}
