/** Our server (app without pages, collaboration on) in its own process for the bench: DATABASE_URL, PORT. */
import type { ServerBuild } from "@remix-run/node";
import { createDb } from "../../db/client";
import { createAppServer } from "../../server/app";
import { parseConfig } from "../../app/lib/config.server";
import { createDbStore } from "../../app/lib/documents/store.server";
import type { DocumentStore } from "../../server/collab/store";
import { reportEventLoopDelay } from "./lag";

const config = parseConfig({ ...process.env, NODE_ENV: "production", HOST: "127.0.0.1" });
const database = await createDb({ databaseUrl: config.DATABASE_URL, poolSize: 10 });
const commitTimes: number[] = [];
const app = createAppServer({
  config,
  database,
  build: { routes: {}, assets: { routes: {} } } as unknown as ServerBuild,
  collab: { log: (message) => console.error(message), store: timedStore() },
});
/**
 * The real database store, timing each append (the commit queue's write: one group-commit statement, from the
 * call until PostgreSQL has committed) so the bench can tell database time from time spent in the server.
 */
function timedStore(): DocumentStore {
  const store = createDbStore(database);
  return {
    ...store,
    async append(documentId, batch) {
      const started = performance.now();
      await store.append(documentId, batch);
      commitTimes.push(performance.now() - started);
    },
  };
}
const port = await app.listen(config.PORT, "127.0.0.1");
console.log(`READY ${port}`);
reportEventLoopDelay(() => {
  const sorted = commitTimes.splice(0).sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return `COMMIT ${at(50).toFixed(2)} ${at(99).toFixed(2)} ${sorted.length}`;
});
process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
