/**
 * Checks a Yjs update against the editor schema BEFORE it is applied: a client may send valid Yjs that no editor
 * can display (a Y.XmlText straight in a section fragment broke derivation and every browser's editor). Only the
 * parts of the update new to the document are looked at, each against the container it lands in:
 *
 * - a section fragment takes block elements the `doc` node allows, nothing else;
 * - an element takes the child elements (or text) its content expression allows, and attributes it has;
 * - a text takes characters and the marks the schema knows;
 * - roots that are not sections are not the editor's business and pass.
 *
 * The check is static (the update plus lookups in the document; no copy, no trial apply), so its cost follows the
 * size of the update, not of the document: a keystroke costs microseconds on a 1 MB document. It does not judge
 * order or counts inside an element (a list item must start with a paragraph): what ProseMirror's own binding
 * tolerates is left to it; derivation reads such sections as they are.
 */
import type { ContentMatch, NodeType, Schema } from "@tiptap/pm/model";
import * as Y from "yjs";
import { STRATEGY_SECTIONS } from "../strategy-sections";
import { documentSchema } from "./extensions";

/** Root names that hold editor content, for every document kind (`documentFields`). */
const SECTIONS: ReadonlySet<string> = new Set([...STRATEGY_SECTIONS.map((s) => s.key), "default"]);
/** y-prosemirror names overlapping marks "<mark>--<8-char hash>". */
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

type Container =
  | { kind: "outside" }
  | { kind: "gone" }
  | { kind: "section"; section: string }
  | { kind: "element"; node: NodeType }
  | { kind: "text" }
  | { kind: "foreign" };

interface Place {
  container: Container;
  parentSub: string | null;
}

const childNames = new Map<NodeType, ReadonlySet<string>>();

/** Every node type that may appear somewhere in `type`'s content expression. */
function allowedChildren(type: NodeType): ReadonlySet<string> {
  let names = childNames.get(type);
  if (names) return names;
  const found = new Set<string>();
  const seen = new Set<ContentMatch>();
  const stack: ContentMatch[] = [type.contentMatch];
  while (stack.length > 0) {
    const match = stack.pop()!;
    if (seen.has(match)) continue;
    seen.add(match);
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      found.add(edge.type.name);
      stack.push(edge.next);
    }
  }
  names = found;
  childNames.set(type, names);
  return names;
}

/** The container an integrated type of the document is, and whether it lies inside a section. */
function containerOfType(type: Y.AbstractType<unknown>, schema: Schema): Container {
  let root = type;
  while (root._item !== null) {
    if (root._item.deleted) return { kind: "gone" };
    root = root._item.parent as Y.AbstractType<unknown>;
  }
  const name = Y.findRootTypeKey(root);
  if (!SECTIONS.has(name)) return { kind: "outside" };
  // A root the server has not asked for by name yet is a plain AbstractType: a section root is its fragment.
  if (type === root) return { kind: "section", section: name };
  if (type instanceof Y.XmlElement) {
    const node = schema.nodes[type.nodeName];
    return node ? { kind: "element", node } : { kind: "foreign" };
  }
  if (type instanceof Y.XmlText) return { kind: "text" };
  return { kind: "foreign" };
}

/** The reason to refuse `update` for `doc`, or null when every new part of it fits the editor schema. */
export function checkSectionUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  const schema = documentSchema();
  const { structs } = Y.decodeUpdate(update);
  const store = doc.store;
  const known = (id: Y.ID) => Y.getState(store, id.client) > id.clock;

  // The update's own items by client, in clock order (decodeUpdate yields them so), for lookups by id.
  const byClient = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const inUpdate = (id: Y.ID): Y.Item | null => {
    const list = byClient.get(id.client);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = list[mid];
      if (id.clock < item.id.clock) hi = mid - 1;
      else if (id.clock >= item.id.clock + item.length) lo = mid + 1;
      else return item;
    }
    return null;
  };

  const places = new Map<Y.Item, Place | null>();

  /** The container an item of the update or the document stands for (its own type), or null when unknown. */
  const containerOfParentId = (id: Y.ID): Container | null => {
    const own = inUpdate(id);
    if (own) {
      if (own.content instanceof Y.ContentDeleted) return { kind: "gone" };
      if (!(own.content instanceof Y.ContentType)) return null;
      const place = placeOf(own);
      if (!place) return null;
      if (place.container.kind === "outside" || place.container.kind === "gone") return place.container;
      const type = own.content.type;
      if (type instanceof Y.XmlElement) {
        const node = schema.nodes[type.nodeName];
        return node ? { kind: "element", node } : { kind: "foreign" };
      }
      return type instanceof Y.XmlText ? { kind: "text" } : { kind: "foreign" };
    }
    if (!known(id)) return null;
    const item = Y.getItem(store, id);
    if (!(item instanceof Y.Item)) return { kind: "gone" };
    if (item.deleted) return { kind: "gone" };
    if (!(item.content instanceof Y.ContentType)) return null;
    return containerOfType(item.content.type, schema);
  };

  /**
   * Where an item of the update lands: its container and map key; null when it refers to what nobody has. An item
   * without parent info sits next to the neighbour it was inserted beside; long runs of such neighbours (a large
   * paste) are followed in a loop, not by recursion.
   */
  const placeOf = (start: Y.Item): Place | null => {
    const done = places.get(start);
    if (done !== undefined) return done;
    const chain: Y.Item[] = [];
    let item = start;
    let place: Place | null = null;
    for (;;) {
      const known_ = places.get(item);
      if (known_ !== undefined) {
        place = known_; // null also for an item still being resolved: a cycle
        break;
      }
      places.set(item, null);
      chain.push(item);
      const parent = item.parent as Y.ID | string | null;
      if (typeof parent === "string") {
        place = { container: SECTIONS.has(parent) ? { kind: "section", section: parent } : { kind: "outside" }, parentSub: item.parentSub };
        break;
      }
      if (parent !== null) {
        const container = containerOfParentId(parent);
        place = container ? { container, parentSub: item.parentSub } : null;
        break;
      }
      const neighbour = item.origin ?? item.rightOrigin;
      if (!neighbour) break;
      const own = inUpdate(neighbour);
      if (own) {
        item = own;
        continue;
      }
      if (known(neighbour)) {
        const other = Y.getItem(store, neighbour);
        place =
          other instanceof Y.Item
            ? { container: containerOfType(other.parent as Y.AbstractType<unknown>, schema), parentSub: other.parentSub }
            : { container: { kind: "gone" }, parentSub: null };
      }
      break;
    }
    for (const resolved of chain) places.set(resolved, place);
    return place;
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    // Already in the document (a resent part): it was judged when it first came.
    if (known(struct.id) && Y.getState(store, struct.id.client) >= struct.id.clock + struct.length) continue;
    const place = placeOf(struct);
    if (!place) return "the update refers to content this server does not have";
    const problem = judge(struct, place, schema);
    if (problem) return problem;
  }
  return null;
}

function judge(item: Y.Item, { container, parentSub }: Place, schema: Schema): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  switch (container.kind) {
    case "outside":
    case "gone":
      return null;
    case "foreign":
      return "the update writes into something that is not editor content";
    case "section": {
      if (parentSub !== null) return `section ${container.section} is not a fragment`;
      return childElementProblem(content, schema.topNodeType, `section ${container.section}`);
    }
    case "element": {
      if (parentSub !== null) {
        if (!Object.hasOwn(container.node.spec.attrs ?? {}, parentSub)) return `${container.node.name} has no attribute ${parentSub}`;
        return content instanceof Y.ContentAny ? null : `attribute ${parentSub} of ${container.node.name} is not a value`;
      }
      if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
        return allowedChildren(container.node).has("text") ? null : `${container.node.name} cannot hold text`;
      }
      return childElementProblem(content, container.node, container.node.name);
    }
    case "text": {
      if (parentSub !== null) return "text cannot have attributes";
      if (content instanceof Y.ContentString) return null;
      if (content instanceof Y.ContentFormat) {
        const mark = HASHED_MARK.exec(content.key)?.[1] ?? content.key;
        if (!schema.marks[mark]) return `unknown mark ${mark.slice(0, 40)}`;
        const value: unknown = content.value;
        return value === null || (typeof value === "object" && !Array.isArray(value)) ? null : `mark ${mark} has no attributes`;
      }
      return "text can hold only characters and marks";
    }
  }
}

function childElementProblem(content: Y.Item["content"], parent: NodeType, where: string): string | null {
  if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlElement)) {
    return `${where} can hold only elements of the editor`;
  }
  const name = content.type.nodeName;
  if (!allowedChildren(parent).has(name) || name === "text") return `${where} cannot hold ${name.slice(0, 40)}`;
  return null;
}
