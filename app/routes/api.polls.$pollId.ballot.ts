import type { ActionFunctionArgs } from "@remix-run/node";
import { guard, refusal } from "~/lib/guard.server";
import { readJson, voteJson } from "~/lib/voting/api.server";
import { castBallot } from "~/lib/voting/ballots.server";
import { ballotApiSchema } from "~/lib/voting/forms";
import { announcePoll } from "~/lib/voting/live.server";
import { loadPoll } from "~/lib/voting/polls.server";

export const loader = ({ request }: ActionFunctionArgs) => {
  throw refusal(request, 404);
};

/**
 * POST `{ "choice": id }` or `{ "scores": { id: 0..5 } }` (+ `"receipt"` to change a secret ballot) → `{ receipt }`.
 * 403 not eligible, 409 not open, 400 invalid.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  // Read: anyone of the partnership gets past the guard; eligibility is the snapshot's, checked with the ballot.
  const { poll, auth } = await guard({ request, context }, "poll.read", (db) => loadPoll(db, params.pollId));
  const parsed = ballotApiSchema.safeParse(await readJson(request));
  return voteJson(request, async () => {
    // A malformed body is still asked "eligible? open?" first (403 / 409 before 400): castBallot refuses it after.
    const { receipt: given, ...ballot } = parsed.success ? parsed.data : { receipt: undefined };
    const { receipt } = await castBallot(context.database.db, poll.id, auth.user.id, { ballot: parsed.success ? ballot : null, receipt: given });
    announcePoll(context.collab, poll);
    return { receipt };
  });
}
