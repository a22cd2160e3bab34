import { sumGrosze, type Grosze } from "./money";

/** The money side of a fiche, in grosze. */
export interface ProjectCosts {
  totalCost: Grosze;
  eligibleCost: Grosze;
  /** The JSTs' own share (wkład własny) of the total cost. */
  ownShare: Grosze;
  /** Who pays the own share: one row per member JST. */
  contributions: readonly { teryt: string; amount: Grosze }[];
  /** External funding (programme, grant, loan…). */
  fundingSources: readonly { name: string; amount: Grosze }[];
}

export type CostIssueCode =
  | "eligibleAboveTotal"
  | "ownShareAboveTotal"
  | "contributionsMismatch"
  | "contributionNotMember"
  | "contributionDuplicate"
  | "overFinanced";

/** `path` names the form field the issue belongs to (Conform paths), `params` fill the message. */
export interface CostIssue {
  code: CostIssueCode;
  path: string;
  params?: Record<string, string | number>;
}

/**
 * The cost rules of a fiche: eligible ≤ total; own share ≤ total; the own contributions per JST add up
 * exactly to the own share, one row per JST, members of the partnership only; own share and external
 * funding together do not exceed the total. A shortfall (not yet financed) is allowed: see `financingGap`.
 */
export function checkCosts(costs: ProjectCosts, memberTeryts: ReadonlySet<string>): CostIssue[] {
  const issues: CostIssue[] = [];
  if (costs.eligibleCost > costs.totalCost) issues.push({ code: "eligibleAboveTotal", path: "eligibleCost" });
  if (costs.ownShare > costs.totalCost) issues.push({ code: "ownShareAboveTotal", path: "ownShare" });
  const seen = new Set<string>();
  costs.contributions.forEach((c, i) => {
    if (!memberTeryts.has(c.teryt)) issues.push({ code: "contributionNotMember", path: `contributions[${i}].teryt` });
    else if (seen.has(c.teryt)) issues.push({ code: "contributionDuplicate", path: `contributions[${i}].teryt` });
    seen.add(c.teryt);
  });
  const contributed = sumGrosze(costs.contributions.map((c) => c.amount));
  if (contributed !== costs.ownShare) {
    issues.push({ code: "contributionsMismatch", path: "contributions", params: { sum: contributed, ownShare: costs.ownShare } });
  }
  if (financingGap(costs) < 0) issues.push({ code: "overFinanced", path: "fundingSources" });
  return issues;
}

/** Total cost not yet covered by the own share and external funding (negative: more than the cost). */
export function financingGap(costs: Pick<ProjectCosts, "totalCost" | "ownShare" | "fundingSources">): Grosze {
  return costs.totalCost - sumGrosze([costs.ownShare, ...costs.fundingSources.map((f) => f.amount)]);
}
