import { getSchema, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";

/**
 * THE editor schema of every co-edited document: the browser editor and the server (derived JSON, HTML,
 * text, restore) both build on this list, so they always agree on which nodes and marks exist.
 * Collaboration extensions are added by the browser only; they do not change the schema.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs provides undo (per user, only your own edits) through the Collaboration extension.
      undoRedo: false,
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      code: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | null = null;

/** The ProseMirror schema of documentExtensions(), built once per process. */
export function documentSchema() {
  cachedSchema ??= getSchema(documentExtensions());
  return cachedSchema;
}
