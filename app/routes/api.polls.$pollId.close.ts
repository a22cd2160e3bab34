import type { ActionFunctionArgs } from "@remix-run/node";
import { guard, refusal } from "~/lib/guard.server";
import { voteJson } from "~/lib/voting/api.server";
import { announcePoll } from "~/lib/voting/live.server";
import { closePoll, loadPoll } from "~/lib/voting/polls.server";
import { pollJson } from "~/lib/voting/view.server";

export const loader = ({ request }: ActionFunctionArgs) => {
  throw refusal(request, 404);
};

/** POST — the coordinator closes the poll; answers the poll as `GET /api/polls/:id` does, with its result. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { poll, auth } = await guard({ request, context }, "poll.manage", (db) => loadPoll(db, params.pollId));
  const db = context.database.db;
  return voteJson(request, async () => {
    const { poll: closed } = await closePoll(db, poll.id, auth.user.id);
    announcePoll(context.collab, poll);
    return pollJson(db, closed);
  });
}
