import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { ConfigError, createDb, type Database } from "../db/client";
import type { AppServer } from "./app";
import { ConfigurationError, parseConfig, type AppConfig } from "../app/lib/config.server";

export interface Started {
  app: AppServer;
  database: Database;
  config: AppConfig;
  port: number;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds an empty one, and serves HTTP + websockets on one port. */
export async function start(env: NodeJS.ProcessEnv = process.env, dev = false): Promise<Started> {
  const config = parseConfig(dev ? { ...env, NODE_ENV: "development" } : env);
  if (config.NODE_ENV === "production" && env.NODE_ENV === "production" && !config.PUBLIC_ORIGIN) {
    // Links in mail (password resets, invitations) need the address people really open: a deployment says
    // NODE_ENV=production and must name it. Without NODE_ENV (the quick start, `npm start` on one's own machine)
    // the server runs the same production build with links and the Origin check on http://localhost:PORT, and
    // its start-up line asks for PUBLIC_ORIGIN.
    throw new ConfigurationError(
      "PUBLIC_ORIGIN must be set when NODE_ENV=production (the address people open, e.g. https://wspolnie.example.gov.pl).",
    );
  }
  // A port in use is refused before the database work (initdb, migrations, seeding take seconds).
  await probePort(config);
  // Opening the database takes seconds (a new embedded one initialises in its worker thread); so does loading
  // the server's own code (HTTP, the collaboration core, every route's rules) and, for a new database, the demo
  // seed's. The machine has two cores: load the code while the database opens.
  const newEmbedded = !config.DATABASE_URL && !existsSync(path.join(path.resolve(config.DATA_DIR), "PG_VERSION"));
  const code = Promise.all([
    import("./app"),
    import("../app/lib/auth/session.server"),
    import("../db/seed").then(async (seed) => {
      if (newEmbedded && config.SEED_DEMO) await seed.loadDemoSeeders();
      return seed;
    }),
  ]);
  code.catch(() => {}); // awaited below; a failure to load is reported there, once
  const database = await createDb(
    config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR },
  ).catch(async (error: unknown) => {
    await code.catch(() => {});
    throw error;
  });
  try {
    const [{ createAppServer }, { deleteExpiredSessions }, { seedIfEmpty }] = await code;
    // The TERYT register is reference data every installation needs; SEED_DEMO only decides the demo data.
    const seeded = await seedIfEmpty(database.db, { demo: config.SEED_DEMO });
    if (seeded.demo) console.log("Loaded the TERYT register and the demo partnerships (accounts: README.md, «Demo accounts»).");

    let build: ServerBuild | (() => Promise<ServerBuild>);
    const before = [];
    if (dev) {
      const vite = await import("vite");
      const devServer = await vite.createServer({ server: { middlewareMode: true } });
      before.push(devServer.middlewares);
      build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
    } else {
      const buildPath = path.resolve(env.BUILD_DIR ?? "build", "server/index.js");
      if (!existsSync(buildPath)) {
        throw new ConfigurationError(`No production build at ${buildPath}: run "npm run build" first.`);
      }
      build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
    }
    const app = createAppServer({
      config,
      database,
      build,
      before,
      clientDir: dev ? undefined : path.resolve(env.BUILD_DIR ?? "build", "client"),
    });
    let port: number;
    try {
      port = await app.listen(config.PORT, config.HOST);
    } catch (error) {
      throw listenProblem(error, config);
    }
    // Expired sessions are refused on sight; this only keeps the table small.
    const cleanup = setInterval(() => {
      deleteExpiredSessions(database.db).catch((error: unknown) =>
        console.error(`Removing expired sessions failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, 60 * 60 * 1000);
    cleanup.unref();
    const stop = async () => {
      clearInterval(cleanup);
      await app.close();
      await database.close();
    };
    return { app, database, config, port, stop };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

export function isConfigProblem(error: unknown): error is Error {
  return error instanceof ConfigurationError || error instanceof ConfigError;
}

/** A listen error as the one-line configuration problem it is, or the error itself. */
function listenProblem(error: unknown, config: AppConfig): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") return new ConfigurationError(`Port ${config.PORT} is already in use: set PORT to a free port.`);
  if (code === "EACCES") return new ConfigurationError(`Not allowed to listen on port ${config.PORT}: set PORT above 1024.`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return new ConfigurationError(`HOST ${config.HOST} is not an address of this machine.`);
  return error;
}

/** Binds PORT on HOST for a moment; throws the listen problem when that fails. */
async function probePort(config: AppConfig): Promise<void> {
  if (config.PORT === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(config.PORT, config.HOST, () => probe.close(() => resolve()));
  }).catch((error: unknown) => {
    throw listenProblem(error, config);
  });
}
