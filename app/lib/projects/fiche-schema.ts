import { z } from "zod";
import { checkCosts } from "./costs";
import { isIsoDate } from "./dates";
import { INDICATOR_KINDS, PROJECT_AREAS, PROJECT_STATUSES, PROJECT_TYPES, RISK_LEVELS } from "./enums";
import { parseGrosze } from "./money";

/**
 * The fiche form's one schema, used by the browser (Conform, instant feedback) and by the server (the truth).
 * Messages are keys of the "projects" namespace. Built per partnership: the member JSTs are part of the rules.
 */
const V = "projects:validation.";
const required = (max = 300) => z.string({ required_error: `${V}required` }).trim().min(1, `${V}required`).max(max, `${V}tooLong`);
const optionalText = (max = 4000) => z.string().trim().max(max, `${V}tooLong`).optional().default("");
const money = z
  .string({ required_error: `${V}required` })
  .transform((value, ctx) => {
    const grosze = parseGrosze(value);
    if (grosze === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${V}money` });
      return z.NEVER;
    }
    return grosze;
  });
const optionalMoney = z.string().optional().pipe(z.string().default("0")).pipe(money);
const isoDate = z.string().refine(isIsoDate, `${V}date`);
const decimal = z
  .string({ required_error: `${V}required` })
  .trim()
  .transform((v) => v.replace(/[\s\u00a0]/g, "").replace(",", "."))
  .refine((v) => /^-?\d{1,14}(\.\d{1,4})?$/.test(v), `${V}number`);
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: `${V}choose` }) });
const flag = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export function createFicheSchema(memberTeryts: readonly string[]) {
  const members = new Set(memberTeryts);
  const member = z.string({ required_error: `${V}choose` }).refine((v) => members.has(v), `${V}notMember`);
  return z
    .object({
      version: z.coerce.number().int().min(0).optional(),
      title: required(300),
      type: choice(PROJECT_TYPES),
      area: choice(PROJECT_AREAS),
      status: choice(PROJECT_STATUSES).default("draft"),
      goal: optionalText(500),
      direction: optionalText(500),
      leadTeryt: member,
      partnerTeryts: z.array(member).optional().default([]),
      otherPartners: optionalText(),
      location: optionalText(500),
      problem: optionalText(),
      targetGroups: optionalText(),
      scope: optionalText(),
      beyondOneGmina: flag,
      moreThanOneProblem: flag,
      moreThanOneGroup: flag,
      moreThanOnePotential: flag,
      totalCost: optionalMoney,
      eligibleCost: optionalMoney,
      ownShare: optionalMoney,
      contributions: z.array(z.object({ teryt: member, amount: money })).max(50).optional().default([]),
      fundingSources: z.array(z.object({ name: required(200), amount: money })).max(20).optional().default([]),
      indicators: z
        .array(
          z.object({
            kind: choice(INDICATOR_KINDS),
            name: required(300),
            unit: required(50),
            baseline: decimal,
            target: decimal,
            year: z.coerce
              .number({ invalid_type_error: `${V}year`, required_error: `${V}required` })
              .int(`${V}year`)
              .min(2000, `${V}year`)
              .max(2100, `${V}year`),
            source: optionalText(300),
          }),
        )
        .max(50)
        .optional()
        .default([]),
      risks: z
        .array(
          z.object({
            description: required(1000),
            likelihood: choice(RISK_LEVELS),
            impact: choice(RISK_LEVELS),
            mitigation: optionalText(1000),
          }),
        )
        .max(30)
        .optional()
        .default([]),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
    })
    .superRefine((v, ctx) => {
      if (v.startDate && v.endDate && v.endDate < v.startDate) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endDate"], message: `${V}endBeforeStart` });
      }
      v.partnerTeryts.forEach((teryt, i) => {
        if (teryt === v.leadTeryt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["partnerTeryts", i], message: `${V}partnerIsLead` });
      });
      for (const issue of checkCosts({ ...v, contributions: v.contributions, fundingSources: v.fundingSources }, members)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: pathOf(issue.path), message: `${V}${issue.code}` });
      }
    });
}

export type FicheSchema = ReturnType<typeof createFicheSchema>;
export type FicheInput = z.output<FicheSchema>;

function pathOf(path: string): (string | number)[] {
  return path.split(/[.[\]]/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
