import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareTeryt,
  integrationType,
  mayBePartnershipMember,
  parseTeryt,
} from "./teryt";

const register = readFileSync(new URL("../../db/data/teryt-terc-2024-01-01.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => /^\d/.test(line))
  .map((line) => {
    const [teryt, name, kind, parent] = line.split("\t");
    return { teryt, name, kind, parent: parent || null };
  });

const children = (parent: string) => register.filter((u) => u.parent === parent).map((u) => u.teryt);

describe("parseTeryt", () => {
  it("parses every unit of the real register with the kind and parent the register gives", () => {
    expect(register.length).toBeGreaterThan(2800);
    for (const unit of register) {
      const parsed = parseTeryt(unit.teryt);
      expect(parsed, unit.teryt).not.toBeNull();
      expect(parsed!.kind, unit.teryt).toBe(unit.kind);
      expect(parsed!.parent, unit.teryt).toBe(unit.parent);
    }
  });

  it("tells the urban and the rural Augustów apart", () => {
    expect(parseTeryt("2001011")).toMatchObject({ level: "gmina", kind: "gmina_miejska", powiat: "2001" });
    expect(parseTeryt("2001022")).toMatchObject({ level: "gmina", kind: "gmina_wiejska", powiat: "2001" });
    expect(parseTeryt("2007013")).toMatchObject({ kind: "gmina_miejsko_wiejska", voivodeship: "20" });
    expect(parseTeryt("20")).toMatchObject({ level: "voivodeship", parent: null, powiat: null });
    expect(parseTeryt("2061")).toMatchObject({ level: "powiat", kind: "miasto_na_prawach_powiatu" });
  });

  it.each(["", "2", "203", "20011", "200101", "2001014", "2001004", "01", "34", "2000", "20010111", "abc", "20 01"])(
    "rejects %j",
    (code) => expect(parseTeryt(code)).toBeNull(),
  );
});

describe("mayBePartnershipMember", () => {
  it("accepts gminas and land powiats, not voivodeships nor the 4-digit code of a city with powiat rights", () => {
    expect(mayBePartnershipMember("2013")).toBe(true);
    expect(mayBePartnershipMember("2013011")).toBe(true);
    expect(mayBePartnershipMember("2061011")).toBe(true);
    expect(mayBePartnershipMember("2061")).toBe(false);
    expect(mayBePartnershipMember("20")).toBe(false);
    expect(mayBePartnershipMember("garbage")).toBe(false);
  });
});

describe("integrationType on the real Podlaskie pilot partnerships", () => {
  it("Ziemia Wysokomazowiecka (powiat 2013 and its 10 gminas) is powiatowe zintegrowane", () => {
    const gminas = children("2013");
    expect(gminas).toHaveLength(10);
    expect(integrationType(["2013", ...gminas])).toBe("powiatowe_zintegrowane");
    expect(integrationType(gminas)).toBe("powiatowe_niezintegrowane");
  });

  it("Wiele gmin – jeden cel (powiat 2006, its 6 gminas and Jedwabne) is ponadpowiatowe częściowo zintegrowane", () => {
    const gminas = children("2006");
    expect(gminas).toHaveLength(6);
    expect(integrationType(["2006", ...gminas, "2007013"])).toBe("ponadpowiatowe_czesciowo_zintegrowane");
  });

  it("Augustowsko-Biebrzański Park Turystyczny (gminas of 3 powiats, no powiat) is ponadpowiatowe niezintegrowane", () => {
    const gminas = [...children("2001"), ...children("2011"), ...children("2008")];
    expect(integrationType(gminas)).toBe("ponadpowiatowe_niezintegrowane");
    expect(integrationType([...gminas, "2001", "2011", "2008"])).toBe("ponadpowiatowe_w_pelni_zintegrowane");
  });

  it("counts a city with powiat rights as integrated and ignores invalid codes", () => {
    expect(integrationType(["2061011"])).toBe("powiatowe_zintegrowane");
    expect(integrationType(["2061011", "2002013", "2002"])).toBe("ponadpowiatowe_w_pelni_zintegrowane");
    expect(integrationType(["2061011", "2002013"])).toBe("ponadpowiatowe_czesciowo_zintegrowane");
    expect(integrationType([])).toBeNull();
    expect(integrationType(["20", "bad"])).toBeNull();
  });
});

describe("compareTeryt", () => {
  it("lists a powiat before its gminas", () => {
    expect(["2013011", "2006", "2013", "2006011"].sort(compareTeryt)).toEqual(["2006", "2006011", "2013", "2013011"]);
  });
});
