/** Test helpers for the comment trail: the demo strategy with some text, and actors of the demo accounts. */
import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../../../db/client";
import { documentUpdates, documents, partnerships, users } from "../../../db/schema";
import { loadActor } from "../auth/session.server";
import { anchorForTextRange, anchorToBase64, sectionText } from "./anchor";
import { documentSummary, loadDocument } from "../documents/documents.server";

export const DEMO = "ziemia-wysokomazowiecka";
export const email = (local: string) => `${local}@${DEMO}.demo`;

export async function actorOf(db: Db, address: string) {
  const [user] = await db.select().from(users).where(eq(users.email, address));
  if (!user) throw new Error(`no user ${address}`);
  return loadActor(db, user);
}

export const DIAGNOSIS =
  "Obszar partnerstwa ma silne zaplecze rolnicze. Słabą stroną jest dostępność transportu publicznego między gminami. Szansą jest współpraca z uczelniami.";

/** Writes some text into the demo strategy's diagnosis section through the update log; returns its document. */
export async function demoStrategyWithText(db: Db) {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(and(eq(partnerships.slug, DEMO), eq(documents.kind, "strategy")));
  const ydoc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(DIAGNOSIS)]);
  ydoc.getXmlFragment("s02").insert(0, [paragraph]);
  await db.insert(documentUpdates).values({ documentId: row.id, update: Y.encodeStateAsUpdate(ydoc) });
  const doc = documentSummary((await loadDocument(db, row.id))!);
  return { doc, ydoc };
}

/** The create-thread input for a passage of the diagnosis, as the editor would send it. */
export function passage(ydoc: Y.Doc, text: string, body: string, justification = "") {
  const from = sectionText(ydoc, "s02").indexOf(text);
  if (from < 0) throw new Error(`no passage ${text}`);
  const anchor = anchorForTextRange(ydoc, "s02", from, from + text.length)!;
  return {
    field: "s02",
    anchorStart: anchorToBase64(anchor.anchorStart),
    anchorEnd: anchorToBase64(anchor.anchorEnd),
    quote: anchor.quote,
    body,
    justification,
  };
}
