/**
 * When the frozen minutes count as approved: when more than half of the attendees who have an account (and so
 * can approve in the platform) have approved them. Approvals recorded for people without an account (e.g. a
 * guest's approval by e-mail, entered with the demo data) are listed but not counted. Pure.
 */
export interface ApprovalState {
  /** Attendees with an account. */
  eligible: number;
  /** Of them, how many approved. */
  approvedBy: number;
  /** How many approvals of eligible attendees are needed. */
  required: number;
  approved: boolean;
}

export function approvalState(
  attendees: readonly { id: string; userId: string | null }[],
  approvals: readonly { attendeeId: string }[],
): ApprovalState {
  const eligibleIds = new Set(attendees.filter((a) => a.userId !== null).map((a) => a.id));
  const approvedBy = new Set(approvals.map((a) => a.attendeeId).filter((id) => eligibleIds.has(id))).size;
  const required = Math.floor(eligibleIds.size / 2) + 1;
  return { eligible: eligibleIds.size, approvedBy, required, approved: eligibleIds.size > 0 && approvedBy >= required };
}
