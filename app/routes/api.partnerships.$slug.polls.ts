import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { listPolls } from "~/lib/voting/polls.server";
import { pollResource } from "~/lib/voting/polls.server";

/** The partnership's polls (members and the ministry): `[{ id, title, status, method, secret }]`, newest first. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "poll.read", async (db) => {
    const loaded = await loadPartnership(db, params.slug);
    return loaded && { ...loaded, resource: pollResource({ partnershipId: loaded.partnership.id, status: "open" }, []) };
  });
  const polls = await listPolls(context.database.db, partnership.id);
  return Response.json(
    polls.map((p) => ({ id: p.id, title: p.title, status: p.status, method: p.method, secret: p.secret })),
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
