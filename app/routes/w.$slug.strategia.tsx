import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getPartnershipBySlug } from "~/lib/partnerships.server";
import { documentResource, getStrategyDocument } from "~/lib/documents/store.server";
import { getServerT, requireAuth, requirePermission } from "~/lib/request.server";

/** /w/:slug/strategia → the partnership's territorial-strategy document. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireAuth(request, context);
  const partnership = await getPartnershipBySlug(context.database.db, params.slug ?? "");
  const strategy = partnership ? await getStrategyDocument(context.database.db, partnership.id) : null;
  if (!partnership || !strategy) throw new Response(getServerT(request)("errors.notFound"), { status: 404 });
  requirePermission(request, context, "document.read", documentResource(strategy), { hide: true });
  return redirect(`/w/${partnership.slug}/dokumenty/${strategy.id}`);
}
