import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * Rewrites an awareness update from a client: the `user` field of every state is replaced by what the server
 * knows, and entries for client ids owned by another connection are dropped. Throws on a malformed update.
 */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  user: object,
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
