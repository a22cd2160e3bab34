import { can, type Actor, type Resource } from "../policy";

/**
 * A partnership member as every JSON answer and page shows it. The e-mail address goes only to people who may
 * manage members (coordinators, the ministry administrator) — the policy's "members.manage" — and is "" for
 * everyone else, so the shape is the same for all and nobody learns an address through an API that the
 * members page would not show them.
 */
export interface MemberJson {
  id: string;
  name: string;
  email: string;
}

export function membersJson(
  members: readonly { id: string; name: string; email: string }[],
  actor: Actor | null,
  resource: Resource,
): MemberJson[] {
  const mayManage = can(actor, "members.manage", resource);
  return members.map(({ id, name, email }) => ({ id, name, email: mayManage ? email : "" }));
}
