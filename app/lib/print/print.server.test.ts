import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { blocksFromPm, type PrintDocument } from "./model";
import { renderDocx } from "./docx.server";
import { renderPdf } from "./pdf.server";

const doc: PrintDocument = {
  language: "pl",
  title: "Strategia terytorialna Ziemi Wysokomazowieckiej",
  subtitle: "Wersja 2 z 14 listopada 2026",
  facts: [{ label: "Partnerstwo", value: "Ziemia Wysokomazowiecka" }],
  toc: { title: "Spis treści" },
  blocks: [
    { type: "heading", level: 2, text: "Diagnoza sytuacji społeczno-gospodarczej" },
    { type: "paragraph", text: "Zażółć gęślą jaźń — liczba mieszkańców spadła o 4,2%." },
    { type: "list", ordered: false, items: ["żłobki", "drogi powiatowe"] },
    { type: "table", header: ["Wskaźnik", "Wartość"], rows: [["Długość dróg", "12,5 km"]] },
    { type: "heading", level: 2, text: "Cele strategiczne" },
    { type: "heading", level: 3, text: "Cel 1. Dostępność usług" },
  ],
  footer: "Wygenerowano w Wspólnie",
};

describe("print model", () => {
  it("shifts content headings below the section title, keeps lists and tables, drops marks", () => {
    const blocks = blocksFromPm(
      {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Wstęp" }] },
          { type: "paragraph", content: [{ type: "text", text: "Tekst z ", marks: [{ type: "comment" }] }, { type: "text", text: "komentarzem" }] },
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "punkt" }] }] }] },
          {
            type: "table",
            content: [
              { type: "tableRow", content: [{ type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "A" }] }] }] },
              { type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "1" }] }] }] },
            ],
          },
        ],
      },
      3,
    );
    expect(blocks).toEqual([
      { type: "heading", level: 3, text: "Wstęp" },
      { type: "paragraph", text: "Tekst z komentarzem" },
      { type: "list", ordered: false, items: ["punkt"] },
      { type: "table", header: ["A"], rows: [["1"]] },
    ]);
  });

  it("renders a tagged PDF with Polish letters, the headings and a table of contents", async () => {
    const pdf = await renderPdf(doc);
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/Lang \(pl-PL\)/);
    const parser = new PDFParse({ data: pdf });
    const { text } = await parser.getText();
    await parser.destroy();
    for (const expected of ["Spis treści", "Diagnoza sytuacji społeczno-gospodarczej", "Zażółć gęślą jaźń", "Cel 1. Dostępność usług", "12,5 km"]) {
      expect(text).toContain(expected);
    }
  });

  it("renders a DOCX with real headings, a linked table of contents and the document language", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Diagnoza sytuacji społeczno-gospodarczej");
    expect(xml).toMatch(/w:pStyle w:val="Heading2"/);
    expect(xml).toContain('w:anchor="h2_0"');
    expect(xml).toContain("Zażółć gęślą jaźń");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain("pl-PL");
  });
});
