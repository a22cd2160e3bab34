/**
 * Who co-edits which kind of document: a setting of each partnership, controlled by its coordinator.
 * Pure data and rules; the policy (policy.ts) reads the setting from the resource it is given.
 */
export const EDIT_RIGHT_GROUPS = ["strategy", "fiches", "analyses"] as const;
export type EditRightGroup = (typeof EDIT_RIGHT_GROUPS)[number];

/** Roles that may be granted editing; the coordinator always edits and cannot be taken off. */
export const GRANTABLE_ROLES = ["working_group_member", "council_member", "expert"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export type EditingRights = Readonly<Record<EditRightGroup, readonly GrantableRole[]>>;

/** The design card: council, working groups and experts co-edit; experts the analyses only. */
export const DEFAULT_EDITING_RIGHTS: EditingRights = {
  strategy: ["working_group_member", "council_member"],
  fiches: ["working_group_member", "council_member"],
  analyses: ["working_group_member", "council_member", "expert"],
};

/** Which setting governs a document kind (minutes follow the strategy's). */
export function editRightGroup(kind: string): EditRightGroup {
  switch (kind) {
    case "project_description":
      return "fiches";
    case "feasibility_analysis":
    case "sector_analysis":
    case "application_outline":
      return "analyses";
    default:
      return "strategy";
  }
}

/** A stored setting made safe: unknown roles dropped, missing groups take the default, order fixed. */
export function normaliseEditingRights(value: unknown): EditingRights {
  const source = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const out = {} as Record<EditRightGroup, GrantableRole[]>;
  for (const group of EDIT_RIGHT_GROUPS) {
    const roles = source[group];
    out[group] = Array.isArray(roles)
      ? GRANTABLE_ROLES.filter((r) => roles.includes(r))
      : [...DEFAULT_EDITING_RIGHTS[group]];
  }
  return out;
}

/** What changed between two settings, for the audit log: per group, roles granted and withdrawn. */
export function diffEditingRights(before: EditingRights, after: EditingRights) {
  const changes: { group: EditRightGroup; granted: GrantableRole[]; withdrawn: GrantableRole[] }[] = [];
  for (const group of EDIT_RIGHT_GROUPS) {
    const granted = after[group].filter((r) => !before[group].includes(r));
    const withdrawn = before[group].filter((r) => !after[group].includes(r));
    if (granted.length || withdrawn.length) changes.push({ group, granted, withdrawn });
  }
  return changes;
}
