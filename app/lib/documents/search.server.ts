/**
 * Search in a partnership's documents and comments, the same on PGlite and PostgreSQL:
 * 1. the query's words are normalised like the index (search-polish.ts: no diacritics, light Polish stems);
 * 2. where pg_trgm is installed, each stem is widened by the partnership's indexed words that are similar to it
 *    (trigram similarity ≥ 0.4 on words sharing their first two letters), which catches alternations a
 *    suffix-stripper cannot ("Białystok" → "białegostoku", "białymstoku");
 * 3. PostgreSQL full-text search ('simple' configuration over the normalised words) finds the entries having
 *    every word (its stem as a prefix, or a similar word) and ranks them: entries with a form exactly as typed
 *    (in the title, weight A, or the text, B) first, then by cover density of the matches (how many, how close).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { refreshSearchIndex } from "./search-index.server";
import { MAX_QUERY_LENGTH, queryTerms, type QueryTerm } from "./search-polish";
import { snippet, type SnippetPart } from "./search-snippet";

export { MAX_QUERY_LENGTH, queryTerms, snippet };
export type { SnippetPart };

export interface SearchHit {
  documentId: string;
  documentTitle: string;
  kind: string;
  /** The field (strategy section key, or "default"). */
  field: string;
  /** Set when the hit is in a comment thread's comments (the thread sits in `field` of the document). */
  threadId: string | null;
  snippet: SnippetPart[];
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Which document kinds the searcher may read (the policy); everything when absent. */
  canRead?: (kind: string) => boolean;
}

/** Similarity a word must reach to stand in for a query stem. */
const SIMILARITY = 0.4;
/** Stems shorter than this are matched exactly, not as a prefix ("ue" must not find "uczelnia"). */
const PREFIX_FROM = 3;

const trigramAvailable = new WeakMap<Db, Promise<boolean>>();

/** Whether the database has pg_trgm (both drivers here do; a server without it searches without step 2). */
export function hasTrigrams(db: Db): Promise<boolean> {
  let known = trigramAvailable.get(db);
  if (!known) {
    known = queryRows<{ present: boolean }>(db, sql`select exists (select 1 from pg_extension where extname = 'pg_trgm') as present`).then(
      (rows) => Boolean(rows[0]?.present),
    );
    trigramAvailable.set(db, known);
  }
  return known;
}

/** Rows of a raw query: postgres.js answers an array of rows, PGlite an object with `rows`. */
async function queryRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** Indexed words of the partnership similar to each stem: stem → similar words. */
async function similarWords(db: Db, partnershipId: string, terms: QueryTerm[]): Promise<Map<string, string[]>> {
  const widened = new Map<string, string[]>();
  const stems = terms.map((t) => t.stem).filter((s) => s.length >= 5 && /^[a-z]/.test(s));
  if (stems.length === 0 || !(await hasTrigrams(db))) return widened;
  const rows = await queryRows<{ term: string; lexeme: string }>(
    db,
    sql`
    select distinct q.term, w.lexeme
    from search_entries e
    cross join lateral unnest(e.tsv) as w(lexeme, positions, weights)
    cross join unnest(string_to_array(${stems.join(" ")}, ' ')) as q(term)
    where e.partnership_id = ${partnershipId}
      and left(w.lexeme, 2) = left(q.term, 2)
      and w.lexeme <> q.term
      and similarity(w.lexeme, q.term) >= ${SIMILARITY}`,
  );
  for (const row of rows) {
    widened.set(row.term, [...(widened.get(row.term) ?? []), row.lexeme]);
  }
  return widened;
}

/** to_tsquery text; every lexeme is [a-z0-9]+ (search-polish.ts), so nothing here needs quoting. */
function tsQueries(terms: QueryTerm[], similar: Map<string, string[]>): { match: string; exact: string } {
  const match = terms
    .map((t) => {
      const alternatives = [t.stem.length >= PREFIX_FROM ? `${t.stem}:*` : t.stem, ...(similar.get(t.stem) ?? [])];
      return `(${alternatives.join(" | ")})`;
    })
    .join(" & ");
  const exact = terms.map((t) => `${t.form}:AB`).join(" | ");
  return { match, exact };
}

interface Row {
  document_id: string;
  title: string;
  kind: string;
  field: string;
  thread_id: string | null;
  text: string;
  rank: number;
}

/**
 * Entries (document sections and comment threads) of the partnership having every word of the query, best
 * first, each with a snippet around its best passage and the matched words marked.
 */
export async function searchDocuments(db: Db, partnershipId: string, query: string, options: SearchOptions | number = {}): Promise<SearchHit[]> {
  const { limit = 50, canRead } = typeof options === "number" ? { limit: options } : options;
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  await refreshSearchIndex(db, partnershipId);
  const similar = await similarWords(db, partnershipId, terms);
  const { match, exact } = tsQueries(terms, similar);
  const rows = await queryRows<Row>(
    db,
    sql`
    select e.document_id, d.title, d.kind, e.field, e.thread_id, e.text,
      e.tsv @@ to_tsquery('simple', ${exact}) as exact,
      ts_rank_cd(e.tsv, to_tsquery('simple', ${match})) + ts_rank(e.tsv, to_tsquery('simple', ${exact})) as rank
    from search_entries e
    join documents d on d.id = e.document_id
    where e.partnership_id = ${partnershipId} and e.tsv @@ to_tsquery('simple', ${match})
    order by exact desc, rank desc, e.thread_id nulls first, d.created_at, e.field, e.key
    limit ${limit * 2}`,
  );
  const hits: SearchHit[] = [];
  for (const row of rows) {
    if (canRead && !canRead(row.kind)) continue;
    hits.push({
      documentId: row.document_id,
      documentTitle: row.title,
      kind: row.kind,
      field: row.field,
      threadId: row.thread_id,
      snippet: snippet(row.text, terms, similar),
      score: Number(row.rank),
    });
  }
  return hits.slice(0, limit);
}
