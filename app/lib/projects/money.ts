/**
 * Money is kept as whole grosze (1 PLN = 100 gr) in safe integers: sums are exact, never float.
 * Amounts come from forms as Polish-formatted text ("1 234 567,89") and leave as PLN numbers (JSON) or
 * Polish text (pages, exports).
 */
export type Grosze = number;

/** 100 billion PLN: far above any project, far below Number.MAX_SAFE_INTEGER. */
export const MAX_GROSZE: Grosze = 10_000_000_000_000;

const AMOUNT = /^(\d+)(?:[.,](\d{1,2}))?$/;

/** "1 234 567,89", "1234567.89", "1 234 zł" → grosze; null when it is not a non-negative amount with ≤ 2 decimals. */
export function parseGrosze(input: string): Grosze | null {
  const compact = input
    .trim()
    .replace(/\s*(zł|PLN)$/i, "")
    .replace(/[\s\u00a0\u202f]/g, "");
  const match = AMOUNT.exec(compact);
  if (!match) return null;
  const whole = match[1].replace(/^0+(?=\d)/, "");
  if (whole.length > 12) return null;
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const value = Number(whole) * 100 + Number(fraction);
  return value <= MAX_GROSZE ? value : null;
}

/** Exact integer sum; throws if the result would leave the safe range (never silently rounds). */
export function sumGrosze(values: readonly Grosze[]): Grosze {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of grosze: ${value}`);
    total += value;
    if (!Number.isSafeInteger(total)) throw new RangeError("Sum out of range");
  }
  return total;
}

/** PLN as a JSON number (exact to the grosz: n/100 of a safe integer prints with at most two decimals). */
export function groszeToPln(value: Grosze): number {
  return value / 100;
}

/** PLN number (two decimals at most) → grosze, e.g. for API input. Null when not a whole number of grosze. */
export function plnToGrosze(value: number): Grosze | null {
  if (!Number.isFinite(value) || value < 0) return null;
  return parseGrosze(value.toFixed(2));
}

/** Plain decimal text for a form field: "1234567,89" (no grouping, so it parses back unchanged). */
export function groszeToInput(value: Grosze): string {
  const whole = Math.floor(value / 100);
  const fraction = value % 100;
  return fraction === 0 ? String(whole) : `${whole},${String(fraction).padStart(2, "0")}`;
}

/** "1 234 567,89 zł" (Polish grouping) or "PLN 1,234,567.89" (English), built from integers. */
export function formatGrosze(value: Grosze, locale: "pl" | "en" = "pl"): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  // Grouped from every thousand (Intl leaves 4-digit Polish numbers ungrouped), so columns of amounts align.
  const wholeText = groupThousands(whole, locale === "pl" ? "\u00a0" : ",");
  const sign = negative ? "−" : "";
  return locale === "pl" ? `${sign}${wholeText},${fraction}\u00a0zł` : `${sign}PLN\u00a0${wholeText}.${fraction}`;
}

function groupThousands(whole: number, separator: string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
