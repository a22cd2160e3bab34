/**
 * The collaboration websocket's JSON event channel (message type 101), read from a standard y-websocket
 * provider: several listeners can share it, and standard handlers keep working.
 */
import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import { MessageType, type CollabEvent } from "~/lib/collab-protocol";

type Listener = (event: CollabEvent) => void;
const listeners = new WeakMap<WebsocketProvider, Set<Listener>>();

export function subscribeToCollabEvents(provider: WebsocketProvider, listener: Listener): () => void {
  let set = listeners.get(provider);
  if (!set) {
    const created = new Set<Listener>();
    set = created;
    listeners.set(provider, created);
    const previous = provider.messageHandlers[MessageType.Event];
    provider.messageHandlers[MessageType.Event] = (encoder, decoder, ...rest) => {
      // Read from a copy, so that a handler registered before ours still gets the message intact.
      const json = decoding.readVarString(decoding.clone(decoder));
      if (previous) previous(encoder, decoder, ...rest);
      else decoding.readVarString(decoder);
      let event: CollabEvent | null = null;
      try {
        event = JSON.parse(json) as CollabEvent;
      } catch {
        return;
      }
      for (const l of created) l(event);
    };
  }
  set.add(listener);
  return () => set.delete(listener);
}
