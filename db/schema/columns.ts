import { timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/* The column shapes every table repeats: a random uuid key, instants with time zone, references to other rows. */

/** The row's random uuid primary key. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** An instant (timestamp with time zone). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was made: set by the database. */
export const createdAt = () => instant("created_at").notNull().defaultNow();

/** A required reference whose row goes when the referenced one goes. */
export const ownedBy = (name: string, column: () => AnyPgColumn) => uuid(name).notNull().references(column, { onDelete: "cascade" });

/** An optional reference that becomes null when the referenced row goes (an author, an uploader). */
export const refOrNull = (name: string, column: () => AnyPgColumn) => uuid(name).references(column, { onDelete: "set null" });
