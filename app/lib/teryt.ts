/**
 * TERYT (GUS TERC) codes: 2 digits = voivodeship, 4 = powiat (61–99: city with powiat rights),
 * 7 = gmina whose last digit is its kind (1 urban, 2 rural, 3 urban-rural). Pure functions, no I/O.
 */

import type { UnitKind } from "./enums";

export type { UnitKind } from "./enums";
export type UnitLevel = "voivodeship" | "powiat" | "gmina";

export interface ParsedTeryt {
  code: string;
  level: UnitLevel;
  kind: UnitKind;
  voivodeship: string;
  /** The 4-digit powiat for a gmina or powiat; null for a voivodeship. */
  powiat: string | null;
  /** The code one level up; null for a voivodeship. */
  parent: string | null;
}

const GMINA_KINDS: Record<string, UnitKind> = {
  "1": "gmina_miejska",
  "2": "gmina_wiejska",
  "3": "gmina_miejsko_wiejska",
};

/** Parses a TERYT code, or returns null when it is not a valid voivodeship, powiat or gmina code. */
export function parseTeryt(input: string): ParsedTeryt | null {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return null;
  const voivodeship = code.slice(0, 2);
  const voivodeshipNumber = Number(voivodeship);
  // Voivodeship codes are the even numbers 02..32.
  if (voivodeshipNumber < 2 || voivodeshipNumber > 32 || voivodeshipNumber % 2 !== 0) return null;
  if (code.length === 2) {
    return { code, level: "voivodeship", kind: "wojewodztwo", voivodeship, powiat: null, parent: null };
  }
  const powiatNumber = Number(code.slice(2, 4));
  if (powiatNumber === 0) return null;
  const powiat = code.slice(0, 4);
  const isCity = powiatNumber >= 61;
  if (code.length === 4) {
    return {
      code,
      level: "powiat",
      kind: isCity ? "miasto_na_prawach_powiatu" : "powiat",
      voivodeship,
      powiat,
      parent: voivodeship,
    };
  }
  if (code.length !== 7) return null;
  const kind = GMINA_KINDS[code[6]];
  if (!kind || Number(code.slice(4, 6)) === 0) return null;
  return { code, level: "gmina", kind, voivodeship, powiat, parent: powiat };
}

export function isCityWithPowiatRights(powiatCode: string): boolean {
  return powiatCode.length === 4 && Number(powiatCode.slice(2, 4)) >= 61;
}

/**
 * May this unit be a member of a partnership? Gminas and land powiats may. A city with powiat rights
 * joins under its gmina code (one JST, one code); a voivodeship is not a partner.
 */
export function mayBePartnershipMember(code: string): boolean {
  const parsed = parseTeryt(code);
  if (!parsed) return false;
  if (parsed.level === "gmina") return true;
  return parsed.level === "powiat" && parsed.kind === "powiat";
}

export type IntegrationType =
  | "powiatowe_niezintegrowane"
  | "powiatowe_zintegrowane"
  | "ponadpowiatowe_niezintegrowane"
  | "ponadpowiatowe_czesciowo_zintegrowane"
  | "ponadpowiatowe_w_pelni_zintegrowane";

/**
 * The partnership integration type of DOMAIN.md, derived from member codes. The powiats "touched" by a
 * partnership are those of its gminas plus any member powiats; a city with powiat rights is its own
 * powiat, so it always counts as integrated. Returns null when there are no valid members.
 */
export function integrationType(memberCodes: readonly string[]): IntegrationType | null {
  const touched = new Set<string>();
  const integrated = new Set<string>();
  for (const code of memberCodes) {
    const parsed = parseTeryt(code);
    if (!parsed || !parsed.powiat || !mayBePartnershipMember(code)) continue;
    touched.add(parsed.powiat);
    if (parsed.level === "powiat" || isCityWithPowiatRights(parsed.powiat)) integrated.add(parsed.powiat);
  }
  if (touched.size === 0) return null;
  if (touched.size === 1) return integrated.size === 1 ? "powiatowe_zintegrowane" : "powiatowe_niezintegrowane";
  if (integrated.size === 0) return "ponadpowiatowe_niezintegrowane";
  if (integrated.size === touched.size) return "ponadpowiatowe_w_pelni_zintegrowane";
  return "ponadpowiatowe_czesciowo_zintegrowane";
}

/** Sort key that lists a powiat before its gminas and units in code order. */
export function compareTeryt(a: string, b: string): number {
  return a.padEnd(7, "0").localeCompare(b.padEnd(7, "0")) || a.length - b.length;
}
