import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { loadPoll } from "~/lib/voting/polls.server";
import { pollJson } from "~/lib/voting/view.server";

/** `{ id, title, status, method, secret, quorum, eligibleCount, candidates, result }` (docs/voting.md). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { poll } = await guard({ request, context }, "poll.read", (db) => loadPoll(db, params.pollId));
  return Response.json(await pollJson(context.database.db, poll), { headers: { "Cache-Control": "private, no-store" } });
}
