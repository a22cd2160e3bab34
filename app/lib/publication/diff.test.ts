import { describe, expect, it } from "vitest";
import { diffPublished } from "./diff";

describe("diffPublished", () => {
  it("marks the changed words of changed sections and leaves the others unchanged", () => {
    const from = [
      { key: "s01", title: "1. Wprowadzenie", text: "Strategia obejmuje dziesięć gmin." },
      { key: "s02", title: "2. Diagnoza", text: "Bez zmian." },
    ];
    const to = [
      { key: "s01", title: "1. Wprowadzenie", text: "Strategia obejmuje jedenaście gmin." },
      { key: "s02", title: "2. Diagnoza", text: "Bez zmian." },
    ];
    const diff = diffPublished(from, to);
    expect(diff.map((s) => [s.key, s.changed])).toEqual([["s01", true], ["s02", false]]);
    expect(diff[0].parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["dziesięć"]);
    expect(diff[0].parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["jedenaście"]);
  });

  it("shows a section (a project) added or dropped between versions", () => {
    const diff = diffPublished([{ key: "a", title: "Projekt A", text: "A" }], [{ key: "b", title: "Projekt B", text: "B" }]);
    expect(diff.map((s) => [s.key, s.changed])).toEqual([["b", true], ["a", true]]);
    expect(diff[1].parts).toEqual([{ value: "A", added: false, removed: true }]);
  });
});
