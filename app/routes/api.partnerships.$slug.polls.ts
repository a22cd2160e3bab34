import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { listPolls, loadPartnershipPolls } from "~/lib/voting/polls.server";

/** The partnership's polls (members and the ministry): `[{ id, title, status, method, secret }]`, newest first. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "poll.read", (db) => loadPartnershipPolls(db, params.slug));
  const polls = await listPolls(context.database.db, partnership.id);
  return Response.json(
    polls.map((p) => ({ id: p.id, title: p.title, status: p.status, method: p.method, secret: p.secret })),
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
