import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { Database } from "../db/client";
import type { RequestAuth } from "../app/load-context";
import {
  blankSessionCookie,
  loadActor,
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
  validateSessionToken,
} from "../app/lib/auth/session.server";
import { createDbAccess } from "../app/lib/documents/access.server";
import { documentSettledHandler } from "../app/lib/documents/settle.server";
import { createDbStore } from "../app/lib/documents/store.server";
import { startSessionServices } from "../app/lib/sessions/live.server";
import type { AppConfig } from "../app/lib/config.server";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "./collab";
import { isCollabPath } from "./collab/upgrade";
import { isSameOrigin, securityHeaders } from "./security";

export interface AppServerOptions {
  config: AppConfig;
  database: Database;
  /** The Remix server build, or a function that loads it (Vite dev). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Extra middleware before Remix (Vite dev middleware). */
  before?: express.RequestHandler[];
  clientDir?: string;
  /** Extra collaboration-server options (hooks such as onDocumentSettled, timings for tests). */
  collab?: Partial<Omit<CollabServerOptions, "isAllowedOrigin">>;
}

export interface AppServer {
  server: http.Server;
  collab: CollabServer;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

declare module "express-serve-static-core" {
  interface Request {
    auth?: RequestAuth | null;
  }
}

export function createAppServer(options: AppServerOptions): AppServer {
  const { config, database } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  // Presence in session rooms (from the core's connection hooks) and session reminders.
  const sessionServices = startSessionServices(database, () => collab);
  // The collaboration core with the documents module's adapters (access: sessions + policy; store: the update log).
  const collab: CollabServer = createCollabServer({
    access: createDbAccess(database),
    store: createDbStore(database),
    isAllowedOrigin: (origin, req) => isSameOrigin(origin, req, config),
    maxMessageBytes: config.COLLAB_MAX_MESSAGE_BYTES,
    maxAwarenessBytes: config.COLLAB_MAX_AWARENESS_BYTES,
    maxConnectionsPerDocument: config.COLLAB_MAX_CONNECTIONS_PER_DOCUMENT,
    maxMessagesPerSecond: config.COLLAB_MAX_MESSAGES_PER_SECOND,
    // Derived HTML/text and automatic versions after edits settle (the editor's documents module).
    onDocumentSettled: documentSettledHandler(database),
    onConnect: sessionServices.presence.onConnect,
    onDisconnect: sessionServices.presence.onDisconnect,
    ...options.collab,
  });

  app.use(securityHeaders(config));

  app.get("/healthz", async (_req, res) => {
    try {
      await withTimeout(database.ping(), 3000);
      res.json({ status: "ok", database: database.kind });
    } catch (error) {
      res.status(503).json({
        status: "unavailable",
        database: database.kind,
        reason: `database unreachable: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });

  const clientDir = options.clientDir ?? path.resolve("build/client");
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  for (const middleware of options.before ?? []) app.use(middleware);

  // Every non-GET request must come from our own origin (CSRF defence in depth beside SameSite cookies).
  app.use((req, res, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    const origin = req.get("origin");
    const fetchSite = req.get("sec-fetch-site");
    if ((origin && !isSameOrigin(origin, req, config)) || (!origin && fetchSite === "cross-site")) {
      res.status(403).type("text/plain; charset=utf-8").send("Żądanie z innej witryny zostało odrzucone. / Cross-origin request refused.");
      return;
    }
    next();
  });

  // Validate the session once per request; routes read it from the load context.
  app.use(async (req, res, next) => {
    req.auth = null;
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) return next();
    try {
      const result = await validateSessionToken(database.db, token);
      if (!result) {
        res.append("Set-Cookie", blankSessionCookie(config.secureCookies));
        return next();
      }
      if (result.session.renewed) {
        res.append("Set-Cookie", sessionCookie(token, result.session.expiresAt, config.secureCookies));
      }
      req.auth = { ...result, actor: await loadActor(database.db, result.user) };
      next();
    } catch (error) {
      next(error);
    }
  });

  app.all(
    "*",
    createRequestHandler({
      build: options.build,
      mode: config.NODE_ENV === "development" ? "development" : "production",
      getLoadContext: (req) => ({
        database,
        config,
        collab,
        auth: req.auth ?? null,
        ip: req.ip ?? "",
      }),
    }),
  );

  const server = http.createServer(app);
  server.on("upgrade", (req, socket, head) => {
    if (isCollabPath(req.url ?? "")) {
      collab.handleUpgrade(req, socket, head);
    } else if (config.NODE_ENV !== "development") {
      socket.destroy();
    }
  });

  return {
    server,
    collab,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: async () => {
      await collab.close();
      await sessionServices.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
