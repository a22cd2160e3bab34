/** `npm run build`'s last step: the initialised, migrated empty database new data directories start from (db/pglite-template.ts). */
import { ensureTemplate } from "./pglite-template";

const started = performance.now();
const { file, created } = await ensureTemplate();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(created ? `Prepared the empty embedded database (${seconds} s): ${file}` : `The empty embedded database is up to date: ${file}`);
