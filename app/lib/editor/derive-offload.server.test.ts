import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyContent, deriveDocument } from "./derive.server";
import { deriveSnapshot, derivedInWorker } from "./derive-offload.server";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("deriveSnapshot", () => {
  it("derives a large document in the worker thread exactly as inline, with the state of that moment", async () => {
    const ydoc = new Y.Doc();
    const lines = Array.from({ length: 300 }, (_, i) => `Punkt ${i}: ustalenia grupy roboczej <b>bez</b> znaczników`);
    applyContent(ydoc, "minutes", { default: { type: "doc", content: lines.map(paragraph) } });
    const before = derivedInWorker;
    const snapshot = await deriveSnapshot(ydoc, "minutes", { offloadBytes: 0 });
    expect(derivedInWorker).toBe(before + 1);
    expect(snapshot.derived).toEqual(deriveDocument(ydoc, "minutes"));
    expect(snapshot.derived.text).toContain("Punkt 299: ustalenia grupy roboczej <b>bez</b> znaczników");
    expect(snapshot.derived.html).toContain("&lt;b&gt;bez&lt;/b&gt;");
    expect(Buffer.from(snapshot.state).equals(Buffer.from(Y.encodeStateAsUpdate(ydoc)))).toBe(true);
  });

  it("derives a small document inline", async () => {
    const ydoc = new Y.Doc();
    applyContent(ydoc, "minutes", { default: { type: "doc", content: [paragraph("krótko")] } });
    const before = derivedInWorker;
    const snapshot = await deriveSnapshot(ydoc, "minutes");
    expect(derivedInWorker).toBe(before);
    expect(snapshot.derived.text).toContain("krótko");
  });
});
