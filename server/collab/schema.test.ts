import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode, MessageType } from "../../app/lib/collab-protocol";
import type { CollabClient } from "../../app/lib/collab/client";
import { documentUpdates, documents } from "../../db/schema";
import { testDrivers } from "../../db/test/test-db";
import { startTestServer, type TestServer } from "../test/test-server";
import { openClient, rawConnect, sessionTokenFor, strategyDocumentId, synced, waitFor, wsUrl, syncUpdateMessage } from "./test/clients";

const ZW = "ziemia-wysokomazowiecka";


const paragraph = (text: string, marks?: Record<string, unknown>) => {
  const p = new Y.XmlElement("paragraph");
  const t = new Y.XmlText();
  t.insert(0, text, marks);
  p.insert(0, [t]);
  return p;
};
const element = (name: string, ...children: (Y.XmlElement | Y.XmlText)[]) => {
  const el = new Y.XmlElement(name);
  el.insert(0, children);
  return el;
};
/** An update made by `write` on a fresh document (self-contained: it refers to nothing the server has). */
const updateOf = (write: (doc: Y.Doc) => void) => {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
};

/** Updates a hostile or broken client could send: valid Yjs, invalid for the editor schema. */
const INVALID: [string, () => Uint8Array][] = [
  ["a Y.XmlText straight in a section fragment", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [new Y.XmlText("luzem")]))],
  ["an element the schema does not know", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("script", new Y.XmlText("x"))]))],
  ["a node name 'doc' inside a section", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("doc", paragraph("x"))]))],
  ["inline text straight in a table", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("table", new Y.XmlText("x"))]))],
  [
    "a paragraph straight in a table row",
    () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("table", element("tableRow", paragraph("x")))])),
  ],
  ["a heading inside a paragraph", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("paragraph", element("heading", new Y.XmlText("x")))]))],
  ["a mark the schema does not know", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [paragraph("x", { blink: {} })]))],
  [
    "an attribute the node does not have",
    () =>
      updateOf((d) => {
        const p = paragraph("x");
        p.setAttribute("onclick", "alert(1)");
        d.getXmlFragment("s03").insert(0, [p]);
      }),
  ],
  ["a Y.Map inside a paragraph", () => updateOf((d) => d.getXmlFragment("s03").insert(0, [element("paragraph", new Y.Map() as never)]))],
  ["an embed inside text", () => updateOf((d) => {
    const t = new Y.XmlText();
    d.getXmlFragment("s03").insert(0, [element("paragraph", t)]);
    t.insertEmbed(0, { image: "x" });
  })],
  ["an attribute on a text", () => updateOf((d) => {
    const t = new Y.XmlText("x");
    d.getXmlFragment("s03").insert(0, [element("paragraph", t)]);
    t.setAttribute("style", "x");
  })],
  ["a section written as plain text", () => updateOf((d) => d.getText("s04").insert(0, "zwykły tekst"))],
  ["a section written as a map", () => updateOf((d) => d.getMap("s05").set("klucz", 1))],
  [
    "text of one client into another client's paragraph the server has never seen",
    () => {
      const author = new Y.Doc();
      author.getXmlFragment("s03").insert(0, [new Y.XmlElement("paragraph")]);
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(author));
      const before = Y.encodeStateVector(other);
      (other.getXmlFragment("s03").get(0) as Y.XmlElement).insert(0, [new Y.XmlText("osierocony")]);
      return Y.encodeStateAsUpdate(other, before);
    },
  ],
];

/** A client's paragraph and, separately, the text it then typed into it (the paragraph made offline, say). */
const paragraphThenText = () => {
  const doc = new Y.Doc();
  const p = new Y.XmlElement("paragraph");
  doc.getXmlFragment("s03").insert(0, [p]);
  const before = Y.encodeStateVector(doc);
  p.insert(0, [new Y.XmlText("najpierw akapit, potem tekst")]);
  return { text: Y.encodeStateAsUpdate(doc, before), whole: Y.encodeStateAsUpdate(doc) };
};

/** What the editor itself writes: all of it must still be accepted. */
const VALID: [string, () => Uint8Array][] = [
  ["a paragraph with bold and a link", () => updateOf((d) => d.getXmlFragment("s07").insert(0, [paragraph("pogrubione", { bold: {} }), paragraph("łącze", { link: { href: "https://www.gov.pl", target: null, rel: "noopener noreferrer nofollow", class: null } })]))],
  ["a heading of level 3", () => updateOf((d) => {
    const h = element("heading", new Y.XmlText("Cele"));
    h.setAttribute("level", 3 as never);
    d.getXmlFragment("s07").insert(0, [h]);
  })],
  ["a bullet list", () => updateOf((d) => d.getXmlFragment("s07").insert(0, [element("bulletList", element("listItem", paragraph("punkt")))]))],
  [
    "a table with a header row",
    () =>
      updateOf((d) =>
        d.getXmlFragment("s07").insert(0, [
          element("table", element("tableRow", element("tableHeader", paragraph("Gmina")), element("tableCell", paragraph("Ciechanowiec")))),
        ]),
      ),
  ],
  ["a hard break inside a paragraph", () => updateOf((d) => d.getXmlFragment("s07").insert(0, [element("paragraph", new Y.XmlText("a"), element("hardBreak"), new Y.XmlText("b"))]))],
  ["a root that is not a section", () => updateOf((d) => d.getArray("edits").push(["x"]))],
];

describe.each(testDrivers)("updates are checked against the editor schema on %s (finding 5)", (driver) => {
  let server: TestServer;
  let documentId: string;
  let url: string;
  let editorToken: string;
  let witness: CollabClient;

  beforeAll(async () => {
    server = await startTestServer(driver, { withPages: false });
    documentId = await strategyDocumentId(server.database.db, ZW);
    url = `${wsUrl(server.url)}/${documentId}`;
    editorToken = await sessionTokenFor(server.database.db, `grupa@${ZW}.demo`);
    witness = openClient(server.url, documentId, await sessionTokenFor(server.database.db, `koordynator@${ZW}.demo`));
    await synced(witness);
  });
  afterAll(async () => {
    witness.destroy();
    await server.stop();
  });

  const rows = async () =>
    (await server.database.db.select({ n: sql<number>`count(*)::int` }).from(documentUpdates).where(eq(documentUpdates.documentId, documentId)))[0].n;

  /** Sends one update on a fresh editor connection: the close code, or null when the update was acknowledged. */
  const send = async (update: Uint8Array): Promise<number | null> => {
    const { ws } = await rawConnect(url, { Authorization: `Bearer ${editorToken}` });
    const socket = ws as WebSocket;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("neither closed nor acknowledged")), 5000);
      socket.on("message", (data: Buffer) => {
        if (data[0] === MessageType.Persisted) {
          clearTimeout(timer);
          socket.close();
          resolve(null);
        }
      });
      socket.once("close", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      socket.send(syncUpdateMessage(update));
    });
  };

  it.each(INVALID)("refuses %s with 4400 for its sender alone; nothing is applied, sent on or stored", async (_name, make) => {
    const before = await rows();
    const witnessBefore = Y.encodeStateVector(witness.doc);
    expect(await send(make())).toBe(CloseCode.BadMessage);
    expect(await rows()).toBe(before);
    expect(Y.encodeStateVector(witness.doc)).toEqual(witnessBefore);
    expect(witness.provider.wsconnected).toBe(true);
  });

  it.each(VALID)("accepts %s", async (_name, make) => {
    expect(await send(make())).toBeNull();
  });

  it("asks a sender whose update arrives ahead of its own earlier edits to sync again (4000, retried): nothing applied until they come", async () => {
    const { text, whole } = paragraphThenText();
    const before = await rows();
    const witnessBefore = Y.encodeStateVector(witness.doc);
    expect(await send(text)).toBe(CloseCode.Resync);
    expect(await rows()).toBe(before);
    expect(Y.encodeStateVector(witness.doc)).toEqual(witnessBefore);
    // What the client's sync step 2 sends after reconnecting: everything, in order.
    expect(await send(whole)).toBeNull();
    await waitFor(() => witness.doc.getXmlFragment("s03").toString().includes("najpierw akapit, potem tekst"), 2000, "witness");
  });

  it("keeps deriving the document for search and versions after all of that", async () => {
    witness.doc.getXmlFragment("s08").insert(0, [paragraph("Wskaźniki rezultatu po ataku")]);
    await waitFor(() => witness.stats().acked > 0 && !witness.hasUnsavedChanges, 5000, "acknowledgement");
    let derived = "";
    await waitFor(
      () => {
        void server.database.db
          .select({ text: documents.derivedText })
          .from(documents)
          .where(eq(documents.id, documentId))
          .then(([row]) => (derived = row?.text ?? ""));
        return derived.includes("Wskaźniki rezultatu po ataku");
      },
      10_000,
      "derived text",
    );
    expect(derived).toContain("pogrubione");
    expect(derived).not.toContain("luzem");
  });
});

describe.each(testDrivers)("derivation of a section broken by older data on %s (finding 5)", (driver) => {
  it("derives that section as empty, logs it, and derives every other section as usual", async () => {
    const server = await startTestServer(driver, { withPages: false });
    const errors: unknown[][] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const db = server.database.db;
      const documentId = await strategyDocumentId(db, ZW);
      // Stored before updates were checked: a Y.XmlText straight in s03, and good text in s02.
      const broken = updateOf((d) => {
        d.getXmlFragment("s02").insert(0, [paragraph("Diagnoza obszaru jest kompletna.")]);
        d.getXmlFragment("s03").insert(0, [new Y.XmlText("zepsute")]);
      });
      await db.insert(documentUpdates).values({ documentId, update: broken });
      const client = openClient(server.url, documentId, await sessionTokenFor(db, `koordynator@${ZW}.demo`));
      try {
        await synced(client);
        client.doc.getXmlFragment("s05").insert(0, [paragraph("Cel operacyjny pierwszy.")]);
        await waitFor(() => client.stats().acked > 0 && !client.hasUnsavedChanges, 5000, "acknowledgement");
        let derived: string | null = null;
        await waitFor(
          () => {
            void db
              .select({ text: documents.derivedText })
              .from(documents)
              .where(and(eq(documents.id, documentId)))
              .then(([row]) => (derived = row?.text ?? null));
            return derived?.includes("Cel operacyjny pierwszy.") ?? false;
          },
          10_000,
          "derived text",
        );
        expect(derived).toContain("Diagnoza obszaru jest kompletna.");
        expect(derived).not.toContain("zepsute");
        expect(errors.flat().map(String).join(" ")).toMatch(/s03/);
      } finally {
        client.destroy();
      }
    } finally {
      console.error = originalError;
      await server.stop();
    }
  });
});
