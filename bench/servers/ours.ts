/** Our server (app without pages, collaboration on) in its own process for the bench: DATABASE_URL, PORT. */
import type { ServerBuild } from "@remix-run/node";
import { createDb } from "../../db/client";
import { createAppServer } from "../../server/app";
import { parseConfig } from "../../server/config";
import { reportEventLoopDelay } from "./lag";

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
reportEventLoopDelay();
process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
