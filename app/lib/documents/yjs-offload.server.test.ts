import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { foldedInWorker, foldUpdates } from "./yjs-offload.server";

function updates(): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => out.push(update));
  const text = doc.getText("s01");
  for (let i = 0; i < 200; i++) text.insert(text.length, `akapit ${i} `);
  text.delete(0, 50);
  doc.getArray<string>("edits").push(["a", "b"]);
  return out;
}

describe("foldUpdates", () => {
  it("folds a document's updates into one state, the same in the worker thread as inline", async () => {
    const input = updates();
    const before = foldedInWorker;
    const inWorker = await foldUpdates(input, { offloadBytes: 0 });
    expect(foldedInWorker).toBe(before + 1);
    const inline = await foldUpdates(input, { offloadBytes: Number.MAX_SAFE_INTEGER });
    for (const state of [inWorker, inline]) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      expect(doc.getText("s01").toString()).toBe(
        Array.from({ length: 200 }, (_, i) => `akapit ${i} `)
          .join("")
          .slice(50),
      );
      expect(doc.getArray("edits").toArray()).toEqual(["a", "b"]);
    }
    expect(Buffer.from(inWorker).equals(Buffer.from(inline))).toBe(true);
  });

  it("answers many concurrent folds, each with its own document", async () => {
    const docs = Array.from({ length: 5 }, (_, i) => {
      const doc = new Y.Doc();
      doc.getText("t").insert(0, `dokument ${i}`);
      return [Y.encodeStateAsUpdate(doc)];
    });
    const states = await Promise.all(docs.map((d) => foldUpdates(d, { offloadBytes: 0 })));
    expect(
      states.map((state) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, state);
        return doc.getText("t").toString();
      }),
    ).toEqual(docs.map((_, i) => `dokument ${i}`));
  });
});
