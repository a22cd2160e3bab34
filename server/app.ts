import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
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
import { checkSectionUpdate } from "../app/lib/editor/update-check";
import { startSessionServices } from "../app/lib/sessions/live.server";
import { startVotingServices } from "../app/lib/voting/live.server";
import type { AppConfig } from "../app/lib/config.server";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "./collab";
import { probes } from "./collab/probes";
import { isCollabPath } from "./collab/upgrade";
import { BAD_REQUEST, HttpError, remixHandler } from "./remix-handler";
import { isSameOrigin, publicOrigin, securityHeaders } from "./security";
import { CORS_HEADERS as PUBLIC_API_CORS_HEADERS } from "../app/lib/publication/cors";
import { storedPageAnswer } from "../app/lib/publication/fast-path.server";

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
  /** The configured public origin (PUBLIC_ORIGIN, else http://localhost:<the port listened on>). */
  origin(): string;
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
  // Off unless TRUST_PROXY names the proxies: otherwise any client could pick its address with X-Forwarded-For.
  app.set("trust proxy", config.TRUST_PROXY);
  // The port actually listened on (PORT=0 picks a free one): part of the default origin.
  let port = config.PORT;
  const sameOrigin = (origin: string) => isSameOrigin(origin, config, port);

  // Presence in session rooms (from the core's connection hooks) and session reminders.
  const sessionServices = startSessionServices(database, () => collab);
  // Polls opened and closed at their planned times, the day-before reminder.
  const votingServices = startVotingServices(database, () => collab);
  // The collaboration core with the documents module's adapters (access: sessions + policy; store: the update log).
  const collab: CollabServer = createCollabServer({
    access: createDbAccess(database),
    store: createDbStore(database),
    isAllowedOrigin: (origin) => sameOrigin(origin),
    maxMessageBytes: config.COLLAB_MAX_MESSAGE_BYTES,
    maxAwarenessBytes: config.COLLAB_MAX_AWARENESS_BYTES,
    maxConnectionsPerDocument: config.COLLAB_MAX_CONNECTIONS_PER_DOCUMENT,
    maxConnectionsPerUser: config.COLLAB_MAX_CONNECTIONS_PER_USER,
    maxConnectionsPerSession: config.COLLAB_MAX_CONNECTIONS_PER_SESSION,
    // Every client update is checked against the editor schema before it is applied or stored.
    checkUpdate: checkSectionUpdate,
    maxMessagesPerSecond: config.COLLAB_MAX_MESSAGES_PER_SECOND,
    // Derived HTML/text and automatic versions after edits settle (the editor's documents module).
    onDocumentSettled: documentSettledHandler(database),
    onConnect: sessionServices.presence.onConnect,
    onDisconnect: sessionServices.presence.onDisconnect,
    ...options.collab,
  });

  app.use(securityHeaders(config));

  // Latency probes for the bench (server/collab/probes.ts): only when the process runs with WSP_PROBES=1.
  const recorder = probes;
  if (recorder) app.get("/__probes", (req, res) => void res.json(recorder.snapshot(req.query.reset === "1")));

  app.get(
    "/healthz",
    handled(async (_req, res) => {
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
    }),
  );

  const clientDir = options.clientDir ?? path.resolve("build/client");
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  for (const middleware of options.before ?? []) app.use(handled(middleware));

  // Published pages already composed by their route: answered from the page cache without Remix (fast path).
  app.use((req, res, next) => {
    const answer = storedPageAnswer({
      method: req.method,
      path: req.path,
      origin: publicOrigin(config, port),
      cookie: req.headers.cookie,
      ifNoneMatch: req.headers["if-none-match"],
    });
    if (!answer) return next();
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? undefined);
  });

  // The open-data API is open to every origin for reading: answer CORS preflights before anything else.
  app.options("/api/public/*", (_req, res) => {
    res.status(204).set(PUBLIC_API_CORS_HEADERS).end();
  });

  // Every non-GET request must come from our own origin (CSRF defence in depth beside SameSite cookies).
  app.use((req, res, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
    // Any Origin header counts, even an empty or "null" one: only the configured origins pass.
    const origin = req.headers.origin;
    const fetchSite = req.get("sec-fetch-site");
    if ((origin !== undefined && !sameOrigin(origin)) || (origin === undefined && fetchSite === "cross-site")) {
      res.status(403).type("text/plain; charset=utf-8").send("Żądanie z innej witryny zostało odrzucone. / Cross-origin request refused.");
      return;
    }
    next();
  });

  // Validate the session once per request; routes read it from the load context.
  app.use(
    handled(async (req, res, next) => {
      req.auth = null;
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (!token) return next();
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
    }),
  );

  // Bodies are read here, once, up to MAX_BODY_BYTES (413 beyond); Remix gets the bytes.
  app.use(express.raw({ type: () => true, limit: config.MAX_BODY_BYTES }));

  // Remix's pre-single-fetch `?_data=` protocol: our client never sends it (single fetch uses `.data` URLs), and
  // Remix answers some forms of it with a 500 — refuse it outright.
  app.use((req, res, next) => {
    if (!new URLSearchParams(req.url.split("?")[1] ?? "").has("_data")) return next();
    res.status(400).type("text/plain; charset=utf-8").send("Nieobsługiwany parametr _data. / The _data parameter is not supported.");
  });

  app.all(
    "*",
    remixHandler({
      build: options.build,
      mode: config.NODE_ENV === "development" ? "development" : "production",
      origin: () => publicOrigin(config, port),
      getLoadContext: (req) => ({
        database,
        config,
        collab,
        auth: req.auth ?? null,
        ip: req.ip ?? "",
      }),
    }),
  );

  app.use(errorHandler(config.MAX_BODY_BYTES));

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
    origin: () => publicOrigin(config, port),
    listen: (wanted, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(wanted, host, () => {
          server.off("error", reject);
          port = (server.address() as AddressInfo).port;
          resolve(port);
        });
      }),
    close: async () => {
      await collab.close();
      await sessionServices.close();
      await votingServices.close();
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

/**
 * Express 4 ignores a middleware's rejected promise (the request would hang and the rejection could end the
 * process): every async middleware goes through this, which hands a failure to the error handler.
 */
export function handled(middleware: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => {
    try {
      const result: unknown = middleware(req, res, next);
      if (result instanceof Promise) result.catch(next);
    } catch (error) {
      next(error);
    }
  };
}

/** The status of a failure the client caused (4xx), or null for our own. */
function clientErrorStatus(error: unknown): number | null {
  if (error instanceof HttpError) return error.status;
  if (error instanceof URIError) return 400;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : null;
}

/** The path for a log line, without the tokens some paths carry (reset and invitation links). */
function loggablePath(req: express.Request): string {
  return req.path.replace(/^\/(haslo|zaproszenie)\/[^/]+/, "/$1/…");
}

/**
 * The last stop of every request that failed outside Remix: a client's mistake answers its 4xx with a reason,
 * anything else is logged and answers 500; either way the process and every other request carry on.
 */
function errorHandler(maxBodyBytes: number): express.ErrorRequestHandler {
  const tooLarge = `Treść żądania jest za duża (najwyżej ${Math.floor(maxBodyBytes / 1024)} KB). / The request body is too large (at most ${Math.floor(maxBodyBytes / 1024)} KB).`;
  return (error: unknown, req, res, _next) => {
    const status = clientErrorStatus(error);
    if (status === null) console.error(`Request ${req.method} ${loggablePath(req)} failed:`, error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message =
      error instanceof HttpError
        ? error.message
        : status === 413
          ? tooLarge
          : status !== null
            ? BAD_REQUEST
            : "Wystąpił nieoczekiwany błąd. Spróbuj ponownie. / An unexpected error occurred. Please try again.";
    res.status(status ?? 500).type("text/plain; charset=utf-8").send(message);
  };
}
