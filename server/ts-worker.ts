/**
 * A worker thread running a TypeScript module: a small CommonJS bootstrap registers tsx's loader inside the
 * thread, then imports the module (the thread does not inherit `node --import tsx`'s hooks on Node 20).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export function typeScriptWorker(entry: URL, workerData: unknown): Worker {
  const resolve = createRequire(import.meta.url).resolve;
  const tsx = pathToFileURL(resolve("tsx/esm/api").replace(/index\.cjs$/, "index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
