import { DOMSerializer, Node as PmNode } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { updateYFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { documentFields, documentSections } from "../strategy-sections";
import { documentSchema } from "./extensions";
import { textFromJson, type PmJson } from "./text";

/** The derived form of one document: ProseMirror JSON, HTML and plain text of each field (section). */
export interface DerivedField {
  key: string;
  json: PmJson;
  html: string;
  text: string;
}

export interface DerivedDocument {
  fields: DerivedField[];
  /** `{ [field]: ProseMirror JSON }`, stored in documents.derived_json and document_versions.json. */
  json: Record<string, PmJson>;
  /** The whole document as HTML (a <section> per strategy section). */
  html: string;
  /** The whole document as plain text (section titles included), for search and versions. */
  text: string;
}

export function fieldTitle(kind: string, key: string): string | null {
  return documentSections(kind).find((s) => s.key === key)?.pl ?? null;
}

export interface DeriveOptions {
  /** Told about each section that cannot be read (older data); default console.error. */
  log?: (message: string, error: unknown) => void;
}

/**
 * One section as a ProseMirror node, read the way the editor's binding reads it (same nodes, attributes, marks,
 * joined text) but strictly and without side effects: y-prosemirror "repairs" what it cannot read by deleting it
 * from the Y.Doc, and crashes on a Y.XmlText straight in the fragment. Here anything the schema does not know
 * throws, and the caller derives that section as empty.
 */
function fieldNode(ydoc: Y.Doc, key: string): PmNode {
  const schema = documentSchema();
  const children = ydoc
    .getXmlFragment(key)
    .toArray()
    .map((child) => {
      if (!(child instanceof Y.XmlElement)) throw new Error(`section ${key} holds ${child.constructor.name} at its top level`);
      return elementNode(child, schema);
    });
  return schema.topNodeType.create(null, children);
}

function elementNode(element: Y.XmlElement, schema: ReturnType<typeof documentSchema>): PmNode {
  const type = schema.nodes[element.nodeName];
  if (!type || type === schema.topNodeType || type.isText) throw new Error(`unknown node ${element.nodeName}`);
  const children: PmNode[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlElement) {
      children.push(elementNode(child, schema));
    } else if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== "string") throw new Error("an embed in text");
        const marks = Object.entries(op.attributes ?? {}).map(([name, attrs]) =>
          schema.mark(/^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(name)?.[1] ?? name, attrs as Record<string, unknown> | null),
        );
        children.push(schema.text(op.insert, marks));
      }
    } else {
      throw new Error(`${element.nodeName} holds ${String((child as object)?.constructor?.name)}`);
    }
  }
  return type.create(element.getAttributes(), children);
}

/**
 * Derives JSON, HTML and text of every field of a document kind from its Y.Doc, with the shared schema. A section
 * that cannot be read derives as empty (and is logged); the others derive as usual.
 */
export function deriveDocument(ydoc: Y.Doc, kind: string, options: DeriveOptions = {}): DerivedDocument {
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  return withHtmlSerializer((toHtml) => {
    const fields = documentFields(kind).map((key) => {
      let node: PmNode;
      try {
        node = fieldNode(ydoc, key);
      } catch (error) {
        log(`derivation: section ${key} cannot be read with the editor schema; it is derived as empty`, error);
        node = documentSchema().topNodeType.create();
      }
      const json = node.toJSON() as PmJson;
      return { key, json, html: toHtml(node), text: textFromJson(json) };
    });
    return assemble(kind, fields);
  });
}

/** The same derivation from stored JSON (a version): no Y.Doc needed. */
export function deriveFromJson(kind: string, json: Record<string, PmJson>): DerivedDocument {
  return withHtmlSerializer((toHtml) => {
    const fields = documentFields(kind).map((key) => {
      const fieldJson = json[key] ?? EMPTY_FIELD;
      const node = PmNode.fromJSON(documentSchema(), fieldJson);
      return { key, json: fieldJson, html: toHtml(node), text: textFromJson(fieldJson) };
    });
    return assemble(kind, fields);
  });
}

const EMPTY_FIELD: PmJson = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * ProseMirror's DOMSerializer needs a DOM; on the server one script-less happy-dom window serves a whole
 * derivation (text nodes are escaped by the DOM, so user text never becomes markup).
 */
function withHtmlSerializer<T>(fn: (toHtml: (node: PmNode) => string) => T): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const serializer = DOMSerializer.fromSchema(documentSchema());
  const document = window.document as unknown as Document;
  try {
    return fn((node) => {
      const wrap = document.createElement("div");
      serializer.serializeFragment(node.content, { document }, wrap);
      return wrap.innerHTML;
    });
  } finally {
    void window.happyDOM.abort();
    void window.happyDOM.close();
  }
}

function assemble(kind: string, fields: DerivedField[]): DerivedDocument {
  const json = Object.fromEntries(fields.map((f) => [f.key, f.json]));
  const html = fields
    .map((f) => {
      const title = fieldTitle(kind, f.key);
      return title ? `<section id="${f.key}"><h2>${escapeHtml(title)}</h2>${f.html}</section>` : f.html;
    })
    .join("\n");
  const text = fields
    .map((f) => {
      const title = fieldTitle(kind, f.key);
      return title ? `${title}\n${f.text}`.trim() : f.text;
    })
    .join("\n\n");
  return { fields, json, html, text };
}

/**
 * Writes `target` (field → ProseMirror JSON) into the live `ydoc` as ordinary edits: only what differs is
 * changed, so people editing meanwhile keep their cursors, and the change is undoable and synced like any
 * other edit. This is how a version is restored — never by replacing the state.
 */
export function applyContent(ydoc: Y.Doc, kind: string, target: Record<string, PmJson>, origin: unknown = null): void {
  const schema = documentSchema();
  ydoc.transact(() => {
    for (const key of documentFields(kind)) {
      const json = target[key] ?? EMPTY_FIELD;
      const node = PmNode.fromJSON(schema, json);
      updateYFragment(ydoc, ydoc.getXmlFragment(key), node, { mapping: new Map(), isOMark: new Map() });
    }
  }, origin);
}

/** A Y.Doc holding the given content (tests, seeding). */
export function yDocFromJson(kind: string, content: Record<string, PmJson>): Y.Doc {
  const ydoc = new Y.Doc();
  applyContent(ydoc, kind, content);
  return ydoc;
}

/** Convenience for tests and seeding: paragraphs of plain text per field. */
export function paragraphs(...texts: string[]): PmJson {
  return {
    type: "doc",
    content: texts.map((t) => (t ? { type: "paragraph", content: [{ type: "text", text: t }] } : { type: "paragraph" })),
  };
}


export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
