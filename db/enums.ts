/**
 * The closed vocabularies stored in text columns: each is one `as const` list, its type is derived from it and
 * the column is declared with `text({ enum: LIST })`, so reads come back typed and no code casts plain text.
 * Pure (no imports): db/schema.ts, app/lib and the browser bundle all import it; routes reach it through
 * app/lib/enums.ts. Add a value here and it is typed everywhere (PostgreSQL stores these as plain text, so
 * adding a value needs no migration).
 */

/** Platform-wide roles (users.global_role); null for everybody else. */
export const GLOBAL_ROLES = ["ministry_admin", "marshal_assessor"] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

/** A person's role in one partnership (memberships.role, auth_tokens.role). */
export const PARTNERSHIP_ROLES = ["coordinator", "council_member", "working_group_member", "expert"] as const;
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];

/** What a co-edited document is (documents.kind); the policy and the editor schema depend on it. */
export const DOCUMENT_KINDS = [
  "strategy", "project_description", "feasibility_analysis", "sector_analysis", "application_outline", "minutes",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** GUS TERC unit kinds (territorial_units.kind). */
export const UNIT_KINDS = [
  "wojewodztwo", "powiat", "miasto_na_prawach_powiatu", "gmina_miejska", "gmina_wiejska", "gmina_miejsko_wiejska",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Single-use links (auth_tokens.kind). */
export const TOKEN_KINDS = ["invitation", "password_reset"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** comment_threads.status */
export const THREAD_STATUSES = ["open", "resolved"] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** The coordinator's decision on a comment for the consultation report (comment_threads.decision). */
export const DECISIONS = ["accepted", "partly", "rejected"] as const;
export type Decision = (typeof DECISIONS)[number];

/** notifications.kind */
export const NOTIFICATION_KINDS = ["mention", "reply", "resolved", "meeting_tomorrow", "meeting_soon", "poll_opened", "poll_closing", "selection_outcome"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Security events kept in the audit log (audit_log.event; never deleted by the application). */
export const AUDIT_EVENTS = [
  "sign_in", "sign_in_failed", "sign_in_rate_limited", "sign_out",
  "password_changed", "password_reset_requested", "password_reset_done",
  "invitation_sent", "invitation_accepted", "invitation_withdrawn",
  "role_changed", "member_removed", "working_groups_changed",
  "session_revoked", "sessions_revoked_all",
  "editing_rights_changed", "flagship_adopted",
  "calendar_feed_created", "calendar_feed_revoked",
  "poll_created", "poll_opened", "poll_closed",
  "applicant_registered", "selection_call_created", "selection_call_updated", "selection_call_opened",
  "selection_form_saved", "selection_form_submitted", "selection_assessment_saved",
  "selection_recommended", "selection_recommendation_withdrawn", "selection_recommendations_sent",
  "selection_selected", "selection_unselected", "selection_announced", "phase_dates_changed",
  "publication_published", "publication_unpublished", "accessibility_request_handled",
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

/** A council poll's life: draft → open (eligible voters snapshotted) → closed (result frozen). */
export const POLL_STATUSES = ["draft", "open", "closed"] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** How a poll is decided (polls.method): one choice per voter, or a maturity score 0–5 for every candidate. */
export const POLL_METHODS = ["single", "score"] as const;
export type PollMethod = (typeof POLL_METHODS)[number];

/** Notices already given about a poll (poll_notices.kind): it opened; it closes tomorrow. */
export const POLL_NOTICE_KINDS = ["opened", "closing"] as const;
export type PollNoticeKind = (typeof POLL_NOTICE_KINDS)[number];

/**
 * A working-group or council session (posiedzenie; `Meeting` in code, to keep it apart from sign-in sessions):
 * planned → open (the coordinator opened the room; presence is recorded) → closed (minutes frozen).
 */
export const MEETING_STATUSES = ["planned", "open", "closed"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Which body meets (meetings.body). */
export const MEETING_BODIES = ["working_group", "council"] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];

/** What an agenda item points to (meeting_agenda_items.link_kind): a strategy section or a project. */
export const AGENDA_LINK_KINDS = ["strategy_section", "project"] as const;
export type AgendaLinkKind = (typeof AGENDA_LINK_KINDS)[number];

/** Reminders of a coming session (meeting_reminders.kind): the day before and an hour before. */
export const REMINDER_KINDS = ["day_before", "hour_before"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * What can be published (publications.kind): the registry in app/lib/publication/kinds.server.ts says how each
 * is frozen. Council vote results join as "poll_result" when the voting feature lands.
 */
export const PUBLICATION_KINDS = ["strategy", "project_package", "minutes", "vote_result"] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** Narrows a string read from outside (a file, a form) to one of a list's values. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
