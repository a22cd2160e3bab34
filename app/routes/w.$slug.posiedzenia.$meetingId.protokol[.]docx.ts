import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { getLocale } from "~/lib/request.server";
import { loadMeeting } from "~/lib/sessions/meetings.server";
import { protocolResponse } from "~/lib/sessions/view.server";

/** The protocol (agenda, attendance with times, minutes, decisions, approvals) as DOCX. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const loaded = await guard({ request, context }, "meeting.read", (db) => loadMeeting(db, params.meetingId, params.slug));
  return protocolResponse(context, loaded, getLocale(request), "docx");
}
