import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";
import { demoStrategyWithText, email, passage } from "../app/lib/comments/test-helpers";

const XSS = "<img src=x onerror=alert(1)>";

describe.each(testDrivers)("comment routes on %s", (driver) => {
  let server: TestServer;
  let documentId: string;
  let ydoc: Y.Doc;
  const events: { documentId: string; event: unknown }[] = [];
  const cookies = new Map<string, string>();

  const cookie = async (address: string) => {
    if (!cookies.has(address)) cookies.set(address, await server.cookieFor(address));
    return cookies.get(address)!;
  };
  const api = async (address: string | null, body: unknown, extra: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/api/documents/${documentId}/threads`, {
      method: "POST",
      headers: {
        Origin: server.url,
        "Content-Type": "application/json",
        ...(address ? { Cookie: `${await cookie(address)}${extra.lang ? `; wspolnie_lang=${extra.lang}` : ""}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const get = async (address: string, path: string) => fetch(`${server.url}${path}`, { headers: { Cookie: await cookie(address) } });

  beforeAll(async () => {
    server = await startTestServer(driver);
    const demo = await demoStrategyWithText(server.database.db);
    documentId = demo.doc.id;
    ydoc = demo.ydoc;
    // Observe what the routes announce to live viewers (the collaboration server's event channel).
    server.app.collab.toDocument = (id, event) => events.push({ documentId: id, event });
  });
  afterAll(() => server.stop());

  it("refuses a read-only user (403), an outsider (404) and an anonymous request (401), with a translated reason", async () => {
    const input = { intent: "create", ...passage(ydoc, "silne zaplecze rolnicze", "Uwaga") };
    const ministry = await api("admin@mfipr.demo", input);
    expect(ministry.status).toBe(403);
    expect(ministry.json.error).toBe("Nie masz uprawnień do komentowania tego dokumentu.");
    const english = await api("admin@mfipr.demo", input, { lang: "en" });
    expect(english.json.error).toBe("You are not allowed to comment on this document.");
    expect((await api("rada1@wiele-gmin-jeden-cel.demo", input)).status).toBe(404);
    expect((await api(null, input)).status).toBe(401);
    const listed = await (await get("admin@mfipr.demo", `/api/documents/${documentId}/threads`)).json();
    expect(listed.threads).toEqual([]);
    expect(listed.viewer).toMatchObject({ canComment: false, canDecide: false });
  });

  it("answers bad input with 400 and a reason, changing nothing", async () => {
    const empty = await api(email("ekspert"), { intent: "create", ...passage(ydoc, "silne zaplecze rolnicze", "   ") });
    expect(empty).toEqual({ status: 400, json: { error: "Wpisz treść komentarza." } });
    const badAnchor = await api(email("ekspert"), { intent: "create", ...passage(ydoc, "silne zaplecze rolnicze", "x"), anchorStart: "AAAA" });
    expect(badAnchor.status).toBe(400);
    const badField = await api(email("ekspert"), { intent: "create", ...passage(ydoc, "silne zaplecze rolnicze", "x"), field: "s99" });
    expect(badField.json.error).toBe("Nieznana część dokumentu.");
    expect((await api(email("ekspert"), { intent: "explode" })).status).toBe(400);
    expect((await api(email("ekspert"), { intent: "reply", threadId: "not-a-uuid", body: "x" })).status).toBe(400);
    const listed = await (await get(email("ekspert"), `/api/documents/${documentId}/threads`)).json();
    expect(listed.threads).toEqual([]);
    expect(events).toEqual([]);
  });

  it("stores a hostile body as text: the notifications page and the exports show it, never run it", async () => {
    const created = await api(email("ekspert"), {
      intent: "create",
      ...passage(ydoc, "dostępność transportu publicznego", `${XSS} @Anna Koordynatorka`),
    });
    expect(created.status).toBe(201);
    expect(events).toContainEqual({ documentId, event: { type: "comments.changed", threadId: created.json.threadId } });

    const html = await (await get(email("koordynator"), "/powiadomienia")).text();
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    expect(html).toMatch(/aria-label="Powiadomienia \(1\): 1 nieprzeczytane"[^>]*>Powiadomienia \(1\)</);

    const listed = await (await get(email("koordynator"), `/api/documents/${documentId}/threads`)).json();
    expect(listed.threads[0].comments[0].body).toBe(`${XSS} @Anna Koordynatorka`);
    expect(listed.threads[0].mentionsMe).toBe(true);

    const csv = await get(email("koordynator"), `/api/documents/${documentId}/report.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="raport-konsultacji-ziemia-wysokomazowiecka.csv"');
    expect(await csv.text()).toContain(XSS);
  });

  it("opening a notification marks it read and leads to the thread", async () => {
    const html = await (await get(email("koordynator"), "/powiadomienia")).text();
    const id = /href="\/powiadomienia\/([0-9a-f-]{36})"/.exec(html)![1];
    const res = await fetch(`${server.url}/powiadomienia/${id}`, { headers: { Cookie: await cookie(email("koordynator")) }, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(new RegExp(`^/w/ziemia-wysokomazowiecka/dokumenty/${documentId}\\?watek=`));
    const after = await (await get(email("koordynator"), "/powiadomienia")).text();
    expect(after).toContain("Powiadomienia (0)");
    expect((await get(email("rada1"), `/powiadomienia/${id}`)).status).toBe(404);
  });

  it("exports the demo strategy's trail as a DOCX consultation report listing every thread with its decision", async () => {
    const passages: [string, string, "accepted" | "partly" | "rejected" | null][] = [
      ["silne zaplecze rolnicze", "Dodać dane o gospodarstwach.", "accepted"],
      ["współpraca z uczelniami", "Którymi uczelniami?", "partly"],
      ["Obszar partnerstwa", "Opisać granice obszaru.", null],
    ];
    const ids: string[] = [];
    for (const [text, body] of passages) {
      const res = await api(email("rada2"), { intent: "create", ...passage(ydoc, text, body, "Uzasadnienie rady") });
      ids.push(res.json.threadId as string);
    }
    for (const [i, [, , decision]] of passages.entries()) {
      if (!decision) continue;
      const res = await api(email("koordynator"), { intent: "decide", threadId: ids[i], answer: `Odpowiedź ${i + 1}`, decision });
      expect(res.status).toBe(200);
    }
    expect((await api(email("rada2"), { intent: "decide", threadId: ids[0], answer: "x", decision: "rejected" })).status).toBe(403);
    expect((await api(email("koordynator"), { intent: "decide", threadId: ids[0], answer: "x", decision: "maybe" })).status).toBe(400);

    const res = await get(email("rada1"), `/api/documents/${documentId}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((cell) => [...cell[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("\n")),
    );
    expect(rows[0]).toEqual(["Lp.", "Część dokumentu", "Fragment", "Treść uwagi", "Uzasadnienie", "Zgłaszający", "Data", "Odpowiedzi w wątku", "Odpowiedź", "Rozstrzygnięcie"]);
    const threads = (await (await get(email("rada1"), `/api/documents/${documentId}/threads`)).json()).threads as { id: string; decision: string | null }[];
    expect(rows).toHaveLength(threads.length + 1);
    for (const [text, body, decision] of passages) {
      const row = rows.find((r) => r[3] === body);
      expect(row, body).toBeDefined();
      expect(row![2]).toBe(text);
      expect(row![5]).toBe("Ewa Burmistrz");
      expect(row![9]).toBe({ accepted: "uwzględniono", partly: "uwzględniono częściowo", rejected: "nie uwzględniono", none: "" }[decision ?? "none"] || "bez rozstrzygnięcia");
    }
    // The hostile body of the earlier test is in the document as text (escaped XML), not markup.
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // Rows follow the document order: "Obszar partnerstwa" opens the section.
    expect(rows[1][2]).toBe("Obszar partnerstwa");
  });
});
