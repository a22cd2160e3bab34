/**
 * What the session room and the protocol show, gathered once: agenda, decisions, attendance, the minutes (the
 * frozen version once closed, else the live document) and the approval state.
 */
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documentVersions } from "../../../db/schema";
import { currentYDoc } from "../documents/live.server";
import { deriveDocument } from "../editor/derive.server";
import type { PmJson } from "../editor/text";
import { createI18n, type Locale } from "../../i18n";
import { approvalState, type ApprovalState } from "./approval";
import { attendanceOf, type AttendanceView } from "./attendance.server";
import { agendaOf, type AgendaItemView, type LoadedMeeting } from "./meetings.server";
import { protocolDocx, protocolPdf, minutesBlocks, type ProtocolContent } from "./protocol.server";
import { listDecisions, userName, type DecisionView } from "./room.server";
import { endOf, formatClock, formatDateTimeWarsaw, formatDayLong } from "./time";
import { fileDownload } from "~/lib/download";

export interface MeetingView {
  agenda: AgendaItemView[];
  decisions: DecisionView[];
  attendance: AttendanceView[];
  approval: ApprovalState;
  frozenAt: string | null;
  publishedAt: string | null;
}

export async function meetingView(db: Db, { meeting }: LoadedMeeting, slug: string, now = new Date()): Promise<MeetingView> {
  const [agenda, decisions, attendance] = await Promise.all([
    agendaOf(db, meeting, slug),
    listDecisions(db, meeting.id),
    attendanceOf(db, meeting, now),
  ]);
  let frozenAt: string | null = null;
  if (meeting.minutesVersionId) {
    const [version] = await db.select({ createdAt: documentVersions.createdAt }).from(documentVersions).where(eq(documentVersions.id, meeting.minutesVersionId));
    frozenAt = version?.createdAt.toISOString() ?? null;
  }
  const approval = approvalState(
    attendance.flatMap((a) => (a.attendeeId ? [{ id: a.attendeeId, userId: a.userId }] : [])),
    attendance.flatMap((a) => (a.attendeeId && a.approvedAt ? [{ attendeeId: a.attendeeId }] : [])),
  );
  return { agenda, decisions, attendance, approval, frozenAt, publishedAt: meeting.publishedAt?.toISOString() ?? null };
}

/** The minutes' content: the frozen version of a closed session, else the live document as it is now. */
async function minutesJson(context: AppLoadContext, loaded: LoadedMeeting): Promise<PmJson | null> {
  const { meeting } = loaded;
  if (meeting.minutesVersionId) {
    const [version] = await context.database.db
      .select({ json: documentVersions.json })
      .from(documentVersions)
      .where(eq(documentVersions.id, meeting.minutesVersionId));
    return ((version?.json ?? {}) as Record<string, PmJson>).default ?? null;
  }
  const ydoc = await currentYDoc(context, meeting.minutesDocumentId);
  try {
    return deriveDocument(ydoc, "minutes").fields[0].json;
  } finally {
    ydoc.destroy();
  }
}

const span = (i: { from: string; to: string }) => `${formatClock(i.from)}–${formatClock(i.to)}`;

export async function protocolContent(context: AppLoadContext, loaded: LoadedMeeting, locale: Locale, now = new Date()): Promise<ProtocolContent> {
  const t = createI18n(locale).t;
  const db = context.database.db;
  const { meeting, partnership } = loaded;
  const view = await meetingView(db, loaded, partnership.slug, now);
  const itemTitle = new Map(view.agenda.map((a) => [a.id, `${a.position}. ${a.title}`]));
  const json = await minutesJson(context, loaded);
  const minutes = (count: number) => t("sessions:list.minutes", { count });
  return {
    heading: t("sessions:protocol.heading"),
    title: meeting.title,
    language: locale,
    facts: [
      { label: t("sessions:protocol.partnership"), value: partnership.name },
      { label: t("sessions:protocol.body"), value: t(`sessions:body.${meeting.body}`) },
      { label: t("sessions:protocol.date"), value: formatDayLong(meeting.startsAt, locale) },
      {
        label: t("sessions:protocol.time"),
        value: `${formatClock(meeting.startsAt)}–${formatClock(endOf(meeting.startsAt, meeting.durationMinutes))} (${t("sessions:timeZone")})`,
      },
      { label: t("sessions:protocol.duration"), value: minutes(meeting.durationMinutes) },
      { label: t("sessions:protocol.status"), value: t(`sessions:status.${meeting.status}`) },
    ],
    agenda: {
      title: t("sessions:protocol.agenda"),
      empty: t("sessions:protocol.empty"),
      items: view.agenda.map((a) => {
        const label = a.link?.label?.[locale];
        return `${a.position}. ${a.title}${label ? ` (${label})` : ""}`;
      }),
    },
    attendance: {
      title: t("sessions:protocol.attendance"),
      empty: t("sessions:protocol.empty"),
      columns: t("sessions:protocol.columns", { returnObjects: true }) as unknown as [string, string, string, string],
      rows: view.attendance.map((a) => [
        a.name,
        a.intervals.map(span).join(", "),
        minutes(a.minutes),
        a.byPhone ? t("sessions:room.byPhone") : "",
      ]),
    },
    minutes: {
      title: t("sessions:protocol.minutes"),
      note: view.frozenAt ? t("sessions:protocol.frozenNote", { at: formatDateTimeWarsaw(view.frozenAt, locale) }) : t("sessions:protocol.draftNote"),
      blocks: minutesBlocks(json),
      empty: t("sessions:protocol.empty"),
    },
    decisions: {
      title: t("sessions:protocol.decisions"),
      empty: t("sessions:protocol.empty"),
      items: view.decisions.map((d, i) =>
        t("sessions:protocol.decisionLine", {
          number: i + 1,
          text: d.text,
          item: (d.agendaItemId && itemTitle.get(d.agendaItemId)) || "—",
          by: d.recordedByName,
          at: formatDateTimeWarsaw(d.createdAt, locale),
        }),
      ),
    },
    approvals: {
      title: t("sessions:protocol.approvals"),
      summary: `${t(view.approval.approved ? "sessions:room.approvedState" : "sessions:room.notApprovedState")} ${t("sessions:room.approvalSummary", { ...view.approval })}`,
      items: view.attendance
        .filter((a) => a.approvedAt)
        .map((a) => t("sessions:protocol.approvalLine", { name: a.name, at: formatDateTimeWarsaw(a.approvedAt!, locale) })),
    },
    footer: t("sessions:protocol.generated", { at: formatDateTimeWarsaw(now, locale) }),
  };
}

/** The protocol file as a download response. */
export async function protocolResponse(context: AppLoadContext, loaded: LoadedMeeting, locale: Locale, format: "docx" | "pdf"): Promise<Response> {
  const content = await protocolContent(context, loaded, locale);
  const bytes = format === "docx" ? await protocolDocx(content) : await protocolPdf(content);
  const body = new Blob([new Uint8Array(bytes)]);
  const name = `protokol-${loaded.partnership.slug.replace(/[^a-z0-9-]/g, "")}-${formatDayIso(loaded.meeting.startsAt)}.${format}`;
  return fileDownload(body, format, name);
}

const formatDayIso = (d: Date) => formatDateTimeWarsaw(d, "pl").replace(/[^0-9a-ząćęłńóśźż]+/gi, "-").toLowerCase();

export { userName };
