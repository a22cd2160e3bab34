-- Trigram similarity for search (Polish stem alternations such as "Białystok" / "Białegostoku").
-- pg_trgm ships with PostgreSQL's contrib and with PGlite (loaded by db/client.ts); it is a trusted extension,
-- so a database owner may create it. Where it cannot be created, search works without the similarity step
-- (app/lib/documents/search.server.ts checks for it) instead of the migration failing.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available: search runs without trigram similarity';
END
$$;
