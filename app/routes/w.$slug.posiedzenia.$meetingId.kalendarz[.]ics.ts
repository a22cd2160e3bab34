import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { appOrigin, calendarMeetings, meetingsIcs } from "~/lib/sessions/calendar.server";
import { loadMeeting } from "~/lib/sessions/meetings.server";
import { fileDownload } from "~/lib/download";

/** One session as an iCalendar event (members only: it carries the video-call link). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { meeting } = await guard({ request, context }, "meeting.read", (db) => loadMeeting(db, params.meetingId, params.slug));
  const items = await calendarMeetings(context.database.db, { meetingId: meeting.id }, appOrigin(request, context.config));
  return fileDownload(meetingsIcs(meeting.title, items), "ics", `posiedzenie-${meeting.id}.ics`);
}
