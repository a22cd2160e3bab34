/**
 * The PostgreSQL extensions PGlite loads with every database it opens (PGlite ships them as WASM bundles and
 * can only CREATE EXTENSION what it was given at start-up). Every PGlite opener passes this object, so a data
 * directory (or test template) that has the extension installed always reopens with it.
 * - pg_trgm: trigram similarity for search (db/migrations/*_search_trigram.sql).
 */
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { pg_trgm };
