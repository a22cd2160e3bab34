/**
 * "Szczegóły" of an audit event in words: `{ role: "expert" }` → "rola: ekspert(-ka)". Pure; the caller passes
 * its translate function (namespace "auth"). Ids are left out (they mean nothing to a reader; the row keeps them).
 */
import type { AuditEvent } from "./enums";

/** One event of the audit log as the log pages show it. */
export interface AuditRow {
  id: number;
  at: Date;
  event: AuditEvent;
  actorEmail: string | null;
  actorName: string | null;
  partnershipName: string | null;
  subjectEmail: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_KEYS = new Set(["role"]);

function value(key: string, v: unknown, t: Translate): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return t(v ? "audit.yes" : "audit.no");
  if (typeof v === "number") return String(v);
  if (typeof v === "string") {
    if (UUID.test(v)) return null;
    return ROLE_KEYS.has(key) ? t(`roles.${v}`, { defaultValue: v }) : v;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === "string" && UUID.test(x))) return String(v.length);
    return v.map((x) => value(key, x, t) ?? "").filter(Boolean).join(", ") || null;
  }
  if (typeof v === "object") return describeAuditDetails(v as Record<string, unknown>, t).join(", ") || null;
  return String(v);
}

/** One "label: value" line per meaningful entry. */
export function describeAuditDetails(details: Record<string, unknown>, t: Translate): string[] {
  const lines: string[] = [];
  for (const [key, raw] of Object.entries(details)) {
    if (key === "isChair" && raw === false) continue;
    const text = value(key, raw, t);
    if (text === null) continue;
    lines.push(`${t(`audit.detail.${key}`, { defaultValue: key })}: ${text}`);
  }
  return lines;
}
