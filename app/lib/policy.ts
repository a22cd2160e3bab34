import { DEFAULT_EDITING_RIGHTS, editRightGroup, type GrantableRole } from "./editing-rights";

/**
 * The one place that answers "may this actor do this to that?" for pages, actions, resource routes and
 * the collaboration websocket. Pure: callers load the actor and the resource, this decides.
 */

export type GlobalRole = "ministry_admin" | "marshal_assessor";
export type PartnershipRole = "coordinator" | "council_member" | "working_group_member" | "expert";
export const PARTNERSHIP_ROLES: readonly PartnershipRole[] = [
  "coordinator",
  "council_member",
  "working_group_member",
  "expert",
];

export type DocumentKind =
  | "strategy"
  | "project_description"
  | "feasibility_analysis"
  | "sector_analysis"
  | "application_outline"
  | "minutes";

export interface Actor {
  userId: string;
  globalRole: GlobalRole | null;
  /** 2-digit TERYT of a marshal assessor's voivodeship. */
  voivodeshipTeryt: string | null;
  /** partnershipId → the roles held there. */
  roles: ReadonlyMap<string, readonly PartnershipRole[]>;
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
   * Who besides the coordinator edits this kind of document in this partnership (its editing-rights
   * setting, editing-rights.ts); absent: the defaults.
   */
  editors?: readonly GrantableRole[];
}
/** A project fiche and what hangs off it (schedule, maturity, attachments). */
export interface ProjectResource {
  type: "project";
  partnershipId: string;
  /** The partnership's editing-rights setting for fiches; absent: the defaults. */
  editors?: readonly GrantableRole[];
}
export interface PollResource {
  type: "poll";
  partnershipId: string;
  status: "draft" | "open" | "closed";
  /** Snapshot of the council when the poll opened. */
  eligibleUserIds: readonly string[];
}
export interface ApplicationResource {
  type: "application";
  partnershipId: string;
  voivodeshipTeryt: string;
}

export type Resource = PartnershipResource | DocumentResource | ProjectResource | PollResource | ApplicationResource;

export type Action =
  | "partnership.view_workspace"
  | "members.manage"
  | "audit.view"
  | "document.read"
  | "document.edit"
  | "document.comment"
  | "comment.decide"
  | "publication.publish"
  | "publication.read"
  | "poll.manage"
  | "poll.read"
  | "poll.vote"
  | "application.assess"
  | "project.read"
  | "project.create"
  | "project.edit"
  | "editing_rights.manage";

export const ACTIONS: readonly Action[] = [
  "partnership.view_workspace",
  "members.manage",
  "audit.view",
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
  "project.read",
  "project.create",
  "project.edit",
  "editing_rights.manage",
];

export function rolesIn(actor: Actor | null, partnershipId: string): readonly PartnershipRole[] {
  return actor?.roles.get(partnershipId) ?? [];
}

function has(actor: Actor | null, partnershipId: string, ...wanted: PartnershipRole[]): boolean {
  const held = rolesIn(actor, partnershipId);
  return wanted.some((role) => held.includes(role));
}

const isMinistry = (actor: Actor | null) => actor?.globalRole === "ministry_admin";

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  const pid = resource.partnershipId;
  const member = rolesIn(actor, pid).length > 0;
  switch (action) {
    case "publication.read":
      return true;
    case "partnership.view_workspace":
    case "document.read":
    case "poll.read":
      return member || isMinistry(actor);
    case "members.manage":
    case "audit.view":
      return has(actor, pid, "coordinator") || isMinistry(actor);
    case "document.edit": {
      if (resource.type !== "document") return false;
      const editors = resource.editors ?? DEFAULT_EDITING_RIGHTS[editRightGroup(resource.kind)];
      return has(actor, pid, "coordinator", ...editors);
    }
    case "project.read":
      return resource.type === "project" && (member || isMinistry(actor));
    case "project.create":
    case "project.edit": {
      // Creating a fiche is judged on the partnership's setting for fiches, like editing one.
      if (resource.type !== "project") return false;
      return has(actor, pid, "coordinator", ...(resource.editors ?? DEFAULT_EDITING_RIGHTS.fiches));
    }
    case "editing_rights.manage":
      return resource.type === "partnership" && has(actor, pid, "coordinator");
    case "document.comment":
      return member;
    case "comment.decide":
    case "publication.publish":
    case "poll.manage":
      return has(actor, pid, "coordinator");
    case "poll.vote":
      return (
        resource.type === "poll" &&
        resource.status === "open" &&
        actor !== null &&
        has(actor, pid, "council_member") &&
        resource.eligibleUserIds.includes(actor.userId)
      );
    case "application.assess":
      return (
        resource.type === "application" &&
        actor?.globalRole === "marshal_assessor" &&
        actor.voivodeshipTeryt === resource.voivodeshipTeryt
      );
  }
}
