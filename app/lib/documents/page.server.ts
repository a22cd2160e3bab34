import { STRATEGY_SECTIONS, documentFields } from "../strategy-sections";
import { isEmptyJson, type PmJson } from "../editor/text";

/** The fields of a document kind with their titles in the reader's language and whether they are empty. */
export function documentOutline(kind: string, derivedJson: unknown, locale: "pl" | "en") {
  const json = (derivedJson ?? {}) as Record<string, PmJson>;
  return documentFields(kind).map((key) => {
    const section = kind === "strategy" ? STRATEGY_SECTIONS.find((s) => s.key === key) : undefined;
    return { key, title: section ? section[locale] : null, empty: isEmptyJson(json[key]) };
  });
}
