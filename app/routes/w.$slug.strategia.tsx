import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { loadStrategy } from "~/lib/documents/documents.server";
import { guard } from "~/lib/guard.server";

/** /w/:slug/strategia → the partnership's territorial-strategy document. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, document } = await guard({ request, context }, "document.read", (db) => loadStrategy(db, params.slug));
  return redirect(`/w/${partnership.slug}/dokumenty/${document.id}`);
}
