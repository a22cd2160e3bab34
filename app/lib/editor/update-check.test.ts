import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyContent, paragraphs, yDocFromJson } from "./derive.server";
import type { PmJson } from "./text";
import { checkSectionUpdate } from "./update-check";

const text = (value: string, marks?: PmJson["marks"]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: PmJson[]) => ({ type: "paragraph", content });
const cell = (type: "tableCell" | "tableHeader", value: string, attrs?: Record<string, unknown>) => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [p(text(value))],
});

/** Everything the editor can make: every node, mark and attribute of the schema. */
const RICH: Record<string, PmJson> = {
  s01: {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Diagnoza")] },
      { type: "heading", attrs: { level: 4 }, content: [text("Demografia", [{ type: "italic" }])] },
      p(
        text("pogrubione ", [{ type: "bold" }]),
        text("podkreślone ", [{ type: "underline" }, { type: "strike" }]),
        text("GUS", [{ type: "link", attrs: { href: "https://stat.gov.pl", target: null, rel: "noopener noreferrer nofollow", class: null } }]),
        { type: "hardBreak" },
        text("nowa linia"),
      ),
      { type: "blockquote", content: [p(text("cytat z uchwały"))] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [p(text("punkt")), { type: "orderedList", attrs: { start: 3, type: null }, content: [{ type: "listItem", content: [p(text("podpunkt"))] }] }] },
        ],
      },
      {
        type: "table",
        content: [
          { type: "tableRow", content: [cell("tableHeader", "Gmina"), cell("tableHeader", "TERYT", { colspan: 2, rowspan: 1, colwidth: [120, 80] })] },
          { type: "tableRow", content: [cell("tableCell", "Ciechanowiec"), cell("tableCell", "2011032", { colspan: 2, rowspan: 1, colwidth: null })] },
        ],
      },
    ],
  },
  s02: paragraphs("Pierwszy akapit", "", "Trzeci akapit"),
};

describe("checkSectionUpdate (finding 5)", () => {
  it("accepts everything the editor writes: a whole rich document as one update", () => {
    const update = Y.encodeStateAsUpdate(yDocFromJson("strategy", RICH));
    expect(checkSectionUpdate(new Y.Doc(), update)).toBeNull();
  });

  it("accepts the editor's edits to a document it already has: typing, restructuring, deleting", () => {
    const server = yDocFromJson("strategy", RICH);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const edits: Record<string, PmJson>[] = [
      { ...RICH, s02: paragraphs("Pierwszy akapit poprawiony", "", "Trzeci akapit") },
      { ...RICH, s02: { type: "doc", content: [{ type: "bulletList", content: [{ type: "listItem", content: [p(text("lista"))] }] }] } },
      { ...RICH, s01: paragraphs("Wszystko inaczej"), s03: paragraphs("Wizja") },
      { s04: paragraphs("Tylko to") },
    ];
    for (const target of edits) {
      const before = Y.encodeStateVector(client);
      applyContent(client, "strategy", target);
      const update = Y.encodeStateAsUpdate(client, before);
      expect(checkSectionUpdate(server, update), JSON.stringify(target).slice(0, 80)).toBeNull();
      Y.applyUpdate(server, update);
    }
  });

  it("accepts a resent update the document already holds, and roots that are not sections", () => {
    const server = yDocFromJson("strategy", RICH);
    expect(checkSectionUpdate(server, Y.encodeStateAsUpdate(server))).toBeNull();
    const other = new Y.Doc();
    other.getArray("edits").push(["x"]);
    other.getMap("meta").set("a", new Y.Text("b"));
    expect(checkSectionUpdate(server, Y.encodeStateAsUpdate(other))).toBeNull();
  });

  it("refuses what no editor can show, and says why", () => {
    const refuse = (write: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      write(doc);
      return checkSectionUpdate(new Y.Doc(), Y.encodeStateAsUpdate(doc));
    };
    expect(refuse((d) => d.getXmlFragment("s03").insert(0, [new Y.XmlText("x")]))).toMatch(/section s03 can hold only elements/);
    expect(refuse((d) => d.getXmlFragment("default").insert(0, [new Y.XmlElement("iframe")]))).toMatch(/cannot hold iframe/);
    expect(
      refuse((d) => {
        const li = new Y.XmlElement("listItem");
        d.getXmlFragment("s01").insert(0, [li]);
      }),
    ).toMatch(/cannot hold listItem/);
    expect(
      refuse((d) => {
        const h = new Y.XmlElement("heading");
        h.setAttribute("style", "x");
        d.getXmlFragment("s01").insert(0, [h]);
      }),
    ).toMatch(/heading has no attribute style/);
    expect(
      refuse((d) => {
        const t = new Y.XmlText();
        d.getXmlFragment("s01").insert(0, [Object.assign(new Y.XmlElement("paragraph"), {})]);
        (d.getXmlFragment("s01").get(0) as Y.XmlElement).insert(0, [t]);
        t.insert(0, "x", { code: {} });
      }),
    ).toMatch(/unknown mark code/);
  });

  it("follows a long run of neighbours without recursion (a large paste)", () => {
    const server = yDocFromJson("strategy", { s05: paragraphs("start") });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(client);
    const fragment = client.getXmlFragment("s05");
    const pasted = Array.from({ length: 20_000 }, (_, i) => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`akapit ${i}`)]);
      return paragraph;
    });
    // Each paragraph's only link to the section is its left neighbour: a chain 20 000 long.
    fragment.insert(fragment.length, pasted);
    expect(checkSectionUpdate(server, Y.encodeStateAsUpdate(client, before))).toBeNull();
  });
});
