import { describe, expect, it } from "vitest";
import { ACTIONS, can, documentEditorRoles, mayKnow, type Action, type Actor, type DocumentResource, type PartnershipRole, type Resource } from "./policy";

// One partnership under test (P1, Podlaskie) and another one (P2) whose members must get nothing in P1.
const P1 = "11111111-1111-4111-8111-111111111111";
const P2 = "22222222-2222-4222-8222-222222222222";

function actor(userId: string, roles: Record<string, PartnershipRole[]> = {}, global: Partial<Actor> = {}): Actor {
  return {
    userId,
    globalRole: null,
    voivodeshipTeryt: null,
    roles: new Map(Object.entries(roles)),
    ...global,
  };
}

const ACTORS = {
  ministryAdmin: actor("u-admin", {}, { globalRole: "ministry_admin" }),
  assessorOwnVoivodeship: actor("u-um20", {}, { globalRole: "marshal_assessor", voivodeshipTeryt: "20" }),
  assessorOtherVoivodeship: actor("u-um12", {}, { globalRole: "marshal_assessor", voivodeshipTeryt: "12" }),
  coordinator: actor("u-coord", { [P1]: ["coordinator"] }),
  councilMember: actor("u-council", { [P1]: ["council_member"] }),
  workingGroupMember: actor("u-wg", { [P1]: ["working_group_member"] }),
  expert: actor("u-expert", { [P1]: ["expert"] }),
  memberOfAnotherPartnership: actor("u-other", { [P2]: ["coordinator", "council_member", "working_group_member", "expert"] }),
  applicant: actor("u-applicant"),
  anonymous: null,
} satisfies Record<string, Actor | null>;

type ActorName = keyof typeof ACTORS;
const EVERYONE = Object.keys(ACTORS) as ActorName[];
const P1_MEMBERS: ActorName[] = ["coordinator", "councilMember", "workingGroupMember", "expert"];

const platform: Resource = { type: "platform" };
const partnership: Resource = { type: "partnership", partnershipId: P1, voivodeshipTeryt: "20" };
const strategyDraft: Resource = { type: "document", partnershipId: P1, kind: "strategy" };
const strategyPublished: Resource = { type: "document", partnershipId: P1, kind: "strategy", published: true };
const strategyUnpublished: Resource = { type: "document", partnershipId: P1, kind: "strategy", published: false };
const publicationOut: Resource = { type: "publication", partnershipId: P1, published: true };
const publicationWithdrawn: Resource = { type: "publication", partnershipId: P1, published: false };
const feasibilityDraft: Resource = { type: "document", partnershipId: P1, kind: "feasibility_analysis" };
const sectorAnalysis: Resource = { type: "document", partnershipId: P1, kind: "sector_analysis" };
const projectDescription: Resource = { type: "document", partnershipId: P1, kind: "project_description" };
// A partnership whose coordinator kept the council to reading and commenting (the editing-rights setting).
const strategyCouncilReads: Resource = { ...strategyDraft, editors: ["working_group_member"] };
const descriptionCouncilReads: Resource = { ...projectDescription, editors: ["working_group_member"] };
const feasibilityCouncilReads: Resource = { ...feasibilityDraft, editors: ["working_group_member", "expert"] };
const sectorCouncilReads: Resource = { ...sectorAnalysis, editors: ["working_group_member", "expert"] };
const strategyOnlyCoordinator: Resource = { ...strategyDraft, editors: [] };
const project: Resource = { type: "project", partnershipId: P1 };
const projectExpertsToo: Resource = { type: "project", partnershipId: P1, editors: ["working_group_member", "expert"] };
const poll = (status: "draft" | "open" | "closed", eligible: string[]): Resource => ({
  type: "poll",
  partnershipId: P1,
  status,
  eligibleUserIds: eligible,
});
// An information form of applicant u-applicant (Podlaskie), before and after submission; calls; voivodeships.
const applicationDraft: Resource = { type: "application", applicantUserId: "u-applicant", voivodeshipTeryt: "20", submitted: false, partnershipId: null };
const application: Resource = { ...applicationDraft, submitted: true };
const callDraft: Resource = { type: "selection_call", opened: false };
const callOpen: Resource = { type: "selection_call", opened: true };
const podlaskie: Resource = { type: "voivodeship", voivodeshipTeryt: "20" };
const minutesDraft: Resource = { type: "document", partnershipId: P1, kind: "minutes" };
const minutesFrozen: Resource = { type: "document", partnershipId: P1, kind: "minutes", locked: true };
const meeting = (status: "planned" | "open" | "closed", attendees: string[] = []): Resource => ({
  type: "meeting",
  partnershipId: P1,
  status,
  attendeeUserIds: attendees,
});

interface Case {
  what: string;
  action: Action;
  resource: Resource;
  allowed: ActorName[];
}

/** Each row: an action on a resource in a given state, and exactly who may do it. Everyone else may not. */
const CASES: Case[] = [
  { what: "open the workspace", action: "partnership.view_workspace", resource: partnership, allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read a draft strategy", action: "document.read", resource: strategyDraft, allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read a draft feasibility analysis", action: "document.read", resource: feasibilityDraft, allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read a published output", action: "publication.read", resource: strategyPublished, allowed: EVERYONE },
  // Nobody reads an unpublished output as a publication (members read the draft through document.read).
  { what: "read an unpublished output", action: "publication.read", resource: strategyUnpublished, allowed: [] },
  { what: "read a draft as a publication", action: "publication.read", resource: strategyDraft, allowed: [] },
  { what: "read a publication of a non-document", action: "publication.read", resource: partnership, allowed: [] },
  { what: "read a published output (publication)", action: "publication.read", resource: publicationOut, allowed: EVERYONE },
  { what: "read an unpublished output (publication)", action: "publication.read", resource: publicationWithdrawn, allowed: [] },
  { what: "publish or unpublish an output", action: "publication.publish", resource: publicationWithdrawn, allowed: ["coordinator"] },
  { what: "list every partnership", action: "platform.list_partnerships", resource: platform, allowed: ["ministryAdmin"] },
  { what: "read the platform audit log", action: "audit.view", resource: platform, allowed: ["ministryAdmin"] },
  { what: "manage members platform-wide", action: "members.manage", resource: platform, allowed: [] },
  { what: "list partnerships through a partnership", action: "platform.list_partnerships", resource: partnership, allowed: [] },
  { what: "edit the strategy (council reads)", action: "document.edit", resource: strategyCouncilReads, allowed: ["coordinator", "workingGroupMember"] },
  { what: "edit a project description (council reads)", action: "document.edit", resource: descriptionCouncilReads, allowed: ["coordinator", "workingGroupMember"] },
  { what: "edit a feasibility analysis (council reads)", action: "document.edit", resource: feasibilityCouncilReads, allowed: ["coordinator", "workingGroupMember", "expert"] },
  { what: "edit a sector analysis (council reads)", action: "document.edit", resource: sectorCouncilReads, allowed: ["coordinator", "workingGroupMember", "expert"] },
  { what: "edit the strategy (default rights)", action: "document.edit", resource: strategyDraft, allowed: ["coordinator", "workingGroupMember", "councilMember"] },
  { what: "edit a project description (default rights)", action: "document.edit", resource: projectDescription, allowed: ["coordinator", "workingGroupMember", "councilMember"] },
  { what: "edit a feasibility analysis (default rights)", action: "document.edit", resource: feasibilityDraft, allowed: ["coordinator", "workingGroupMember", "councilMember", "expert"] },
  { what: "edit the strategy (only the coordinator)", action: "document.edit", resource: strategyOnlyCoordinator, allowed: ["coordinator"] },
  { what: "read a project fiche", action: "project.read", resource: project, allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read through a non-project resource", action: "project.read", resource: partnership, allowed: [] },
  { what: "create a project (default rights)", action: "project.create", resource: project, allowed: ["coordinator", "workingGroupMember", "councilMember"] },
  { what: "edit a fiche (default rights)", action: "project.edit", resource: project, allowed: ["coordinator", "workingGroupMember", "councilMember"] },
  { what: "edit a fiche (experts granted, council not)", action: "project.edit", resource: projectExpertsToo, allowed: ["coordinator", "workingGroupMember", "expert"] },
  { what: "edit a fiche through a non-project resource", action: "project.edit", resource: partnership, allowed: [] },
  { what: "change who may edit", action: "editing_rights.manage", resource: partnership, allowed: ["coordinator"] },
  { what: "change who may edit through a project", action: "editing_rights.manage", resource: project, allowed: [] },
  { what: "edit through a non-document resource", action: "document.edit", resource: partnership, allowed: [] },
  { what: "comment on the strategy", action: "document.comment", resource: strategyDraft, allowed: P1_MEMBERS },
  { what: "comment on a feasibility analysis", action: "document.comment", resource: feasibilityDraft, allowed: P1_MEMBERS },
  { what: "answer and decide comments", action: "comment.decide", resource: strategyDraft, allowed: ["coordinator"] },
  { what: "manage members", action: "members.manage", resource: partnership, allowed: ["coordinator", "ministryAdmin"] },
  { what: "read the audit log", action: "audit.view", resource: partnership, allowed: ["coordinator", "ministryAdmin"] },
  { what: "open a draft poll", action: "poll.manage", resource: poll("draft", []), allowed: ["coordinator"] },
  { what: "close an open poll", action: "poll.manage", resource: poll("open", ["u-council"]), allowed: ["coordinator"] },
  { what: "read an open poll", action: "poll.read", resource: poll("open", ["u-council"]), allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read a closed poll", action: "poll.read", resource: poll("closed", ["u-council"]), allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "vote in an open poll, eligible", action: "poll.vote", resource: poll("open", ["u-council"]), allowed: ["councilMember"] },
  { what: "vote in an open poll, not in the council snapshot", action: "poll.vote", resource: poll("open", ["u-someone-else"]), allowed: [] },
  { what: "vote in an open poll whose snapshot names non-council users", action: "poll.vote", resource: poll("open", ["u-coord", "u-wg", "u-expert", "u-other", "u-admin"]), allowed: [] },
  { what: "vote in a closed poll, eligible", action: "poll.vote", resource: poll("closed", ["u-council"]), allowed: [] },
  { what: "vote in a draft poll, eligible", action: "poll.vote", resource: poll("draft", ["u-council"]), allowed: [] },
  { what: "publish the strategy", action: "publication.publish", resource: strategyDraft, allowed: ["coordinator"] },
  { what: "publish a feasibility analysis", action: "publication.publish", resource: feasibilityDraft, allowed: ["coordinator"] },
  { what: "assess an application", action: "application.assess", resource: application, allowed: ["assessorOwnVoivodeship"] },
  { what: "assess through a non-application resource", action: "application.assess", resource: partnership, allowed: [] },
  { what: "assess a draft form", action: "application.assess", resource: applicationDraft, allowed: [] },
  { what: "read a draft form", action: "application.read", resource: applicationDraft, allowed: ["applicant"] },
  { what: "read a submitted form", action: "application.read", resource: application, allowed: ["applicant", "ministryAdmin", "assessorOwnVoivodeship"] },
  { what: "edit a draft form", action: "application.edit", resource: applicationDraft, allowed: ["applicant"] },
  { what: "edit a submitted form", action: "application.edit", resource: application, allowed: [] },
  { what: "set up a call, select and announce", action: "selection.manage", resource: callDraft, allowed: ["ministryAdmin"] },
  { what: "see a call's recommendations", action: "selection.view", resource: callOpen, allowed: ["ministryAdmin", "assessorOwnVoivodeship", "assessorOtherVoivodeship"] },
  { what: "apply to an opened call (people without a platform role)", action: "selection.apply", resource: callOpen, allowed: ["coordinator", "councilMember", "workingGroupMember", "expert", "memberOfAnotherPartnership", "applicant"] },
  { what: "apply to a call not yet opened", action: "selection.apply", resource: callDraft, allowed: [] },
  { what: "send a voivodeship's recommendations", action: "recommendation.send", resource: podlaskie, allowed: ["assessorOwnVoivodeship"] },
  { what: "see a voivodeship's forms and checklists", action: "voivodeship.overview", resource: podlaskie, allowed: ["assessorOwnVoivodeship", "ministryAdmin"] },
  { what: "edit the partnership's phase dates", action: "phases.manage", resource: partnership, allowed: ["coordinator", "ministryAdmin"] },
  { what: "send recommendations through a partnership", action: "recommendation.send", resource: partnership, allowed: [] },
  // Sessions (posiedzenia) and their minutes.
  { what: "read a planned session", action: "meeting.read", resource: meeting("planned"), allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "read a closed session", action: "meeting.read", resource: meeting("closed", ["u-wg"]), allowed: [...P1_MEMBERS, "ministryAdmin"] },
  { what: "plan, open, move through and close a session", action: "meeting.manage", resource: meeting("open"), allowed: ["coordinator"] },
  { what: "manage a closed session (attendance by phone, publication)", action: "meeting.manage", resource: meeting("closed"), allowed: ["coordinator"] },
  { what: "record a decision in an open session", action: "meeting.record_decision", resource: meeting("open"), allowed: P1_MEMBERS },
  { what: "record a decision before the session opens", action: "meeting.record_decision", resource: meeting("planned"), allowed: [] },
  { what: "record a decision after the session closed", action: "meeting.record_decision", resource: meeting("closed"), allowed: [] },
  { what: "approve the minutes, attendee", action: "meeting.approve", resource: meeting("closed", ["u-wg", "u-council", "u-admin", "u-other"]), allowed: ["workingGroupMember", "councilMember"] },
  { what: "approve the minutes, not an attendee", action: "meeting.approve", resource: meeting("closed", ["u-someone-else"]), allowed: [] },
  { what: "approve the minutes of an open session", action: "meeting.approve", resource: meeting("open", ["u-wg", "u-coord"]), allowed: [] },
  { what: "approve through a non-meeting resource", action: "meeting.approve", resource: partnership, allowed: [] },
  { what: "record a decision through a non-meeting resource", action: "meeting.record_decision", resource: partnership, allowed: [] },
  // Minutes follow the strategy's editing-rights setting (editing-rights.ts); these rows use the defaults.
  { what: "edit the minutes of an open session", action: "document.edit", resource: minutesDraft, allowed: ["coordinator", "councilMember", "workingGroupMember"] },
  { what: "edit frozen minutes", action: "document.edit", resource: minutesFrozen, allowed: [] },
  { what: "comment on frozen minutes", action: "document.comment", resource: minutesFrozen, allowed: P1_MEMBERS },
];

const rows = CASES.flatMap((c) =>
  EVERYONE.map((name) => ({ ...c, actorName: name, expected: c.allowed.includes(name) })),
);

describe("policy: every role × action × resource state", () => {
  it.each(rows)("$actorName → $what ($action): $expected", ({ actorName, action, resource, expected }) => {
    expect(can(ACTORS[actorName], action, resource)).toBe(expected);
  });

  it("covers every action the policy knows", () => {
    const covered = new Set(CASES.map((c) => c.action));
    expect(ACTIONS.filter((a) => !covered.has(a))).toEqual([]);
  });

  it("gives a member of another partnership nothing here beyond public outputs", () => {
    const granted = CASES.filter((c) => can(ACTORS.memberOfAnotherPartnership, c.action, c.resource)).map((c) => c.action);
    expect([...new Set(granted)]).toEqual(["publication.read", "selection.apply"]);
  });

  it("gives the anonymous public only published outputs", () => {
    const granted = CASES.filter((c) => can(null, c.action, c.resource)).map((c) => c.action);
    expect([...new Set(granted)]).toEqual(["publication.read"]);
  });

  it("lets exactly the partnership's members and the ministry learn that something in it exists (else 404)", () => {
    const known = (resource: Resource) => EVERYONE.filter((name) => mayKnow(ACTORS[name], resource));
    const insiders = [...P1_MEMBERS, "ministryAdmin"];
    for (const resource of [partnership, strategyDraft, strategyUnpublished, poll("open", ["u-council"]), poll("draft", []), project, meeting("planned"), meeting("closed", ["u-other"]), publicationWithdrawn]) {
      expect(known(resource).sort(), resource.type).toEqual([...insiders].sort());
    }
    expect(known(strategyPublished)).toEqual(EVERYONE);
    expect(known(publicationOut)).toEqual(EVERYONE);
    expect(known(platform)).toEqual(EVERYONE);
    expect(known(application).sort()).toEqual(["applicant", "ministryAdmin", "assessorOwnVoivodeship"].sort());
    expect(known(applicationDraft)).toEqual(["applicant"]);
    expect(known(podlaskie)).toEqual(EVERYONE.filter((name) => name !== "anonymous"));
  });

  it("lets one person hold roles in several partnerships, each counted where it is held", () => {
    const both = actor("u-both", { [P1]: ["council_member"], [P2]: ["coordinator"] });
    expect(can(both, "members.manage", { ...partnership, partnershipId: P2 })).toBe(true);
    expect(can(both, "members.manage", partnership)).toBe(false);
    expect(can(both, "poll.vote", poll("open", ["u-both"]))).toBe(true);
  });

  it("names as document editors exactly the roles that document.edit lets in", () => {
    const single: Record<PartnershipRole, Actor> = {
      coordinator: ACTORS.coordinator,
      council_member: ACTORS.councilMember,
      working_group_member: ACTORS.workingGroupMember,
      expert: ACTORS.expert,
    };
    const documents: DocumentResource[] = [
      { type: "document", partnershipId: P1, kind: "strategy" },
      { type: "document", partnershipId: P1, kind: "strategy", editors: [] },
      { type: "document", partnershipId: P1, kind: "feasibility_analysis" },
      { type: "document", partnershipId: P1, kind: "minutes", locked: true },
    ];
    for (const resource of documents) {
      const allowed = (Object.keys(single) as PartnershipRole[]).filter((role) => can(single[role], "document.edit", resource));
      expect(documentEditorRoles(resource).sort(), JSON.stringify(resource)).toEqual(allowed.sort());
    }
    expect(documentEditorRoles(documents[3])).toEqual([]);
  });
});
