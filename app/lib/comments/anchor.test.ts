import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorForTextRange, anchorFromBase64, anchorToBase64, decodeAnchor, resolveAnchor, sectionText } from "./anchor";

/** Two replicas that exchange every update at once, as two editors connected to the same server do. */
function syncedPair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(b, update, "remote");
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(a, update, "remote");
  });
  return { a, b };
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function firstText(doc: Y.Doc, field: string, index = 0): Y.XmlText {
  return (doc.getXmlFragment(field).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

const PASSAGE = "rozwój transportu publicznego";

describe("comment anchors", () => {
  it("cover what is left of the passage after another user inserts before it and deletes part of it", () => {
    const { a, b } = syncedPair();
    a.getXmlFragment("s02").insert(0, [paragraph(`Priorytetem jest ${PASSAGE} w gminach.`), paragraph("Drugi akapit.")]);
    const offset = sectionText(a, "s02").indexOf(PASSAGE);
    const anchor = anchorForTextRange(a, "s02", offset, offset + PASSAGE.length)!;
    expect(anchor.quote).toBe(PASSAGE);
    expect(resolveAnchor(b, "s02", anchor.anchorStart, anchor.anchorEnd)).toMatchObject({ status: "attached", text: PASSAGE });

    // User B inserts a sentence before the passage and deletes its first word ("rozwój ").
    const text = firstText(b, "s02");
    text.insert(0, "Na wniosek rady: ");
    const wordAt = text.toString().indexOf("rozwój ");
    text.delete(wordAt, "rozwój ".length);
    // A new paragraph before the section's first one shifts everything again.
    b.getXmlFragment("s02").insert(0, [paragraph("Wstęp dodany później.")]);

    for (const doc of [a, b]) {
      expect(resolveAnchor(doc, "s02", anchor.anchorStart, anchor.anchorEnd)).toMatchObject({
        status: "attached",
        text: "transportu publicznego",
      });
    }
  });

  it("grows with text typed inside the passage and ignores text typed right after it", () => {
    const { a, b } = syncedPair();
    a.getXmlFragment("s01").insert(0, [paragraph(`A ${PASSAGE} B`)]);
    const offset = sectionText(a, "s01").indexOf(PASSAGE);
    const anchor = anchorForTextRange(a, "s01", offset, offset + PASSAGE.length)!;
    const text = firstText(b, "s01");
    const inside = text.toString().indexOf("publicznego");
    text.insert(inside, "zbiorowego ");
    text.insert(text.toString().indexOf(" B"), " i rowerowego");
    expect(resolveAnchor(a, "s01", anchor.anchorStart, anchor.anchorEnd)).toMatchObject({
      status: "attached",
      text: "rozwój transportu zbiorowego publicznego",
    });
  });

  it("detaches, keeping the quote, when the whole passage is deleted", () => {
    const { a, b } = syncedPair();
    a.getXmlFragment("s02").insert(0, [paragraph(`Priorytetem jest ${PASSAGE} w gminach.`)]);
    const offset = sectionText(a, "s02").indexOf(PASSAGE);
    const anchor = anchorForTextRange(a, "s02", offset, offset + PASSAGE.length)!;
    const text = firstText(b, "s02");
    text.delete(text.toString().indexOf(PASSAGE), PASSAGE.length);
    expect(resolveAnchor(a, "s02", anchor.anchorStart, anchor.anchorEnd)).toEqual({ status: "detached" });
    expect(anchor.quote).toBe(PASSAGE);
  });

  it("detaches when the whole paragraph holding the passage is deleted", () => {
    const { a, b } = syncedPair();
    a.getXmlFragment("s03").insert(0, [paragraph("Pierwszy."), paragraph(PASSAGE), paragraph("Trzeci.")]);
    const offset = sectionText(a, "s03").indexOf(PASSAGE);
    const anchor = anchorForTextRange(a, "s03", offset, offset + PASSAGE.length)!;
    b.getXmlFragment("s03").delete(1, 1);
    expect(resolveAnchor(a, "s03", anchor.anchorStart, anchor.anchorEnd)).toEqual({ status: "detached" });
  });

  it("spans paragraphs and keeps the break in the quote", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment("s04").insert(0, [paragraph("Cel pierwszy."), paragraph("Cel drugi.")]);
    const anchor = anchorForTextRange(doc, "s04", 4, 18)!;
    expect(resolveAnchor(doc, "s04", anchor.anchorStart, anchor.anchorEnd)).toMatchObject({
      status: "attached",
      text: "pierwszy.\nCel ",
    });
  });

  it("treats garbage and anchors of another section as detached", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment("s01").insert(0, [paragraph("Tekst sekcji pierwszej.")]);
    const anchor = anchorForTextRange(doc, "s01", 0, 5)!;
    expect(resolveAnchor(doc, "s02", anchor.anchorStart, anchor.anchorEnd)).toEqual({ status: "detached" });
    expect(resolveAnchor(doc, "s01", new Uint8Array([255, 255, 255]), anchor.anchorEnd)).toEqual({ status: "detached" });
    expect(resolveAnchor(doc, "s01", null, null)).toEqual({ status: "detached" });
    expect(decodeAnchor(new Uint8Array([1, 2]))).toBeNull();
    expect(anchorFromBase64("not base64!")).toBeNull();
    expect(anchorFromBase64(anchorToBase64(anchor.anchorStart))).toEqual(anchor.anchorStart);
  });
});
