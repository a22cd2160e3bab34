import type { LoaderFunctionArgs } from "@remix-run/node";
import { refusal } from "~/lib/guard.server";
import { appOrigin, feedCalendar } from "~/lib/sessions/calendar.server";

/**
 * A person's calendar feed, for calendar programs that cannot sign in: the secret in the address is the key
 * (only its hash is stored; revocable on /kalendarz). Unknown or revoked → 404, as for a page that does not
 * exist. What it lists is decided by the policy for the feed's owner at every fetch.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ics = await feedCalendar(context.database.db, params.secret ?? "", appOrigin(request, context.config));
  if (!ics) {
    const notFound = refusal(request, 404);
    notFound.headers.set("Cache-Control", "no-store");
    return notFound;
  }
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
  });
}
