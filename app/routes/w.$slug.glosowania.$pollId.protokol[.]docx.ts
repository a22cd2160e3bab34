import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { getLocale } from "~/lib/request.server";
import { minutesResponse } from "~/lib/voting/minutes.server";
import { loadPoll } from "~/lib/voting/polls.server";

/** The minutes of a closed vote as DOCX; 409 before it closes. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const loaded = await guard({ request, context }, "poll.read", (db) => loadPoll(db, params.pollId, params.slug));
  return minutesResponse(context.database.db, loaded, getLocale(request), "docx");
}
