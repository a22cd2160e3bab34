import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { commentRevisions, comments, commentThreads, documentUpdates, notifications } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { createI18n } from "../../i18n";
import {
  CommentError,
  commentHistory,
  createThread,
  decideThread,
  deleteComment,
  editComment,
  listThreads,
  reply,
  setThreadStatus,
} from "./comments.server";
import { listNotifications, markThreadNotificationsRead, openNotification, unreadCount } from "./notifications.server";
import { deriveDocument } from "../editor/derive.server";
import { findMentions } from "./mentions";
import { loadStoredYDoc } from "../documents/store.server";
import { reportCsv, reportRows } from "./report.server";
import { actorOf, demoStrategyWithText, email, passage } from "./test-helpers";

const XSS = "<img src=x onerror=alert(1)>";

describe("mentions", () => {
  const members = [
    { id: "1", name: "Anna Koordynatorka", email: "koordynator@x.demo" },
    { id: "2", name: "Jan Starosta", email: "rada1@x.demo" },
    { id: "3", name: "Jan", email: "jan@x.demo" },
  ];
  it("finds members by @name (with spaces) or @email, case-insensitively, once each", () => {
    expect(findMentions("@anna koordynatorka i @rada1@x.demo, zobaczcie. @Anna Koordynatorka", members).map((m) => m.id)).toEqual(["1", "2"]);
  });
  it("needs a word boundary after the handle", () => {
    expect(findMentions("@Jan Starostowa", members).map((m) => m.id)).toEqual(["3"]);
    expect(findMentions("@Janek", members)).toEqual([]);
    expect(findMentions("Jan Starosta bez małpy", members)).toEqual([]);
  });
});

describe.each(testDrivers)("comment trail on %s", (driver) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(() => database.close());

  it("creates a thread on a passage, keeps the quote and lists it in document order", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const later = await createThread(db, doc, expert, passage(ydoc, "współpraca z uczelniami", "Którymi uczelniami?"));
    const earlier = await createThread(db, doc, expert, passage(ydoc, "dostępność transportu publicznego", "Dodać dane o liniach.", "Brak danych GUS."));
    const threads = await listThreads(db, doc, { userId: expert.userId }, await loadStoredYDoc(database, doc.id));
    expect(threads.map((t) => t.id)).toEqual([earlier.threadId, later.threadId]);
    expect(threads[0]).toMatchObject({
      quote: "dostępność transportu publicznego",
      justification: "Brak danych GUS.",
      status: "open",
      mine: true,
      anchor: { status: "attached", text: "dostępność transportu publicznego" },
      createdBy: { name: "Maria Ekspertka" },
      comments: [{ body: "Dodać dane o liniach.", deleted: false, edited: false, mine: true }],
    });
  });

  it("writes nothing into the document: the derived (published) HTML carries no comment marks", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const before = Y.encodeStateAsUpdate(await loadStoredYDoc(database, doc.id));
    const { threadId } = await createThread(db, doc, await actorOf(db, email("ekspert")), passage(ydoc, "silne zaplecze rolnicze", "Uwaga"));
    await setThreadStatus(db, doc, await actorOf(db, email("rada1")), threadId, "resolved");
    const stored = await loadStoredYDoc(database, doc.id);
    expect(Y.encodeStateAsUpdate(stored)).toEqual(before);
    const html = deriveDocument(stored, "strategy").html;
    expect(html).toContain("silne zaplecze rolnicze");
    expect(html).not.toMatch(/comment|data-thread/i);
  });

  it("shows a thread as detached with its quote once the passage is deleted from the stored document", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "Czy to prawda?"));
    const before = Y.encodeStateVector(ydoc);
    const text = (ydoc.getXmlFragment("s02").get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.delete(text.toString().indexOf("silne zaplecze rolnicze"), "silne zaplecze rolnicze".length);
    await db.insert(documentUpdates).values({ documentId: doc.id, update: Y.encodeStateAsUpdate(ydoc, before) });
    const [thread] = await listThreads(db, doc, null, await loadStoredYDoc(database, doc.id));
    expect(thread.anchor).toEqual({ status: "detached" });
    expect(thread.quote).toBe("silne zaplecze rolnicze");
  });

  it("notifies mentioned members and the thread's author of replies, and marks them read when opened", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const council = await actorOf(db, email("rada2"));
    const coordinator = await actorOf(db, email("koordynator"));
    const { threadId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "@Anna Koordynatorka proszę o opinię"));
    expect(await unreadCount(db, coordinator.userId)).toBe(1);

    // A reply that mentions the thread's author makes one notification for her, not two.
    await reply(db, doc, council, threadId, "Zgadzam się, @ekspert@ziemia-wysokomazowiecka.demo");
    await reply(db, doc, council, threadId, "I jeszcze jedno.");
    const kinds = (await listNotifications(db, expert.userId)).map((n) => n.kind).sort();
    expect(kinds).toEqual(["mention", "reply"]);
    // One's own replies notify nobody.
    await reply(db, doc, expert, threadId, "Dziękuję.");
    expect(await unreadCount(db, expert.userId)).toBe(2);

    const [first] = await listNotifications(db, coordinator.userId);
    expect(first).toMatchObject({ kind: "mention", read: false, actorName: "Maria Ekspertka", quote: "silne zaplecze rolnicze" });
    expect(await openNotification(db, council.userId, first.id)).toBeNull();
    expect(await openNotification(db, coordinator.userId, first.id)).toBe(`/w/ziemia-wysokomazowiecka/dokumenty/${doc.id}?watek=${threadId}`);
    expect(await unreadCount(db, coordinator.userId)).toBe(0);

    expect(await markThreadNotificationsRead(db, expert.userId, threadId)).toBe(2);
    expect(await unreadCount(db, expert.userId)).toBe(0);
    const threads = await listThreads(db, doc, { userId: coordinator.userId }, await loadStoredYDoc(database, doc.id));
    expect(threads[0].mentionsMe).toBe(true);
  });

  it("resolves and reopens a thread, recording who resolved it", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const council = await actorOf(db, email("rada1"));
    const { threadId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "Uwaga"));
    await setThreadStatus(db, doc, council, threadId, "resolved");
    let [thread] = await listThreads(db, doc, null, await loadStoredYDoc(database, doc.id));
    expect(thread).toMatchObject({ status: "resolved", resolvedBy: { name: "Jan Starosta" } });
    await setThreadStatus(db, doc, expert, threadId, "open");
    [thread] = await listThreads(db, doc, null, await loadStoredYDoc(database, doc.id));
    expect(thread).toMatchObject({ status: "open", resolvedBy: null, resolvedAt: null });
  });

  it("tells the thread's author when someone else resolves it (not when they resolve it themselves, nor on reopening)", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const coordinator = await actorOf(db, email("koordynator"));
    const { threadId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "Uwaga"));
    const resolved = await setThreadStatus(db, doc, coordinator, threadId, "resolved");
    expect(resolved.notified).toEqual([expert.userId]);
    expect(await unreadCount(db, expert.userId)).toBe(1);
    const [notification] = await listNotifications(db, expert.userId);
    expect(notification).toMatchObject({ kind: "resolved", actorName: "Anna Koordynatorka", quote: "silne zaplecze rolnicze" });
    // Resolving an already resolved thread again, reopening, and the author's own resolution notify nobody.
    expect((await setThreadStatus(db, doc, coordinator, threadId, "resolved")).notified).toEqual([]);
    expect((await setThreadStatus(db, doc, coordinator, threadId, "open")).notified).toEqual([]);
    expect((await setThreadStatus(db, doc, expert, threadId, "resolved")).notified).toEqual([]);
    expect(await unreadCount(db, expert.userId)).toBe(1);
  });

  it("keeps earlier bodies when a comment is edited and only lets the author edit", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const council = await actorOf(db, email("rada1"));
    const { commentId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "Pierwsza wersja"));
    await editComment(db, doc, expert, commentId, "Druga wersja");
    await editComment(db, doc, expert, commentId, "Trzecia wersja");
    expect((await commentHistory(db, commentId)).map((r) => r.body)).toEqual(["Pierwsza wersja", "Druga wersja"]);
    const [thread] = await listThreads(db, doc, { userId: expert.userId }, await loadStoredYDoc(database, doc.id));
    expect(thread.comments[0]).toMatchObject({ body: "Trzecia wersja", edited: true });
    await expect(editComment(db, doc, council, commentId, "Cudza zmiana")).rejects.toMatchObject({ key: "errors.notYourComment", status: 403 });
  });

  it("soft-deletes one's own comment: the body is hidden, the row and its history stay", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const council = await actorOf(db, email("rada1"));
    const { threadId, commentId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", "Do usunięcia"));
    await editComment(db, doc, expert, commentId, "Poprawione, nadal do usunięcia");
    await expect(deleteComment(db, doc, council, commentId)).rejects.toBeInstanceOf(CommentError);
    await deleteComment(db, doc, expert, commentId);
    const [thread] = await listThreads(db, doc, { userId: council.userId }, await loadStoredYDoc(database, doc.id));
    expect(thread.id).toBe(threadId);
    expect(thread.comments[0]).toMatchObject({ body: null, deleted: true });
    expect(JSON.stringify(thread)).not.toContain("do usunięcia");
    const [row] = await db.select().from(comments).where(eq(comments.id, commentId));
    expect(row.deletedAt).not.toBeNull();
    expect(row.body).toBe("Poprawione, nadal do usunięcia");
    expect(await db.select().from(commentRevisions).where(eq(commentRevisions.commentId, commentId))).toHaveLength(1);
    await expect(editComment(db, doc, expert, commentId, "Wskrzeszenie")).rejects.toMatchObject({ status: 409 });
  });

  it("follows the policy: experts and council members comment, the ministry reads only, only the coordinator decides", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    for (const who of ["ekspert", "rada1", "rada2", "grupa", "koordynator"]) {
      await createThread(db, doc, await actorOf(db, email(who)), passage(ydoc, "silne zaplecze rolnicze", `od ${who}`));
    }
    const ministry = await actorOf(db, "admin@mfipr.demo");
    await expect(createThread(db, doc, ministry, passage(ydoc, "silne zaplecze rolnicze", "x"))).rejects.toMatchObject({ status: 403 });
    const outsider = await actorOf(db, "rada1@wiele-gmin-jeden-cel.demo");
    await expect(createThread(db, doc, outsider, passage(ydoc, "silne zaplecze rolnicze", "x"))).rejects.toMatchObject({ status: 404 });

    const [thread] = await db.select().from(commentThreads).where(eq(commentThreads.documentId, doc.id));
    const expert = await actorOf(db, email("ekspert"));
    await expect(decideThread(db, doc, expert, thread.id, { answer: "x", decision: "accepted" })).rejects.toMatchObject({
      key: "errors.cannotDecide",
    });
    await decideThread(db, doc, await actorOf(db, email("koordynator")), thread.id, { answer: "Uwzględniono w diagnozie.", decision: "partly" });
    const [after] = await db.select().from(commentThreads).where(eq(commentThreads.id, thread.id));
    expect(after).toMatchObject({ answer: "Uwzględniono w diagnozie.", decision: "partly" });
    expect(await db.select().from(notifications)).toHaveLength(0);
  });

  it("defuses spreadsheet formulas in the CSV export", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    await createThread(db, doc, await actorOf(db, email("ekspert")), passage(ydoc, "silne zaplecze rolnicze", "=HYPERLINK(\"http://evil\")"));
    const t = createI18n("pl").t;
    const csv = reportCsv(reportRows(await listThreads(db, doc, null, await loadStoredYDoc(database, doc.id)), t, "pl"), t);
    expect(csv).toContain(`'=HYPERLINK(""http://evil"")`);
  });

  it("exports the trail as CSV with hostile text carried as plain text", async () => {
    const db = database.db;
    const { doc, ydoc } = await demoStrategyWithText(db);
    const expert = await actorOf(db, email("ekspert"));
    const coordinator = await actorOf(db, email("koordynator"));
    const { threadId } = await createThread(db, doc, expert, passage(ydoc, "silne zaplecze rolnicze", XSS, 'Uzasadnienie, z "cudzysłowem"'));
    await reply(db, doc, coordinator, threadId, "Odpowiedź w wątku");
    await decideThread(db, doc, coordinator, threadId, { answer: "Nie dotyczy.", decision: "rejected" });
    const t = createI18n("pl").t;
    const csv = reportCsv(reportRows(await listThreads(db, doc, null, await loadStoredYDoc(database, doc.id)), t, "pl"), t);
    // Records end with CRLF; every field is quoted and separated by semicolons (finding 6).
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      '"Lp.";"Część dokumentu";"Fragment";"Treść uwagi";"Uzasadnienie";"Zgłaszający";"Data";"Odpowiedzi w wątku";"Odpowiedź";"Rozstrzygnięcie"',
    );
    expect(lines[1]).toContain(`"2. Diagnoza";"silne zaplecze rolnicze";"${XSS}";"Uzasadnienie, z ""cudzysłowem""";"Maria Ekspertka"`);
    expect(lines[1]).toContain("Anna Koordynatorka (");
    expect(lines[1]).toContain('Odpowiedź w wątku";"Nie dotyczy.";"nie uwzględniono"');
  });
});
