/** Our server (app without pages, collaboration on) in its own process for the bench: DATABASE_URL, PORT. */
import type { ServerBuild } from "@remix-run/node";
import { createDb } from "../../db/client";
import { createAppServer } from "../../server/app";
import { parseConfig } from "../../server/config";

const config = parseConfig({ ...process.env, NODE_ENV: "production", HOST: "127.0.0.1" });
const database = await createDb({ databaseUrl: config.DATABASE_URL, poolSize: 10 });
const app = createAppServer({
  config,
  database,
  build: { routes: {}, assets: { routes: {} } } as unknown as ServerBuild,
  collab: { log: (message) => console.error(message) },
});
const port = await app.listen(config.PORT, "127.0.0.1");
console.log(`READY ${port}`);
import { monitorEventLoopDelay } from "node:perf_hooks";
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
process.on("SIGTERM", () => {
  if (process.env.BENCH_LAG) console.error(`event loop delay p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms, max ${(lag.max / 1e6).toFixed(1)} ms`);
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
