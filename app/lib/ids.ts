import { z } from "zod";

/**
 * The one id rule of the app: every id in a URL or a form is a UUID (8-4-4-4-12 hex digits). A malformed id is
 * answered like an unknown one (404) and never reaches the database, where PostgreSQL would refuse to cast it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The same rule for zod schemas (form and JSON fields); the message is an i18n key of the form's namespace. */
export const uuid = (message = "errors.badRequest") => z.string().refine(isUuid, { message });
