/** Editing a phase's dates from the partnership dashboard (coordinator or ministry), audited. */
import { audit } from "../audit.server";
import { guard, type GuardArgs } from "../guard.server";
import { isOneOf } from "../enums";
import { loadPartnership } from "../partnerships.server";
import { getServerT } from "../request.server";
import { PHASE_KEYS } from "./enums";
import { updatePhaseDates } from "./phases.server";

export async function phaseDatesAction(args: GuardArgs, slug: string | undefined): Promise<{ ok: boolean; text: string }> {
  const { partnership, auth } = await guard(args, "phases.manage", (db) => loadPartnership(db, slug));
  const t = getServerT(args.request);
  const form = await args.request.formData();
  const key = String(form.get("key") ?? "");
  const read = (name: string) => {
    const v = String(form.get(name) ?? "").trim();
    return v === "" ? null : v;
  };
  const dates = { plannedStart: read("plannedStart") ?? "", plannedEnd: read("plannedEnd") ?? "", actualStart: read("actualStart"), actualEnd: read("actualEnd") };
  if (!isOneOf(PHASE_KEYS, key) || !(await updatePhaseDates(args.context.database.db, partnership.id, key, dates))) {
    return { ok: false, text: t("selection:phases.invalid") };
  }
  await audit(args.context.database.db, { event: "phase_dates_changed", actorUserId: auth.user.id, partnershipId: partnership.id, ip: args.context.ip, details: { phase: key, ...dates } });
  return { ok: true, text: t("selection:phases.saved") };
}
