/**
 * The app without pages in a process of its own, for tests that kill it: DATABASE_URL (PostgreSQL) or DATA_DIR
 * (PGlite), PORT. Prints "READY <port>" once listening; SIGTERM shuts down gracefully.
 */
import type { ServerBuild } from "@remix-run/node";
import { createDb } from "../../../db/client";
import { createAppServer } from "../../app";
import { parseConfig } from "../../../app/lib/config.server";

const config = parseConfig({ ...process.env, NODE_ENV: "test", HOST: "127.0.0.1" });
const database = await createDb(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
const app = createAppServer({
  config,
  database,
  build: { routes: {}, assets: { routes: {} } } as unknown as ServerBuild,
  collab: process.env.COLLAB_UNLOAD_AFTER_MS ? { unloadAfterMs: Number(process.env.COLLAB_UNLOAD_AFTER_MS) } : {},
});
const port = await app.listen(config.PORT, "127.0.0.1");
console.log(`READY ${port}`);
process.on("SIGTERM", () => {
  app
    .close()
    .then(() => database.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
});
