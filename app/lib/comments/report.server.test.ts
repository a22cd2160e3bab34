import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n";
import { CSV_SEPARATOR, reportCsv, type ReportRow } from "./report.server";

const t = createI18n("pl").t;

function row(comment: string, extra: Partial<ReportRow> = {}): ReportRow {
  return {
    number: 1,
    section: "2. Diagnoza",
    passage: "silne zaplecze rolnicze",
    comment,
    justification: "",
    author: "Maria Ekspertka",
    date: "3 marca 2026, 10:15",
    replies: "",
    answer: "",
    decision: "brak rozstrzygnięcia",
    status: "otwarty",
    ...extra,
  };
}

const FIELD = String.raw`"(?:[^"]|"")*"`;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Every cell a spreadsheet could make when it splits rows on line breaks and cells on `separator`, ignoring quotes. */
function naiveCells(csv: string, separator: string): string[] {
  return csv
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^"+/, ""));
}

const parsed = (csv: string): string[][] => parse(csv, { delimiter: CSV_SEPARATOR, bom: true, relax_column_count: false });

describe("the CSV consultation report (finding 6)", () => {
  const hostile = [
    "x;=1+1;",
    "=1+1",
    "+48 600 100 200",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "a,=HYPERLINK(\"http://evil.example\")",
    "a\t+1",
    "a;-1",
    "a;@x",
    "a\n=1+1",
    "a\r\n=1+1",
    'b;"=1+1',
    "c;;=1",
    "d;\t=1",
    '=cmd|" /C calc"!A0',
  ];

  it("says which separator it uses", () => {
    expect(CSV_SEPARATOR).toBe(";");
    expect(t("comments:sidebar.exportCsv")).toContain("średnik");
    expect(t("comments:sidebar.exportCsvLabel")).toContain("średnik");
    const en = createI18n("en").t;
    expect(en("comments:sidebar.exportCsv")).toContain("semicolon");
    expect(en("comments:sidebar.exportCsvLabel")).toContain("semicolon");
  });

  it("quotes every field, the header row too", () => {
    const csv = reportCsv(hostile.map((body, i) => row(body, { number: i + 1, replies: `Anna (dziś): ${body}` })), t);
    const record = `${FIELD}(?:;${FIELD})*`;
    expect(csv.replace(/^\uFEFF/, "")).toMatch(new RegExp(`^(?:${record}\\r\\n)+$`));
  });

  it.each(hostile)("%j: no cell starts a formula, however a spreadsheet splits it", (body) => {
    const csv = reportCsv([row(body, { justification: body, answer: body })], t);
    for (const separator of [";", ",", "\t"]) {
      for (const cell of naiveCells(csv, separator)) expect(cell, `split on ${JSON.stringify(separator)}`).not.toMatch(FORMULA_START);
    }
    // Read as CSV, the text is all there, only marked as text.
    const [, cells] = parsed(csv);
    expect(cells[3].replace(/'/g, "")).toBe(body.replace(/'/g, ""));
  });

  it("keeps ordinary text as it is", () => {
    const [, cells] = parsed(reportCsv([row("Proszę uzupełnić diagnozę o dane GUS z 2024 r.; dotyczy gmin wiejskich.")], t));
    expect(cells[3]).toBe("Proszę uzupełnić diagnozę o dane GUS z 2024 r.; dotyczy gmin wiejskich.");
  });

  it("holds for any text (property)", () => {
    const chars = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ";", ",", '"', "'", " ", "a", "ż", "1");
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 30 }), { minLength: 1, maxLength: 4 }), (bodies) => {
        const csv = reportCsv(bodies.map((body, i) => row(body, { number: i + 1 })), t);
        for (const separator of [";", ",", "\t"]) {
          for (const cell of naiveCells(csv, separator)) if (FORMULA_START.test(cell)) return false;
        }
        const records = parsed(csv);
        return records.length === bodies.length + 1 && records.slice(1).every((cells, i) => cells[3].replace(/'/g, "") === bodies[i].replace(/'/g, ""));
      }),
      { numRuns: 300 },
    );
  });
});
