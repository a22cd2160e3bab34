import { describe, expect, it } from "vitest";
import { MAX_GROSZE, formatGrosze, groszeToInput, groszeToPln, parseGrosze, plnToGrosze, sumGrosze } from "./money";

describe("money in grosze", () => {
  it.each([
    ["0", 0],
    ["1", 100],
    ["1,5", 150],
    ["1.05", 105],
    ["1 234 567,89", 123456789],
    ["1\u00a0234\u00a0567,89 zł", 123456789],
    ["12500000 PLN", 1250000000],
    ["007,10", 710],
  ])("parses %j as %d gr", (input, expected) => {
    expect(parseGrosze(input)).toBe(expected);
  });

  it.each(["", "abc", "-5", "1,234", "1.2.3", "1e6", "1,", ",5", "12 34,5x", "1000000000000"])("refuses %j", (input) => {
    expect(parseGrosze(input)).toBeNull();
  });

  it("caps at the maximum amount", () => {
    expect(parseGrosze("100000000000")).toBe(MAX_GROSZE);
    expect(parseGrosze("100000000000,01")).toBeNull();
  });

  it("sums exactly where floats would not", () => {
    // 0.1 + 0.2 in PLN: float gives 0.30000000000000004
    expect(sumGrosze([10, 20])).toBe(30);
    expect(groszeToPln(sumGrosze([parseGrosze("0,1")!, parseGrosze("0,2")!]))).toBe(0.3);
    const many = Array.from({ length: 1000 }, () => parseGrosze("1234,56")!);
    expect(sumGrosze(many)).toBe(123456000);
  });

  it("refuses to sum fractions of a grosz or out-of-range totals", () => {
    expect(() => sumGrosze([1.5])).toThrow(RangeError);
    expect(() => sumGrosze([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it("round-trips through the form field and JSON", () => {
    for (const value of [0, 1, 99, 100, 123456789, MAX_GROSZE]) {
      expect(parseGrosze(groszeToInput(value))).toBe(value);
      expect(plnToGrosze(groszeToPln(value))).toBe(value);
    }
    expect(plnToGrosze(-1)).toBeNull();
    expect(plnToGrosze(Number.NaN)).toBeNull();
  });

  it("formats in Polish and English", () => {
    expect(formatGrosze(123456789)).toBe("1\u00a0234\u00a0567,89\u00a0zł");
    expect(formatGrosze(500000)).toBe("5\u00a0000,00\u00a0zł");
    expect(formatGrosze(5, "en")).toBe("PLN\u00a00.05");
    expect(formatGrosze(123456789, "en")).toBe("PLN\u00a01,234,567.89");
  });
});
