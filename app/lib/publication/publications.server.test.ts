import { and, desc, eq } from "drizzle-orm";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, documents, documentVersions, partnerships, publications, users } from "../../../db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "../../../db/test/test-db";
import { actorOf, email } from "../comments/test-helpers";
import { createThread } from "../comments/comments.server";
import { documentSummary, loadDocument } from "../documents/documents.server";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import { printDocument, publicationFile } from "./print.server";
import { currentOutputs, loadPublication, publish, publishedVersions, unpublish } from "./publications.server";

const SLUG = "ziemia-wysokomazowiecka";

describe.each(testDrivers)("publication (%s)", (driver) => {
  let database: TestDatabase;
  let zw: typeof partnerships.$inferSelect;
  let coordinatorId: string;
  let strategyId: string;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.db;
    [zw] = await db.select().from(partnerships).where(eq(partnerships.slug, SLUG));
    [{ id: coordinatorId }] = await db.select({ id: users.id }).from(users).where(eq(users.email, email("koordynator")));
    [{ id: strategyId }] = await db.select({ id: documents.id }).from(documents).where(and(eq(documents.partnershipId, zw.id), eq(documents.kind, "strategy")));
  });
  afterAll(() => database.close());

  it("seeds the demo's publications: the strategy as versions 1 and 2, and the project package", async () => {
    const outputs = await currentOutputs(database.db, zw.id);
    expect(outputs.map((o) => [o.kind, o.series, o.number])).toEqual([
      ["project_package", "projekty", 1],
      ["strategy", "strategia", 2],
    ]);
    const versions = await publishedVersions(database.db, zw.id, "strategia");
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const [v1, v2] = versions;
    // The frozen HTML: a table of contents and the 14 sections as headings; the two versions differ.
    for (const [i, s] of STRATEGY_SECTIONS.entries()) {
      expect(v2.html).toContain(`<h2 id="${s.key}-title">${i + 1}. ${s.pl.replace(/&/g, "&amp;")}</h2>`);
      expect(v2.html).toContain(`<a href="#${s.key}">`);
    }
    expect(v1.html).not.toBe(v2.html);
    expect(v2.sections).toHaveLength(14);
    // Content headings sit below the section titles (no <h2> but the section titles and the TOC's).
    expect(v2.html.match(/<h2\b/g)).toHaveLength(15);
  });

  it("freezes only the content: no comment, comment mark, author or e-mail in the published HTML", async () => {
    const db = database.db;
    const doc = documentSummary((await loadDocument(db, strategyId))!);
    const actor = await actorOf(db, email("ekspert"));
    const [latest] = await db.select().from(documentVersions).where(eq(documentVersions.documentId, strategyId)).orderBy(desc(documentVersions.createdAt)).limit(1);
    await createThread(db, doc, actor, { field: "s02", anchorStart: null, anchorEnd: null, quote: "", body: "UWAGA-WEWNĘTRZNA: nie publikować tego zdania", justification: "" });
    const row = await publish(db, { partnership: zw, kind: "strategy", subjectId: strategyId, sourceId: latest.id, userId: coordinatorId });
    expect(row?.number).toBe(3);
    const names = await db.select({ name: users.name, email: users.email }).from(users);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain("UWAGA-WEWNĘTRZNA");
    expect(row!.html).not.toMatch(/data-thread|comment|class="mention"/i);
    for (const u of names) {
      expect(row!.html).not.toContain(u.email);
      expect(row!.html).not.toContain(u.name);
    }
  });

  it("hides an unpublished version from the public, falls back to the previous one and records it in the audit log", async () => {
    const db = database.db;
    const [v3] = await db.select().from(publications).where(and(eq(publications.partnershipId, zw.id), eq(publications.number, 3)));
    expect(await unpublish(db, zw.id, v3.id, coordinatorId)).not.toBeNull();
    expect(await unpublish(db, zw.id, v3.id, coordinatorId)).toBeNull();
    expect(await loadPublication(db, SLUG, "strategia", "3")).toBeNull();
    expect((await loadPublication(db, SLUG, "strategia", null))?.publication.number).toBe(2);
    const events = await db.select().from(auditLog).where(eq(auditLog.partnershipId, zw.id)).orderBy(desc(auditLog.id)).limit(2);
    expect(events.map((e) => e.event)).toEqual(["publication_unpublished", "publication_published"]);
    expect(events[0].details).toMatchObject({ series: "strategia", number: 3 });
    // Publishing again adds a version; numbers are never reused.
    const again = await publish(db, { partnership: zw, kind: "strategy", subjectId: strategyId, sourceId: v3.sourceVersionId, userId: coordinatorId });
    expect(again?.number).toBe(4);
  });

  it("refuses what is not publishable: another partnership's version, unknown ids, unapproved minutes", async () => {
    const db = database.db;
    const [other] = await db.select().from(partnerships).where(eq(partnerships.slug, "wiele-gmin-jeden-cel"));
    const [zwVersion] = await db.select().from(documentVersions).where(eq(documentVersions.documentId, strategyId)).limit(1);
    expect(await publish(db, { partnership: other, kind: "strategy", subjectId: strategyId, sourceId: zwVersion.id, userId: coordinatorId })).toBeNull();
    expect(await publish(db, { partnership: zw, kind: "strategy", subjectId: strategyId, sourceId: "not-a-uuid", userId: coordinatorId })).toBeNull();
    expect(await publish(db, { partnership: zw, kind: "minutes", subjectId: strategyId, sourceId: null, userId: coordinatorId })).toBeNull();
    expect(await loadPublication(db, SLUG, "strategia", "0")).toBeNull();
    expect(await loadPublication(db, SLUG, "strategia", "1e3")).toBeNull();
    expect(await loadPublication(db, "wiele-gmin-jeden-cel", "strategia", null)).toBeNull();
  });

  it("prints the published strategy as DOCX and tagged PDF with every section heading", async () => {
    const found = (await loadPublication(database.db, SLUG, "strategia", "2"))!;
    const doc = printDocument(found.publication, zw);
    expect(doc.blocks.filter((b) => b.type === "heading" && b.level === 2)).toHaveLength(14);
    const zip = await JSZip.loadAsync(await publicationFile(found.publication, zw, "docx"));
    const xml = await zip.file("word/document.xml")!.async("string");
    const parser = new PDFParse({ data: await publicationFile(found.publication, zw, "pdf") });
    const { text } = await parser.getText();
    await parser.destroy();
    for (const [i, s] of STRATEGY_SECTIONS.entries()) {
      expect(xml).toContain(`${i + 1}. ${s.pl}`.replace(/&/g, "&amp;"));
      expect(text.replace(/\s+/g, " ")).toContain(`${i + 1}. ${s.pl}`);
    }
  });
});
