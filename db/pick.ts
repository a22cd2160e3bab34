import type { Table } from "drizzle-orm";

/**
 * The named columns of a table, for a select: `db.select({ ...pick(polls, "id", "title"), author: users.name })`
 * gives the same rows as listing `id: polls.id, title: polls.title` by hand.
 */
export function pick<T extends Table, K extends keyof T["_"]["columns"] & string>(table: T, ...keys: K[]): Pick<T["_"]["columns"], K> {
  const columns = table as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, columns[key]])) as Pick<T["_"]["columns"], K>;
}
