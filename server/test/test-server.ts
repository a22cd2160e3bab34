import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { inject } from "vitest";
import type { DbKind } from "../../db/client";
import { users } from "../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../db/test/test-db";
import { createSession, generateSessionToken, SESSION_COOKIE } from "../../app/lib/auth/session.server";
import { createAppServer, type AppServer } from "../app";
import { parseConfig } from "../../app/lib/config.server";

export interface TestServer {
  url: string;
  port: number;
  database: TestDatabase;
  app: AppServer;
  /** A Cookie header value for a fresh session of this (demo) user. */
  cookieFor(email: string): Promise<string>;
  stop(): Promise<void>;
}

let buildPromise: Promise<ServerBuild> | null = null;

function loadBuild(): Promise<ServerBuild> {
  const dir = inject("buildDir");
  if (!dir) throw new Error("No test build: run without WSP_TEST_BUILD=0 to test pages.");
  buildPromise ??= import(pathToFileURL(path.join(dir, "server/index.js")).href) as Promise<ServerBuild>;
  return buildPromise;
}

/** The whole app (HTTP + websocket) in this process on a free port, over a fresh test database. */
export async function startTestServer(
  driver: DbKind,
  options: { env?: Record<string, string>; withPages?: boolean } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(driver);
  const config = parseConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", ...options.env });
  const build: ServerBuild =
    options.withPages === false ? ({ routes: {}, assets: { routes: {} } } as unknown as ServerBuild) : await loadBuild();
  const app = createAppServer({
    config,
    database,
    build,
    clientDir: options.withPages === false ? undefined : path.join(inject("buildDir"), "client"),
  });
  const port = await app.listen(0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    app,
    async cookieFor(email) {
      const [user] = await database.db.select().from(users).where(eq(users.email, email));
      if (!user) throw new Error(`no user ${email}`);
      const token = generateSessionToken();
      await createSession(database.db, token, user.id);
      return `${SESSION_COOKIE}=${token}`;
    },
    async stop() {
      await app.close();
      await database.close();
    },
  };
}
