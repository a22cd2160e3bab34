/**
 * How a person appears to others in a document (carets, the presence list): their name and the colour of their
 * role. Defined once: the document page gives the browser its own entry from here, and the collaboration
 * server writes the same into every presence update, so everyone sees the same colour.
 */
import { PARTNERSHIP_ROLES, type PartnershipRole } from "../enums";

/** Caret colours by role, dark enough for white caret labels (WCAG AA, at least 4.5:1 on white). */
export const ROLE_COLOURS: Readonly<Record<PartnershipRole | "other", string>> = {
  coordinator: "#1d4ed8",
  council_member: "#7c3aed",
  working_group_member: "#047857",
  expert: "#b45309",
  other: "#475569",
};

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  /** The role shown (the first held, in the order of PARTNERSHIP_ROLES); null for the ministry. */
  role: PartnershipRole | null;
}

export function presenceUser(user: { id: string; name: string }, roles: readonly PartnershipRole[]): PresenceUser {
  const role = PARTNERSHIP_ROLES.find((r) => roles.includes(r)) ?? null;
  return { id: user.id, name: user.name, color: ROLE_COLOURS[role ?? "other"], role };
}
