/**
 * @mentions: "@Anna Koordynatorka" or "@anna@example.pl" names a member of the partnership. Matching against
 * the known member list (not a free-form pattern) lets names contain spaces and Polish letters.
 */
export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

export function findMentions<M extends Mentionable>(body: string, members: readonly M[]): M[] {
  const text = body.toLocaleLowerCase("pl");
  const found: M[] = [];
  for (const member of members) {
    const handles = [member.email, member.name].map((h) => `@${h.toLocaleLowerCase("pl")}`);
    const hit = handles.some((handle) => {
      let at = text.indexOf(handle);
      while (at !== -1) {
        const after = text.charAt(at + handle.length);
        // The handle must end at a word boundary: "@Anna Kowalska" must not match "@Anna Kowalskanna".
        if (!after || !/[\p{L}\p{N}_.-]/u.test(after) || (after === "." && !/[\p{L}\p{N}]/u.test(text.charAt(at + handle.length + 1)))) {
          return true;
        }
        at = text.indexOf(handle, at + 1);
      }
      return false;
    });
    if (hit && !found.some((m) => m.id === member.id)) found.push(member);
  }
  return found;
}

/** Members whose handle starts with what follows the last "@" before the caret: the mention picker. */
export function mentionQuery(textBeforeCaret: string): string | null {
  const match = /(?:^|\s)@([\p{L}\p{N}._-]*(?: [\p{L}\p{N}._-]*)?)$/u.exec(textBeforeCaret);
  return match ? match[1] : null;
}
