/**
 * The one place that answers "may this actor do this to that?" for pages, actions, resource routes and the
 * websockets. Pure: the guard (guard.server.ts) loads the actor and the resource, this decides; nothing else in
 * the app looks at roles.
 *
 * A new feature adds its resource to `Resource`, its actions to `ACTIONS`, its rules to `can`, and to `mayKnow`
 * who may learn that such a resource exists (everyone else gets 404 from the guard); then rows in policy.test.ts,
 * including the cases that must say no.
 */
import { DEFAULT_EDITING_RIGHTS, editRightGroup, type GrantableRole } from "./editing-rights";
import type { DocumentKind, GlobalRole, MeetingStatus, PartnershipRole, PollStatus } from "./enums";

export { PARTNERSHIP_ROLES, type DocumentKind, type GlobalRole, type PartnershipRole } from "./enums";

export interface Actor {
  userId: string;
  globalRole: GlobalRole | null;
  /** 2-digit TERYT of a marshal assessor's voivodeship. */
  voivodeshipTeryt: string | null;
  /** partnershipId → the roles held there. */
  roles: ReadonlyMap<string, readonly PartnershipRole[]>;
}

/** The platform as a whole: what only the ministry sees across partnerships. */
export interface PlatformResource {
  type: "platform";
}
export interface PartnershipResource {
  type: "partnership";
  partnershipId: string;
  voivodeshipTeryt: string;
}
export interface DocumentResource {
  type: "document";
  partnershipId: string;
  kind: DocumentKind;
  /** A published version exists (the public reads the frozen publication, never the live draft). */
  published?: boolean;
  /**
   * Who besides the coordinator edits this kind of document in this partnership (its editing-rights setting,
   * editing-rights.ts); absent: the defaults.
   */
  editors?: readonly GrantableRole[];
  /** Frozen (the minutes of a closed session): read and comment only. */
  locked?: boolean;
}
/** A project fiche and what hangs off it (schedule, maturity, attachments); without a project: the package. */
export interface ProjectResource {
  type: "project";
  partnershipId: string;
  /** The partnership's editing-rights setting for fiches; absent: the defaults. */
  editors?: readonly GrantableRole[];
}
export interface PollResource {
  type: "poll";
  partnershipId: string;
  status: PollStatus;
  /** Snapshot of the council when the poll opened. */
  eligibleUserIds: readonly string[];
}
/** An information form of a call (selection, issue #16). */
export interface ApplicationResource {
  type: "application";
  applicantUserId: string;
  voivodeshipTeryt: string;
  submitted: boolean;
  /** The workspace created when the form was selected; null before. */
  partnershipId: string | null;
}
/** A call for information forms (nabór). */
export interface CallResource {
  type: "selection_call";
  opened: boolean;
}
/** A voivodeship in a call: its marshal office's forms, checklists and recommendations. */
export interface VoivodeshipResource {
  type: "voivodeship";
  voivodeshipTeryt: string;
}

/** A published output (a frozen version of the strategy, the package, minutes …); see app/lib/publication. */
export interface PublicationResource {
  type: "publication";
  partnershipId: string;
  /** Not unpublished: the public sees it. */
  published: boolean;
}

/** A working-group or council session (posiedzenie). */
export interface MeetingResource {
  type: "meeting";
  partnershipId: string;
  status: MeetingStatus;
  /** Attendees with an account (they approve the minutes once the session is closed). */
  attendeeUserIds: readonly string[];
}

export type Resource =
  | PlatformResource
  | PartnershipResource
  | DocumentResource
  | ProjectResource
  | PollResource
  | ApplicationResource
  | CallResource
  | VoivodeshipResource
  | MeetingResource
  | PublicationResource;

export const ACTIONS = [
  "platform.list_partnerships",
  "audit.view",
  "partnership.view_workspace",
  "members.manage",
  "document.read",
  "document.edit",
  "document.comment",
  "comment.decide",
  "publication.publish",
  "publication.read",
  "poll.manage",
  "poll.read",
  "poll.vote",
  "application.assess",
  "application.read",
  "application.edit",
  "selection.manage",
  "selection.apply",
  "selection.view",
  "recommendation.send",
  "voivodeship.overview",
  "phases.manage",
  "project.read",
  "project.create",
  "project.edit",
  "editing_rights.manage",
  "meeting.read",
  "meeting.manage",
  "meeting.record_decision",
  "meeting.approve",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions the anonymous public can be granted; every other action needs a signed-in actor. */
export const PUBLIC_ACTIONS = ["publication.read"] as const satisfies readonly Action[];
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];
export const isPublicAction = (action: Action): action is PublicAction => (PUBLIC_ACTIONS as readonly Action[]).includes(action);


export function rolesIn(actor: Actor | null, partnershipId: string): readonly PartnershipRole[] {
  return actor?.roles.get(partnershipId) ?? [];
}

function has(actor: Actor | null, partnershipId: string, ...wanted: PartnershipRole[]): boolean {
  const held = rolesIn(actor, partnershipId);
  return wanted.some((role) => held.includes(role));
}

const isMinistry = (actor: Actor | null) => actor?.globalRole === "ministry_admin";
const isAssessorOf = (actor: Actor | null, voivodeshipTeryt: string) =>
  actor?.globalRole === "marshal_assessor" && actor.voivodeshipTeryt === voivodeshipTeryt;

/** Selection (issue #16): calls, information forms, a voivodeship's checklists and recommendations. */
function canSelection(actor: Actor | null, action: Action, resource: ApplicationResource | CallResource | VoivodeshipResource): boolean {
  switch (resource.type) {
    case "selection_call":
      if (action === "selection.manage") return isMinistry(actor);
      if (action === "selection.view") return isMinistry(actor) || actor?.globalRole === "marshal_assessor";
      // Applicants are people without a platform role; they apply to an opened call.
      if (action === "selection.apply") return actor !== null && actor.globalRole === null && resource.opened;
      return false;
    case "voivodeship":
      if (action === "recommendation.send") return isAssessorOf(actor, resource.voivodeshipTeryt);
      if (action === "voivodeship.overview") return isAssessorOf(actor, resource.voivodeshipTeryt) || isMinistry(actor);
      return false;
    case "application": {
      const own = actor !== null && actor.userId === resource.applicantUserId;
      if (action === "application.edit") return own && !resource.submitted;
      if (action === "application.assess") return resource.submitted && isAssessorOf(actor, resource.voivodeshipTeryt);
      if (action === "application.read") {
        return own || (resource.submitted && (isMinistry(actor) || isAssessorOf(actor, resource.voivodeshipTeryt)));
      }
      return false;
    }
  }
}

/**
 * The partnership roles that may change a document's text (what "document.edit" grants, as a list for people
 * who cannot edit: the read-only banner names them). Empty when the document is frozen.
 */
export function documentEditorRoles(resource: DocumentResource): PartnershipRole[] {
  if (resource.locked) return [];
  return ["coordinator", ...(resource.editors ?? DEFAULT_EDITING_RIGHTS[editRightGroup(resource.kind)])];
}

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (resource.type === "platform") {
    // Platform-wide views exist for the ministry only.
    return (action === "platform.list_partnerships" || action === "audit.view") && isMinistry(actor);
  }
  if (resource.type === "application" || resource.type === "selection_call" || resource.type === "voivodeship") {
    return canSelection(actor, action, resource);
  }
  const pid = resource.partnershipId;
  const member = rolesIn(actor, pid).length > 0;
  switch (action) {
    case "platform.list_partnerships":
      return false;
    case "publication.read":
      // The public pages: published outputs (a partnership's public page is a publication that is always out).
      return (resource.type === "document" || resource.type === "publication") && resource.published === true;
    case "partnership.view_workspace":
    case "document.read":
    case "poll.read":
    case "meeting.read":
      return member || isMinistry(actor);
    case "members.manage":
    case "audit.view":
    case "phases.manage":
      return has(actor, pid, "coordinator") || isMinistry(actor);
    case "document.edit": {
      if (resource.type !== "document" || resource.locked) return false;
      const editors = resource.editors ?? DEFAULT_EDITING_RIGHTS[editRightGroup(resource.kind)];
      return has(actor, pid, "coordinator", ...editors);
    }
    case "project.read":
      return resource.type === "project" && (member || isMinistry(actor));
    case "project.create":
    case "project.edit":
      // Creating a fiche is judged on the partnership's setting for fiches, like editing one.
      return resource.type === "project" && has(actor, pid, "coordinator", ...(resource.editors ?? DEFAULT_EDITING_RIGHTS.fiches));
    case "editing_rights.manage":
      return resource.type === "partnership" && has(actor, pid, "coordinator");
    case "document.comment":
      return member;
    case "comment.decide":
    case "publication.publish":
    case "poll.manage":
    case "meeting.manage":
      return has(actor, pid, "coordinator");
    case "meeting.record_decision":
      // Anyone of the partnership in the room while the session is open (the ministry only observes).
      return resource.type === "meeting" && resource.status === "open" && member;
    case "meeting.approve":
      // Attendees approve the frozen minutes of a closed session.
      return (
        resource.type === "meeting" &&
        resource.status === "closed" &&
        actor !== null &&
        member &&
        resource.attendeeUserIds.includes(actor.userId)
      );
    case "poll.vote":
      return (
        resource.type === "poll" &&
        resource.status === "open" &&
        actor !== null &&
        has(actor, pid, "council_member") &&
        resource.eligibleUserIds.includes(actor.userId)
      );
    case "application.assess":
    case "application.read":
    case "application.edit":
    case "selection.manage":
    case "selection.apply":
    case "selection.view":
    case "recommendation.send":
    case "voivodeship.overview":
      // Only on selection resources (canSelection above).
      return false;
  }
}

/**
 * Whether the actor may learn that the resource exists. The guard answers 404 when this says no, exactly as
 * for a resource that does not exist: anything inside a partnership is known to its members and the ministry
 * only (a published document to everyone).
 */
export function mayKnow(actor: Actor | null, resource: Resource): boolean {
  switch (resource.type) {
    case "platform":
      return true;
    case "partnership":
      return can(actor, "partnership.view_workspace", resource);
    case "document":
      return can(actor, "document.read", resource) || can(actor, "publication.read", resource);
    case "poll":
      return can(actor, "poll.read", resource);
    case "project":
      return can(actor, "project.read", resource);
    case "meeting":
      return can(actor, "meeting.read", resource);
    case "publication":
      return can(actor, "publication.read", resource) || can(actor, "partnership.view_workspace", { type: "partnership", partnershipId: resource.partnershipId, voivodeshipTeryt: "" });
    case "application":
      return can(actor, "application.read", resource);
    case "selection_call":
    case "voivodeship":
      return actor !== null;
  }
}
