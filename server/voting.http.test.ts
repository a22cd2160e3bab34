import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../db/schema";
import { testDrivers } from "../db/test/test-db";
import { get } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const ZW = "ziemia-wysokomazowiecka";
const WGJC = "wiele-gmin-jeden-cel";

describe.each(testDrivers)("council voting over HTTP (%s)", (driver) => {
  let server: TestServer;
  const cookie: Record<string, string> = {};
  const post = (path: string, body: unknown, who?: string, origin?: string) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      body: JSON.stringify(body),
      redirect: "manual",
      headers: { "Content-Type": "application/json", Origin: origin ?? server.url, ...(who ? { Cookie: cookie[who] } : {}) },
    });

  beforeAll(async () => {
    server = await startTestServer(driver);
    for (const who of ["koordynator", "rada1", "rada2", "grupa"]) cookie[who] = await server.cookieFor(`${who}@${ZW}.demo`);
    cookie.other = await server.cookieFor(`koordynator@${WGJC}.demo`);
  });
  afterAll(() => server?.stop());

  it("answers the JSON contract; secret ballots by receipt; 401/403/404/409/400 as documented; minutes name no voter next to a choice", async () => {
    const list = await get(server, `/api/partnerships/${ZW}/polls`, cookie.rada1);
    expect(list.status).toBe(200);
    const polls = (await list.json()) as Record<string, unknown>[];
    expect(polls).toHaveLength(1);
    expect(Object.keys(polls[0]).sort()).toEqual(["id", "method", "secret", "status", "title"]);
    expect(polls[0]).toMatchObject({ title: "Wybór projektu flagowego", status: "open", method: "single", secret: true });
    expect((await get(server, `/api/partnerships/${ZW}/polls`)).status).toBe(401);
    expect((await get(server, `/api/partnerships/${ZW}/polls`, cookie.other)).status).toBe(404);

    const id = polls[0].id as string;
    const poll = (await (await get(server, `/api/polls/${id}`, cookie.grupa)).json()) as { candidates: { id: string }[]; result: unknown; eligibleCount: number };
    expect(Object.keys(poll).sort()).toEqual(["candidates", "eligibleCount", "id", "method", "quorum", "result", "secret", "status", "title"]);
    expect(poll).toMatchObject({ eligibleCount: 11, quorum: 0.5, result: null });
    expect(poll.candidates).toHaveLength(3);
    expect((await get(server, `/api/polls/${id}`, cookie.other)).status).toBe(404);
    const [a, b] = poll.candidates.map((c) => c.id);

    expect((await post(`/api/polls/${id}/ballot`, { choice: a }, "grupa")).status).toBe(403);
    expect((await post(`/api/polls/${id}/ballot`, { choice: a }, "other")).status).toBe(404);
    expect((await post(`/api/polls/${id}/ballot`, { choice: a })).status).toBe(401);
    expect((await post(`/api/polls/${id}/ballot`, { choice: a }, "rada1", "https://evil.example")).status).toBe(403);
    expect((await post(`/api/polls/${id}/ballot`, { choice: "x" }, "rada1")).status).toBe(400);
    expect((await post(`/api/polls/${id}/ballot`, { scores: { [a]: 1 } }, "rada1")).status).toBe(400);
    const first = await post(`/api/polls/${id}/ballot`, { choice: b }, "rada1");
    expect(first.status).toBe(200);
    const { receipt } = (await first.json()) as { receipt: string };
    const second = (await (await post(`/api/polls/${id}/ballot`, { choice: a }, "rada2")).json()) as { receipt: string };
    // Changing a secret ballot needs its receipt.
    expect((await post(`/api/polls/${id}/ballot`, { choice: a }, "rada1")).status).toBe(400);
    expect((await post(`/api/polls/${id}/ballot`, { choice: a, receipt }, "rada1")).status).toBe(200);

    expect((await post(`/api/polls/${id}/close`, {}, "rada1")).status).toBe(403);
    const closed = await post(`/api/polls/${id}/close`, {}, "koordynator");
    expect(closed.status).toBe(200);
    const after = (await closed.json()) as { status: string; result: Record<string, unknown> };
    expect(after.status).toBe("closed");
    expect(Object.keys(after.result).sort()).toEqual(["candidates", "quorumMet", "receipts", "tie", "turnout"]);
    expect(after.result).toMatchObject({ quorumMet: false, tie: false, turnout: 2 / 11, receipts: [receipt, second.receipt].sort() });
    expect(after.result.candidates).toEqual([{ id: a, votes: 2 }, expect.objectContaining({ votes: 0 }), expect.objectContaining({ votes: 0 })]);
    expect((await post(`/api/polls/${id}/ballot`, { choice: a, receipt }, "rada1")).status).toBe(409);
    expect((await post(`/api/polls/${id}/close`, {}, "koordynator")).status).toBe(409);
    // No quorum: nothing to adopt.
    expect((await post(`/api/polls/${id}/adopt`, {}, "koordynator")).status).toBe(409);

    // The minutes: Polish letters right, the eligible listed, and no voter next to a choice.
    const names = await Promise.all(["rada1", "rada2"].map(async (w) => (await server.database.db.select().from(users).where(eq(users.email, `${w}@${ZW}.demo`)))[0].name));
    const pdf = await get(server, `/w/${ZW}/glosowania/${id}/protokol.pdf`, cookie.grupa);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const { text } = await new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) }).getText();
    const docx = await get(server, `/w/${ZW}/glosowania/${id}/protokol.docx`, cookie.grupa);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file("word/document.xml")!.async("string");
    for (const content of [text, xml]) {
      expect(content).toContain("Protokół głosowania rady partnerstwa");
      expect(content).toContain("Głosowanie tajne: protokół nie zawiera informacji, kto jak głosował.");
      expect(content).toContain(receipt);
      for (const name of names) expect(content).toContain(name);
      expect(content).not.toContain("Jak głosowali członkowie rady");
    }
  });

  it("shows the other partnership's closed open-ballot poll with who voted how and its adopted flagship", async () => {
    const polls = (await (await get(server, `/api/partnerships/${WGJC}/polls`, cookie.other)).json()) as { id: string; status: string }[];
    const closed = polls.find((p) => p.status === "closed")!;
    const poll = (await (await get(server, `/api/polls/${closed.id}`, cookie.other)).json()) as { result: { ballots: { voter: string }[]; quorumMet: boolean; turnout: number } };
    expect(poll.result.ballots).toHaveLength(7);
    expect(poll.result).toMatchObject({ quorumMet: true, turnout: 7 / 8 });
    const page = await (await get(server, `/w/${WGJC}/glosowania/${closed.id}`, cookie.other)).text();
    expect(page).toContain("Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne");
    const pdf = await get(server, `/w/${WGJC}/glosowania/${closed.id}/protokol.pdf`, cookie.other);
    const { text } = await new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) }).getText();
    expect(text).toContain("Jak głosowali członkowie rady");
  });
});
