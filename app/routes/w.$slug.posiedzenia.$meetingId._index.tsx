import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { LiveEditor } from "~/components/editor/LiveEditor";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { AgendaPanel, AttendancePanel, ConfirmButton, DecisionsPanel, IntentButton } from "~/components/sessions/RoomPanels";
import { subscribe } from "~/lib/collab/client";
import { presenceUser } from "~/lib/collab/presence";
import { loadDocument } from "~/lib/documents/documents.server";
import { currentYDoc } from "~/lib/documents/live.server";
import { guard } from "~/lib/guard.server";
import { isUuid } from "~/lib/ids";
import { can, rolesIn, type Action } from "~/lib/policy";
import { getLocale } from "~/lib/request.server";
import { removePhoneAttendee, savePhoneAttendee } from "~/lib/sessions/attendance.server";
import { MeetingError } from "~/lib/sessions/errors";
import { decisionSchema, phoneAttendeeSchema } from "~/lib/sessions/forms";
import { announceItem, announceMeeting } from "~/lib/sessions/live.server";
import { loadMeeting } from "~/lib/sessions/meetings.server";
import { refusedCommand } from "~/lib/sessions/pages.server";
import { approveMinutes, closeMeeting, openMeeting, publishMinutes, recordDecision, setCurrentItem } from "~/lib/sessions/room.server";
import { endOf, formatClock, formatDateTimeWarsaw, formatDayLong, isoWithOffset } from "~/lib/sessions/time";
import { meetingView } from "~/lib/sessions/view.server";
import { listMembers } from "~/lib/workspace.server";


export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.meeting.title ?? ""} — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const loaded = await guard({ request, context }, "meeting.read", (db) => loadMeeting(db, params.meetingId, params.slug));
  const { meeting, partnership, auth, resource } = loaded;
  const db = context.database.db;
  const locale = getLocale(request);
  const [view, minutes, members] = await Promise.all([
    meetingView(db, loaded, partnership.slug),
    loadDocument(db, meeting.minutesDocumentId),
    listMembers(db, partnership.id),
  ]);
  const { id, name, color } = presenceUser(auth.user, rolesIn(auth.actor, partnership.id));
  const mine = view.attendance.find((a) => a.userId === auth.user.id);
  const manage = can(auth.actor, "meeting.manage", resource);
  return {
    locale,
    partnership: { slug: partnership.slug, name: partnership.name },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      body: meeting.body,
      status: meeting.status,
      startsAt: isoWithOffset(meeting.startsAt),
      day: formatDayLong(meeting.startsAt, locale),
      time: `${formatClock(meeting.startsAt)}–${formatClock(endOf(meeting.startsAt, meeting.durationMinutes))}`,
      durationMinutes: meeting.durationMinutes,
      videoUrl: meeting.videoUrl,
      currentItemId: meeting.currentItemId,
      minutesDocumentId: meeting.minutesDocumentId,
    },
    ...view,
    members: [...new Map(members.map((m) => [m.userId, { id: m.userId, name: m.name }])).values()],
    canManage: manage,
    canRecord: can(auth.actor, "meeting.record_decision", resource),
    canApprove: can(auth.actor, "meeting.approve", resource) && !mine?.approvedAt,
    myApproval: mine?.approvedAt ?? null,
    canEditMinutes: minutes ? can(auth.actor, "document.edit", minutes.resource) : false,
    user: { id, name, color },
  };
}

const NEEDS: Record<string, Action> = {
  open: "meeting.manage",
  item: "meeting.manage",
  close: "meeting.manage",
  phone: "meeting.manage",
  removePhone: "meeting.manage",
  publish: "meeting.manage",
  decision: "meeting.record_decision",
  approve: "meeting.approve",
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const { meeting, partnership, auth } = await guard({ request, context }, NEEDS[intent] ?? "meeting.manage", (db) =>
    loadMeeting(db, params.meetingId, params.slug),
  );
  if (!NEEDS[intent]) return refusedCommand(request, new MeetingError("errors.badRequest", 400));
  const db = context.database.db;
  const changed = () => announceMeeting(context.collab, meeting);
  try {
    switch (intent) {
      case "decision": {
        const submission = parseWithZod(formData, { schema: decisionSchema });
        if (submission.status !== "success") return data(submission.reply(), { status: 400 });
        await recordDecision(db, meeting, auth.user, submission.value);
        changed();
        return submission.reply({ resetForm: true });
      }
      case "phone": {
        const submission = parseWithZod(formData, { schema: phoneAttendeeSchema });
        if (submission.status !== "success") return data(submission.reply(), { status: 400 });
        await savePhoneAttendee(db, meeting, submission.value, auth.user.id);
        changed();
        return submission.reply({ resetForm: true });
      }
      case "removePhone": {
        const attendeeId = String(formData.get("attendeeId") ?? "");
        if (!isUuid(attendeeId)) return refusedCommand(request, new MeetingError("validation.attendeeUnknown", 404));
        await removePhoneAttendee(db, meeting, attendeeId);
        break;
      }
      case "open":
        await openMeeting(db, meeting);
        announceItem(context.collab, meeting, null);
        break;
      case "item": {
        const itemId = String(formData.get("itemId") ?? "");
        const target = isUuid(itemId) ? itemId : null;
        await setCurrentItem(db, meeting, target);
        announceItem(context.collab, meeting, target);
        return { ok: true as const };
      }
      case "close": {
        const minutes = await currentYDoc(context, meeting.minutesDocumentId);
        try {
          await closeMeeting(db, meeting, auth.user.id, minutes);
        } finally {
          minutes.destroy();
        }
        // Open editors drop to read-only at once instead of at the next periodic re-check.
        context.collab.recheckUser(auth.user.id);
        break;
      }
      case "approve":
        await approveMinutes(db, meeting, auth.user.id);
        break;
      case "publish": {
        const view = await meetingView(db, { meeting, partnership, resource: { type: "meeting", partnershipId: partnership.id, status: meeting.status, attendeeUserIds: [] } }, partnership.slug);
        await publishMinutes(db, meeting, auth.user.id, view.approval.approved);
        break;
      }
    }
  } catch (error) {
    return refusedCommand(request, error);
  }
  changed();
  return { ok: true as const };
}

export default function MeetingRoom() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("sessions");
  const { revalidate } = useRevalidator();
  const [current, setCurrent] = useState(d.meeting.currentItemId);
  useEffect(() => setCurrent(d.meeting.currentItemId), [d.meeting.currentItemId]);
  const id = d.meeting.id;
  useEffect(
    () =>
      subscribe("meeting.item", (event) => {
        if (event.meetingId !== id) return;
        setCurrent(event.itemId);
        revalidate();
      }),
    [id, revalidate],
  );
  useEffect(() => subscribe("meeting.changed", (event) => (event.meetingId === id ? revalidate() : undefined)), [id, revalidate]);
  const base = `/w/${d.partnership.slug}/posiedzenia/${id}`;
  const currentItem = d.agenda.find((a) => a.id === current) ?? null;
  const locale = d.locale;
  return (
    <div className="page page--wide meeting-room">
      <Breadcrumb partnership={d.partnership} trail={[{ to: `/w/${d.partnership.slug}/posiedzenia`, label: t("list.title") }]} />
      <h1>{d.meeting.title}</h1>
      <dl className="meeting-facts">
        <dt>{t("room.when")}</dt>
        <dd>
          <time dateTime={d.meeting.startsAt} data-testid="meeting-when">
            {d.meeting.day}, {d.meeting.time}
          </time>{" "}
          ({t("timeZone")})
        </dd>
        <dt>{t("list.columns.body")}</dt>
        <dd>{t(`body.${d.meeting.body}`)}</dd>
        <dt>{t("list.columns.status")}</dt>
        <dd data-testid="meeting-status">{t(`status.${d.meeting.status}`)}</dd>
        <dt>{t("room.video")}</dt>
        <dd>
          {d.meeting.videoUrl ? (
            <a href={d.meeting.videoUrl} target="_blank" rel="noopener noreferrer">
              {t("room.joinVideo")}
            </a>
          ) : (
            t("room.noVideo")
          )}
        </dd>
      </dl>
      <div className="actions">
        {d.canManage && d.meeting.status === "planned" ? <IntentButton intent="open" label={t("room.open")} /> : null}
        {d.canManage && d.meeting.status === "open" ? <ConfirmButton intent="close" label={t("room.close")} confirm={t("room.closeConfirm")} /> : null}
        {d.canManage && d.meeting.status !== "closed" ? <Link to={`${base}/edycja`}>{t("room.edit")}</Link> : null}
      </div>
      <p role="status" aria-live="polite" className="meeting-room__current" data-testid="current-item">
        {d.meeting.status === "open" ? (currentItem ? t("room.currentLive", { title: `${currentItem.position}. ${currentItem.title}` }) : t("room.noCurrent")) : null}
      </p>
      <div className="meeting-room__grid">
        <div className="meeting-room__side">
          <AgendaPanel agenda={d.agenda} currentId={current} canMove={d.canManage && d.meeting.status === "open"} locale={locale} />
          <DecisionsPanel decisions={d.decisions} agenda={d.agenda} currentId={current} canRecord={d.canRecord} locale={locale} />
        </div>
        <section aria-labelledby="minutes-title" className="meeting-room__minutes">
          <h2 id="minutes-title">{d.frozenAt ? t("room.minutesFrozen", { at: formatDateTimeWarsaw(d.frozenAt, locale) }) : t("room.minutes")}</h2>
          <LiveEditor documentId={d.meeting.minutesDocumentId} fields={[{ key: "default", title: null }]} canEdit={d.canEditMinutes} user={d.user} />
        </section>
      </div>
      <AttendancePanel attendance={d.attendance} canEditPhone={d.canManage && d.meeting.status !== "planned" && !d.publishedAt} members={d.members} locale={locale} />
      {d.meeting.status === "closed" ? (
        <section aria-labelledby="approval-title">
          <h2 id="approval-title">{t("room.approvals")}</h2>
          <p data-testid="approval-state">
            {t(d.approval.approved ? "room.approvedState" : "room.notApprovedState")} {t("room.approvalSummary", { ...d.approval })}
          </p>
          {d.myApproval ? <p>{t("room.youApproved", { at: formatDateTimeWarsaw(d.myApproval, locale) })}</p> : null}
          <div className="actions">
            {d.canApprove ? <IntentButton intent="approve" label={t("room.approve")} /> : null}
            {d.canManage && d.approval.approved && !d.publishedAt ? <IntentButton intent="publish" label={t("room.publish")} secondary /> : null}
          </div>
          {d.publishedAt ? <p>{t("room.published", { at: formatDateTimeWarsaw(d.publishedAt, locale) })}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t("room.downloads")}</h2>
        <ul>
          <li>
            <a href={`${base}/protokol.docx`} download data-testid="protocol-docx">
              {t("room.protocolDocx")}
            </a>
          </li>
          <li>
            <a href={`${base}/protokol.pdf`} download>
              {t("room.protocolPdf")}
            </a>
          </li>
          <li>
            <a href={`${base}/kalendarz.ics`} download>
              {t("room.ics")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
