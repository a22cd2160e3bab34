/** The difference between two published versions of a series, section by section (pure; words, like versions). */
import { diffWords } from "diff";
import type { PublishedSection } from "../../../db/schema/publication";

export interface PublishedDiffSection {
  key: string;
  title: string;
  changed: boolean;
  parts: { value: string; added: boolean; removed: boolean }[];
}

/** Sections in the newer version's order, then any the newer version dropped. */
export function diffPublished(from: readonly PublishedSection[], to: readonly PublishedSection[]): PublishedDiffSection[] {
  const before = new Map(from.map((s) => [s.key, s]));
  const keys = [...to.map((s) => s.key), ...from.filter((s) => !to.some((x) => x.key === s.key)).map((s) => s.key)];
  return keys.map((key) => {
    const a = before.get(key);
    const b = to.find((s) => s.key === key);
    const parts = diffWords(a?.text ?? "", b?.text ?? "").map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) }));
    return { key, title: b?.title ?? a?.title ?? key, changed: parts.some((p) => p.added || p.removed), parts };
  });
}
