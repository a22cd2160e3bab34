import { documentFields, documentSections } from "../strategy-sections";
import { isEmptyJson, type PmJson } from "../editor/text";

/** The fields of a document kind with their titles in the reader's language and whether they are empty. */
export function documentOutline(kind: string, derivedJson: unknown, locale: "pl" | "en") {
  const json = (derivedJson ?? {}) as Record<string, PmJson>;
  return documentFields(kind).map((key) => {
    const section = documentSections(kind).find((s) => s.key === key);
    return { key, title: section ? section[locale] : null, empty: isEmptyJson(json[key]) };
  });
}
