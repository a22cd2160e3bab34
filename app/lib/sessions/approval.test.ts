import { describe, expect, it } from "vitest";
import { approvalState } from "./approval";

const attendees = [
  { id: "a1", userId: "u1" },
  { id: "a2", userId: "u2" },
  { id: "a3", userId: "u3" },
  { id: "a4", userId: "u4" },
  { id: "g1", userId: null }, // a guest without an account
];

describe("approval of the minutes", () => {
  it("needs more than half of the attendees with an account", () => {
    expect(approvalState(attendees, [{ attendeeId: "a1" }, { attendeeId: "a2" }])).toEqual({ eligible: 4, approvedBy: 2, required: 3, approved: false });
    expect(approvalState(attendees, [{ attendeeId: "a1" }, { attendeeId: "a2" }, { attendeeId: "a4" }]).approved).toBe(true);
  });

  it("does not count a guest's approval nor one approval twice", () => {
    const state = approvalState(attendees, [{ attendeeId: "a1" }, { attendeeId: "a1" }, { attendeeId: "g1" }, { attendeeId: "a2" }]);
    expect(state).toEqual({ eligible: 4, approvedBy: 2, required: 3, approved: false });
  });

  it("is never approved without anyone who could approve", () => {
    expect(approvalState([{ id: "g1", userId: null }], [{ attendeeId: "g1" }]).approved).toBe(false);
    expect(approvalState([], []).approved).toBe(false);
  });

  it("is approved by the only attendee with an account", () => {
    expect(approvalState([{ id: "a1", userId: "u1" }], [{ attendeeId: "a1" }]).approved).toBe(true);
  });
});
