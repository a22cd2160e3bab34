/**
 * The events socket of a signed-in page (`/events`): partnership and user events reach every page, with or
 * without a document open (a document's own events come on its collaboration socket). The root layout opens
 * one per tab; components never touch it — they `subscribe` (client.ts), whichever socket an event came on.
 *
 * A websocket rather than server-sent events: browsers allow only six HTTP/1.1 connections per host, and an
 * EventSource per tab would use them up with a few tabs open; websockets do not count against that limit and
 * share the collaboration server's authentication, origin check, re-checks and keep-alive.
 */
import type { CollabEvent } from "../collab-protocol";
import { CloseCode } from "../collab-protocol";
import { decodeEventMessage, dispatch } from "./client";

export interface EventSocketOptions {
  /** ws(s)://host/events — default: the page's origin. */
  url?: string;
  /** For Node (tests): the `ws` package's WebSocket, e.g. one that sends a Bearer header. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Where events go (default: `dispatch`, to the page's subscribers). */
  onEvent?: (event: CollabEvent) => void;
  /** Each time the socket is open (again): a page refetches what it may have missed. */
  onOpen?: () => void;
}

export interface EventSocket {
  close(): void;
}

/** Close codes after which reconnecting cannot help (signed out, too many tabs, refused). */
const FINAL = new Set<number>([CloseCode.Unauthorized, CloseCode.Forbidden, CloseCode.TooManyConnections, CloseCode.BadMessage]);

export function openEventSocket(options: EventSocketOptions = {}): EventSocket {
  const url =
    options.url ?? `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/events`;
  const Impl = options.WebSocketPolyfill ?? WebSocket;
  const onEvent = options.onEvent ?? ((event: CollabEvent) => dispatch(event));
  let socket: WebSocket | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let delay = 1000;
  let closed = false;

  const connect = () => {
    if (closed) return;
    const ws = new Impl(url);
    socket = ws;
    ws.binaryType = "arraybuffer";
    ws.onopen = () => {
      delay = 1000;
      options.onOpen?.();
    };
    ws.onmessage = (message: MessageEvent) => {
      if (!(message.data instanceof ArrayBuffer)) return;
      const event = decodeEventMessage(new Uint8Array(message.data));
      if (event) onEvent(event);
    };
    ws.onclose = (close: CloseEvent) => {
      socket = null;
      if (closed || FINAL.has(close.code)) return;
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30_000);
    };
  };
  connect();

  return {
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      socket?.close();
    },
  };
}
