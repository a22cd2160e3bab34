import type { ActionFunctionArgs } from "@remix-run/node";
import { guard, refusal } from "~/lib/guard.server";
import { voteJson } from "~/lib/voting/api.server";
import { announcePoll } from "~/lib/voting/live.server";
import { adoptWinner, loadPoll } from "~/lib/voting/polls.server";

export const loader = ({ request }: ActionFunctionArgs) => {
  throw refusal(request, 404);
};

/** POST — the coordinator adopts the closed poll's winner as the flagship → `{ projectId }`; 409 without a winner. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { poll, auth } = await guard({ request, context }, "poll.manage", (db) => loadPoll(db, params.pollId));
  return voteJson(request, async () => {
    const adopted = await adoptWinner(context.database.db, poll.id, auth.user.id);
    announcePoll(context.collab, poll);
    return adopted;
  });
}
