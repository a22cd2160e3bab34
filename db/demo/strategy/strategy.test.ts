import { Node as PmNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { documentSchema } from "../../../app/lib/editor/extensions";
import { textFromJson, type PmJson } from "../../../app/lib/editor/text";
import { STRATEGY_SECTIONS } from "../../../app/lib/strategy-sections";
import { readTerytRegister } from "../../seed";
import { DEMO_STRATEGY_HISTORY } from "../../seed-strategy";
import { inline } from "../pm";
import { ABPT_MEMBERS } from "./augustowsko-biebrzanski";
import { WGJC_MEMBERS } from "./wiele-gmin-jeden-cel";
import { ZW_STRATEGY_V2 } from "./ziemia-wysokomazowiecka";
import { ZW_MEMBERS } from "./zw-introduction";

function nodes(node: PmJson): PmJson[] {
  return [node, ...(node.content ?? []).flatMap(nodes)];
}

describe("demo strategy content", () => {
  const stages = Object.entries(DEMO_STRATEGY_HISTORY).flatMap(([slug, list]) =>
    list.map((s, i) => ({ name: `${slug}#${i}`, ...s })),
  );

  it.each(stages)("$name is valid against the shared editor schema, section by section", ({ content }) => {
    for (const key of Object.keys(content)) expect(STRATEGY_SECTIONS.map((s) => s.key)).toContain(key);
    for (const [key, field] of Object.entries(content)) {
      expect(() => PmNode.fromJSON(documentSchema(), field).check(), key).not.toThrow();
      // The section title is the h2 of the rendered strategy: headings inside a section start at h3.
      const levels = nodes(field)
        .filter((n) => n.type === "heading")
        .map((n) => n.attrs?.level);
      expect(
        levels.every((l) => l === 3 || l === 4),
        key,
      ).toBe(true);
    }
  });

  it("fills all 14 sections of the Ziemia Wysokomazowiecka strategy with several pages of text", () => {
    const words = STRATEGY_SECTIONS.map((s) => textFromJson(ZW_STRATEGY_V2[s.key]).split(/\s+/).length);
    expect(words.every((n) => n > 100)).toBe(true);
    expect(words.reduce((a, b) => a + b, 0)).toBeGreaterThan(4000);
    const all = STRATEGY_SECTIONS.flatMap((s) => nodes(ZW_STRATEGY_V2[s.key]));
    expect(all.filter((n) => n.type === "table").length).toBeGreaterThanOrEqual(5);
    expect(all.filter((n) => n.type === "bulletList").length).toBeGreaterThanOrEqual(10);
  });

  it("names every member JST by its TERYT code and register name", () => {
    const register = new Map(readTerytRegister().map((u) => [u.teryt, u.name]));
    const members = [
      ...ZW_MEMBERS.map((m) => [m.name, m.teryt] as const),
      ...WGJC_MEMBERS.map(([name, teryt]) => [name, teryt] as const),
      ...ABPT_MEMBERS,
    ];
    for (const [name, teryt] of members) {
      const registered = register.get(teryt);
      expect(registered, teryt).toBeDefined();
      expect(name.toLocaleLowerCase("pl"), teryt).toContain(registered!.toLocaleLowerCase("pl"));
    }
    expect(ZW_MEMBERS.slice(1).reduce((sum, m) => sum + m.population, 0)).toBe(ZW_MEMBERS[0].population);
    expect(ZW_MEMBERS.slice(1).reduce((sum, m) => sum + m.area, 0)).toBe(ZW_MEMBERS[0].area);
  });

  it("reads **bold** and _italic_ markup and leaves other text alone", () => {
    expect(inline("a **b** c _d_ e_f 2_3")).toEqual([
      { type: "text", text: "a " },
      { type: "text", text: "b", marks: [{ type: "bold" }] },
      { type: "text", text: " c " },
      { type: "text", text: "d", marks: [{ type: "italic" }] },
      { type: "text", text: " e_f 2_3" },
    ]);
  });
});
