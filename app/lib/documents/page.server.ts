import type { AppLoadContext } from "@remix-run/node";
import { can, rolesIn, type Action } from "../policy";
import { getLocale, getServerT, requireAuth, requirePermission } from "../request.server";
import { documentFields, documentSections } from "../strategy-sections";
import { isEmptyJson, type PmJson } from "../editor/text";
import { editorsFor } from "../projects/rights.server";
import { documentResource, getDocumentInPartnership } from "./store.server";

/** Guard + load for every document page: the document must belong to the partnership in the URL. */
export async function requireDocument(
  request: Request,
  context: AppLoadContext,
  params: { slug?: string; documentId?: string },
  action: Action = "document.read",
) {
  requireAuth(request, context);
  const found = await getDocumentInPartnership(context.database.db, params.slug ?? "", params.documentId ?? "");
  if (!found) throw new Response(getServerT(request)("errors.notFound"), { status: 404, statusText: "Not Found" });
  const resource = { ...documentResource(found.document), editors: await editorsFor(context.database.db, found.document.partnershipId, found.document.kind) };
  // Non-members must not learn that the document exists.
  requirePermission(request, context, "document.read", resource, { hide: true });
  const auth = requirePermission(request, context, action, resource)!;
  return {
    ...found,
    resource,
    auth,
    canEdit: can(auth.actor, "document.edit", resource),
    locale: getLocale(request),
  };
}

const ROLE_COLOURS: Record<string, string> = {
  coordinator: "#0b4f8a",
  council_member: "#6a1b9a",
  working_group_member: "#1e6b34",
  expert: "#a4161a",
};

/** The caret colour of a person's (most significant) role in the partnership. */
export function roleColour(roles: readonly string[]): string {
  for (const role of ["coordinator", "working_group_member", "expert", "council_member"]) {
    if (roles.includes(role)) return ROLE_COLOURS[role];
  }
  return "#4a5560";
}

export function userColour(actor: Parameters<typeof rolesIn>[0], partnershipId: string) {
  return roleColour(rolesIn(actor, partnershipId));
}

/** The fields of a document kind with their titles in the reader's language and whether they are empty. */
export function documentOutline(kind: string, derivedJson: unknown, locale: "pl" | "en") {
  const json = (derivedJson ?? {}) as Record<string, PmJson>;
  return documentFields(kind).map((key) => {
    const section = documentSections(kind).find((s) => s.key === key);
    return { key, title: section ? section[locale] : null, empty: isEmptyJson(json[key]) };
  });
}
