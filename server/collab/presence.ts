import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { PartnershipRole } from "../../app/lib/policy";
import type { Principal } from "./access";

/** Caret colours by role (dark enough for white caret labels, WCAG AA). */
const ROLE_COLOURS: Record<PartnershipRole | "other", string> = {
  coordinator: "#1d4ed8",
  council_member: "#7c3aed",
  working_group_member: "#047857",
  expert: "#b45309",
  other: "#475569",
};
const ROLE_ORDER: PartnershipRole[] = ["coordinator", "council_member", "working_group_member", "expert"];

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  role: PartnershipRole | null;
}

export function presenceUser(principal: Principal, partnershipId: string): PresenceUser {
  const roles = principal.actor.roles.get(partnershipId) ?? [];
  const role = ROLE_ORDER.find((r) => roles.includes(r)) ?? null;
  return { id: principal.userId, name: principal.name, color: ROLE_COLOURS[role ?? "other"], role };
}

/**
 * Rewrites an awareness update from a client: the `user` field of every state is replaced by what the server
 * knows, and entries for client ids owned by another connection are dropped. Throws on a malformed update.
 */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  user: PresenceUser,
  mayClaim: (clientId: number) => boolean,
): { update: Uint8Array; clientIds: number[] } {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  const entries: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (!mayClaim(clientId)) continue;
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== "object" || Array.isArray(state))) throw new Error("awareness state is not an object");
    const rewritten = state === null ? null : { ...(state as Record<string, unknown>), user };
    entries.push({ clientId, clock, state: JSON.stringify(rewritten) });
  }
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: entries.map((e) => e.clientId) };
}
