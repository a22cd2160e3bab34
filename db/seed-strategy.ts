import * as Y from "yjs";
import { createVersion, type VersionRow } from "../app/lib/documents/versions.server";
import { storeDerived } from "../app/lib/documents/store.server";
import { applyContent } from "../app/lib/editor/derive.server";
import type { Db } from "./client";
import type { DocumentKind } from "./enums";
import { ABPT_STRATEGY } from "./demo/strategy/augustowsko-biebrzanski";
import { WGJC_STRATEGY } from "./demo/strategy/wiele-gmin-jeden-cel";
import { ZW_STRATEGY_V1, ZW_STRATEGY_V2, type StrategyContent } from "./demo/strategy/ziemia-wysokomazowiecka";
import { documentUpdates } from "./schema";

/** One stage of a demo strategy: its content, who wrote it, when, and the name of the version it was saved as. */
export interface StrategyStage {
  content: StrategyContent;
  /** E-mail of the demo account recorded as the author of the edit and of the version. */
  author: string;
  at: Date;
  /** A named version of the document at this stage (null: an edit only). */
  version: string | null;
}

export const ZW_VERSION_1 = "Wersja 1 — projekt do konsultacji";
export const ZW_VERSION_2 = "Wersja 2 — po konsultacjach";

/** The history of each demo partnership's strategy document, oldest first; the last stage is the live text. */
export const DEMO_STRATEGY_HISTORY: Record<string, StrategyStage[]> = {
  "ziemia-wysokomazowiecka": [
    {
      content: ZW_STRATEGY_V1,
      author: "koordynator@ziemia-wysokomazowiecka.demo",
      at: new Date("2026-09-14T10:00:00+02:00"),
      version: ZW_VERSION_1,
    },
    {
      content: ZW_STRATEGY_V2,
      author: "grupa@ziemia-wysokomazowiecka.demo",
      at: new Date("2026-11-20T14:30:00+01:00"),
      version: ZW_VERSION_2,
    },
  ],
  "wiele-gmin-jeden-cel": [
    {
      content: WGJC_STRATEGY,
      author: "koordynator@wiele-gmin-jeden-cel.demo",
      at: new Date("2026-11-06T12:00:00+01:00"),
      version: null,
    },
  ],
  "augustowsko-biebrzanski-park-turystyczny": [
    {
      content: ABPT_STRATEGY,
      author: "koordynator@augustowsko-biebrzanski-park-turystyczny.demo",
      at: new Date("2026-11-12T09:15:00+01:00"),
      version: null,
    },
  ],
};

/**
 * Writes a demo strategy into its (empty) document the way the editor would have: each stage is one Yjs update
 * in the log the collaboration server loads from (document_updates), authored by a demo account, applied as a
 * minimal change over the previous stage; named stages become named versions; the derived JSON, HTML and text
 * are stored so that search and previews work before anyone opens the editor.
 */
export async function seedStrategyDocument(
  db: Db,
  document: { id: string; kind: DocumentKind },
  stages: readonly StrategyStage[],
  userIds: ReadonlyMap<string, string>,
): Promise<VersionRow[]> {
  const ydoc = new Y.Doc();
  const versions: VersionRow[] = [];
  for (const stage of stages) {
    const userId = userIds.get(stage.author);
    if (!userId) throw new Error(`demo strategy author ${stage.author} is not a demo account`);
    const before = Y.encodeStateVector(ydoc);
    applyContent(ydoc, document.kind, stage.content);
    const update = Y.encodeStateAsUpdate(ydoc, before);
    await db.insert(documentUpdates).values({ documentId: document.id, update, userId, createdAt: stage.at });
    if (stage.version) {
      versions.push(await createVersion(db, document, ydoc, { name: stage.version, userId, createdAt: stage.at }));
    }
  }
  await storeDerived(db, document, ydoc);
  ydoc.destroy();
  return versions;
}
