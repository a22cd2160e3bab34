import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { appOrigin } from "~/lib/sessions/calendar.server";
import { listMeetings } from "~/lib/sessions/meetings.server";
import { isoWithOffset } from "~/lib/sessions/time";

/**
 * The partnership's sessions (members and the ministry only):
 * `[{ id, title, startsAt (ISO 8601 with the Warsaw offset), durationMinutes, icsUrl, status }]`, earliest first.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "meeting.read", (db) => loadPartnership(db, params.slug));
  const origin = appOrigin(request, context.config);
  const meetings = await listMeetings(context.database.db, partnership.id);
  return Response.json(
    meetings.map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: isoWithOffset(m.startsAt),
      durationMinutes: m.durationMinutes,
      icsUrl: `${origin}/w/${partnership.slug}/posiedzenia/${m.id}/kalendarz.ics`,
      status: m.status,
    })),
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
