import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { applyContent, deriveDocument, deriveFromJson, paragraphs, yDocFromJson } from "./derive.server";
import { textFromJson } from "./text";

describe("deriving a document from its Y.Doc with the shared schema", () => {
  it("turns each strategy section into JSON, HTML and text", () => {
    const ydoc = yDocFromJson("strategy", {
      s01: {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Obszar" }] },
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Gminy " },
              { type: "text", text: "<b>razem</b>", marks: [{ type: "bold" }] },
            ],
          },
          {
            type: "table",
            content: [
              {
                type: "tableRow",
                content: [
                  { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "Gmina" }] }] },
                  { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "TERYT" }] }] },
                ],
              },
            ],
          },
        ],
      },
      s03: paragraphs("Wizja partnerstwa"),
    });
    const derived = deriveDocument(ydoc, "strategy");
    expect(derived.fields).toHaveLength(14);
    const s01 = derived.fields[0];
    expect(s01.text).toBe("Obszar\nGminy <b>razem</b>\nGmina\tTERYT");
    expect(s01.html).toContain("<h2>Obszar</h2>");
    expect(s01.html).toContain("<strong>&lt;b&gt;razem&lt;/b&gt;</strong>");
    expect(s01.html).toContain("<table");
    expect(derived.html).toContain('<section id="s03"><h2>Wizja i misja</h2><p>Wizja partnerstwa</p></section>');
    expect(derived.text).toContain("Wizja i misja\nWizja partnerstwa");
    expect(derived.fields[1].text).toBe("");
    expect(deriveFromJson("strategy", derived.json).html).toBe(derived.html);
  });

  it("applies old content as minimal edits that merge with concurrent ones", () => {
    const live = yDocFromJson("strategy", { s02: paragraphs("Pierwszy akapit", "Drugi akapit") });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    // Someone edits s05 while the restore is applied to s02.
    applyContent(other, "strategy", { ...deriveDocument(other, "strategy").json, s05: paragraphs("Cel operacyjny") });
    applyContent(live, "strategy", { s02: paragraphs("Pierwszy akapit") });
    Y.applyUpdate(live, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const a = deriveDocument(live, "strategy");
    expect(a.fields[1].text).toBe("Pierwszy akapit");
    expect(a.fields[4].text).toBe("Cel operacyjny");
    expect(deriveDocument(other, "strategy").text).toBe(a.text);
  });

  it("never renders a script link into the derived HTML", () => {
    const link = (href: string, text: string) => ({ type: "text", text, marks: [{ type: "link", attrs: { href } }] });
    const html = deriveFromJson("minutes", {
      default: { type: "doc", content: [{ type: "paragraph", content: [link("javascript:alert(1)", "zły"), link("https://www.gov.pl", " dobry")] }] },
    }).html;
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://www.gov.pl"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it("reads text of nested lists and hard breaks", () => {
    expect(
      textFromJson({
        type: "doc",
        content: [
          {
            type: "bulletList",
            content: [
              { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }] },
              { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "b" }, { type: "hardBreak" }, { type: "text", text: "c" }] }] },
            ],
          },
        ],
      }),
    ).toBe("a\nb\nc");
  });

  it("derives a section it cannot read as empty, logs which, and the rest as usual, without changing the document (finding 5)", () => {
    const ydoc = yDocFromJson("strategy", { s01: paragraphs("Obszar partnerstwa"), s04: paragraphs("Wizja") });
    ydoc.getXmlFragment("s02").insert(0, [new Y.XmlText("luzem w sekcji")]);
    const unknown = new Y.XmlElement("script");
    unknown.insert(0, [new Y.XmlText("alert(1)")]);
    ydoc.getXmlFragment("s03").insert(0, [unknown]);
    const marked = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    text.insert(0, "migające", { blink: {} });
    marked.insert(0, [text]);
    ydoc.getXmlFragment("s05").insert(0, [marked]);
    const before = Y.encodeStateAsUpdate(ydoc);
    const logged: string[] = [];
    const derived = deriveDocument(ydoc, "strategy", { log: (message) => logged.push(message) });
    expect(derived.fields.map((f) => f.text)).toEqual([
      "Obszar partnerstwa", "", "", "Wizja", "", "", "", "", "", "", "", "", "", "",
    ]);
    expect(derived.text).toContain("Obszar partnerstwa");
    expect(derived.text).not.toMatch(/luzem|alert|migające/);
    expect(logged).toHaveLength(3);
    expect(logged.join("\n")).toMatch(/s02[\s\S]*s03[\s\S]*s05/);
    // Reading never repairs by deleting (what the editor binding would do): the stored document is untouched.
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });
});
