import * as decoding from "lib0/decoding";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { MessageType } from "~/lib/collab-protocol";

export type SaveState = "connecting" | "saving" | "saved" | "offline";

/**
 * Save state from the server's acknowledgements (message 100 = how many of this connection's updates are
 * durably committed). Local edits are "pending" until acknowledged; edits made without a connection stay
 * pending until the next connection has synced and acknowledged.
 */
export function trackSaveState(provider: WebsocketProvider, ydoc: Y.Doc, onChange: (state: SaveState, pending: boolean) => void) {
  let sent = 0;
  let acked = 0;
  let offlineEdits = false;
  let everConnected = false;

  const emit = () => {
    const pending = sent > acked || offlineEdits;
    let state: SaveState;
    if (!provider.wsconnected) state = everConnected ? "offline" : "connecting";
    else state = pending ? "saving" : "saved";
    if (!navigator.onLine) state = "offline";
    onChange(state, pending);
  };

  provider.messageHandlers[MessageType.Persisted] = (_encoder, decoder) => {
    acked = decoding.readVarUint(decoder);
    if (acked >= sent) offlineEdits = false;
    emit();
  };
  provider.messageHandlers[MessageType.Event] = () => {};

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    if (provider.wsconnected) sent++;
    else offlineEdits = true;
    emit();
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === "connected") {
      everConnected = true;
      sent = 0;
      acked = 0;
      // What was typed offline travels in the sync exchange; count it as one update to acknowledge.
      if (offlineEdits) sent = 1;
    }
    emit();
  };
  const onBrowserNetwork = () => emit();
  ydoc.on("update", onUpdate);
  provider.on("status", onStatus);
  window.addEventListener("online", onBrowserNetwork);
  window.addEventListener("offline", onBrowserNetwork);
  emit();
  return () => {
    ydoc.off("update", onUpdate);
    provider.off("status", onStatus);
    window.removeEventListener("online", onBrowserNetwork);
    window.removeEventListener("offline", onBrowserNetwork);
  };
}
