import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Database } from "../../db/client";
import type { CollabHandle } from "../../app/load-context";

export interface CollabServerOptions {
  database: Database;
  /** Origins a browser may open the websocket from. Requests without an Origin (non-browser clients) are allowed. */
  isAllowedOrigin(origin: string, req: IncomingMessage): boolean;
}

export interface CollabServer extends CollabHandle {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Stop accepting, flush every pending write, close every connection. */
  close(): Promise<void>;
}

/** Placeholder until the collaboration server lands: refuses upgrades with 503. */
export function createCollabServer(_options: CollabServerOptions): CollabServer {
  return {
    handleUpgrade(_req, socket) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
    },
    closeSessions() {},
    recheckUser() {},
    broadcastEvent() {},
    close: async () => {},
  };
}
