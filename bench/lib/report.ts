/** The headline's figures: medians, ratios, checks, console lines and the bench/RESULTS.md table rows. */
import { describeAttribution } from "./attribution";
import type { Headline } from "./headline";
import type { Run } from "./run";
import { fmt, fmtRatio, mb, median, ratio } from "./stats";

/** Issue #11's targets: median p99 ratio per database, event-loop delay p99 of ours. */
export const TARGET_RATIO = { postgres: 1.0, pglite: 1.25 } as const;
export const TARGET_LOOP_P99_MS = 10;
export const TARGET_STARTUP_MS = 10_000;

export interface Summary {
  kind: Headline["kind"];
  p50: { ours: number; reference: number };
  p99: { ours: number; reference: number };
  /**
   * The headline: the median of the runs' p99 ratios. Each run of ours is paired with the reference's run just
   * before it (same document size, same minute of the machine), so the ratio is taken within each pair first.
   */
  ratio: number;
  runRatios: number[];
  /** Median p99 of ours over median p99 of the reference (pairs ignored): shown beside the headline. */
  ratioOfMedians: number;
  loopP99: { ours: number; reference: number };
  /** What ours lost (the target: nothing); the reference's losses are reported beside it. */
  lost: string[];
  referenceLost: string[];
  edits: { ours: number; reference: number };
  headline: Headline;
}

export function summarize(h: Headline): Summary {
  const med = (pick: (r: Run) => number, who: "ours" | "reference") => median(h.runs.map((r) => pick(r[who])));
  const both = (pick: (r: Run) => number) => ({ ours: med(pick, "ours"), reference: med(pick, "reference") });
  const p99 = both((r) => r.fanout.p99);
  const lost: string[] = [];
  const edits = { ours: 0, reference: 0 };
  for (const [i, run] of h.runs.entries()) {
    for (const who of ["ours", "reference"] as const) {
      const r = run[who];
      edits[who] += r.edits;
      if (r.delivered !== r.expected) lost.push(`${who} run ${i + 1}: delivered ${r.delivered} of ${r.expected}`);
      if (r.duplicates > 0) lost.push(`${who} run ${i + 1}: ${r.duplicates} duplicate deliveries`);
    }
    if (run.ours.acked < run.ours.edits) lost.push(`ours run ${i + 1}: ${run.ours.acked} of ${run.ours.edits} edits acknowledged`);
  }
  if (h.inServer.ours < edits.ours) lost.push(`ours: ${h.inServer.ours} of ${edits.ours} edits in the synced document`);
  if (h.inServer.reference < edits.reference) lost.push(`reference: ${h.inServer.reference} of ${edits.reference} edits in the synced document`);
  if (h.stored < edits.ours) lost.push(`ours: ${h.stored} of ${edits.ours} edits in the database`);
  return {
    kind: h.kind,
    p50: both((r) => r.fanout.p50),
    p99,
    ratio: median(h.runs.map((r) => ratio(r.ours.fanout.p99, r.reference.fanout.p99))),
    runRatios: h.runs.map((r) => ratio(r.ours.fanout.p99, r.reference.fanout.p99)),
    ratioOfMedians: ratio(p99.ours, p99.reference),
    loopP99: both((r) => r.loop.p99),
    lost: lost.filter((l) => !l.startsWith("reference")),
    referenceLost: lost.filter((l) => l.startsWith("reference")),
    edits,
    headline: h,
  };
}

export function verdict(s: Summary): string {
  const ratioOk = s.ratio <= TARGET_RATIO[s.kind];
  const loopOk = s.loopP99.ours < TARGET_LOOP_P99_MS;
  const startupOk = s.kind !== "pglite" || s.headline.startupMs < TARGET_STARTUP_MS;
  return (
    `${s.kind}: median p99 ratio ${fmtRatio(s.ratio)} (target ≤ ${TARGET_RATIO[s.kind].toFixed(2)}×) ${ratioOk ? "met" : "MISSED"}; ` +
    `event-loop p99 ${fmt(s.loopP99.ours)} ms (target < ${TARGET_LOOP_P99_MS} ms) ${loopOk ? "met" : "MISSED"}; ` +
    `${s.lost.length === 0 ? "nothing lost" : `LOST: ${s.lost.join("; ")}`}` +
    (s.referenceLost.length > 0 ? ` (the reference lost: ${s.referenceLost.join("; ")})` : "") +
    (s.kind === "pglite"
      ? `; start-up ${fmt(s.headline.startupMs / 1000, 2)} s ${startupOk ? "met" : "MISSED"}` +
        (s.headline.startupWithoutTemplateMs ? ` (without the build's template: ${fmt(s.headline.startupWithoutTemplateMs / 1000, 2)} s)` : "")
      : "")
  );
}

/** Suspects' synchronous time in one server over all runs (ms), largest first. */
function suspectTotals(h: Headline, who: "ours" | "reference" = "ours"): { suspect: string; ms: number; maxMs: number; count: number }[] {
  const totals = new Map<string, { ms: number; maxMs: number; count: number }>();
  for (const run of h.runs) {
    for (const [suspect, t] of Object.entries(run[who].totals)) {
      if (suspect.endsWith("(wall)")) continue;
      const sum = totals.get(suspect) ?? { ms: 0, maxMs: 0, count: 0 };
      totals.set(suspect, { ms: sum.ms + t.ms, maxMs: Math.max(sum.maxMs, t.maxMs), count: sum.count + t.count });
    }
  }
  return [...totals].map(([suspect, t]) => ({ suspect, ...t })).sort((a, b) => b.ms - a.ms);
}

export function consoleLines(s: Summary): string[] {
  const h = s.headline;
  const lines = h.runs.map(
    ({ ours, reference }, i) =>
      `  run ${i + 1}: ours p50/p99 ${fmt(ours.fanout.p50)}/${fmt(ours.fanout.p99)} ms (loop p99 ${fmt(ours.loop.p99)} ms, ack p99 ${fmt(ours.ack.p99)} ms)` +
      ` · reference ${fmt(reference.fanout.p50)}/${fmt(reference.fanout.p99)} ms (loop p99 ${fmt(reference.loop.p99)} ms)` +
      ` · ratio ${fmtRatio(s.runRatios[i])}\n         around ours' p99 deliveries: ${describeAttribution(ours.tail)}`,
  );
  return [
    ...lines,
    `  medians: p50 ours ${fmt(s.p50.ours)} / reference ${fmt(s.p50.reference)} ms · p99 ours ${fmt(s.p99.ours)} / reference ${fmt(s.p99.reference)} ms (their ratio ${fmtRatio(s.ratioOfMedians)}) · median of the runs' p99 ratios ${fmtRatio(s.ratio)}`,
    `  event-loop p99 (median of runs): ours ${fmt(s.loopP99.ours)} ms, reference ${fmt(s.loopP99.reference)} ms`,
    `  idle RSS: ours ${fmt(mb(h.idle.ours), 0)} MB, reference ${fmt(mb(h.idle.reference), 0)} MB · fresh start-up ${fmt(h.startupMs / 1000, 2)} s` +
      (h.startupWithoutTemplateMs ? ` (${fmt(h.startupWithoutTemplateMs / 1000, 2)} s without the build's template)` : "") +
      ` · 1 MB document: ${fmt(h.bigLoadMs.cold, 0)} ms cold, ${fmt(h.bigLoadMs.warm, 0)} ms warm`,
    `  edits: ours ${s.edits.ours} made, ${h.inServer.ours} in synced doc, ${h.stored} in DB · reference ${s.edits.reference} made, ${h.inServer.reference} in synced doc`,
    ...(["ours", "reference"] as const).map(
      (who) =>
        `  ${who}' loop time per suspect (all runs): ` +
        suspectTotals(h, who)
          .slice(0, 8)
          .map((t) => `${t.suspect} ${fmt(t.ms, 0)} ms (max ${fmt(t.maxMs)} ms, ${t.count}×)`)
          .join(", "),
    ),
    `  ${verdict(s)}`,
  ];
}

/** bench/RESULTS.md rows: the headline table, per-run lines, suspects. */
export function markdown(summaries: Summary[]): string[] {
  const out = [
    "| database | server | fan-out p50 (median of runs) | fan-out p99 (median) | p99 per run | p99 ratio ours / reference: median of the runs (per run; ratio of the medians) | event-loop delay p99 | idle RSS | fresh start-up | nothing lost |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of summaries) {
    const h = s.headline;
    for (const who of ["ours", "reference"] as const) {
      out.push(
        `| ${s.kind} | ${who} | ${fmt(s.p50[who])} ms | ${fmt(s.p99[who])} ms | ${h.runs.map((r) => fmt(r[who].fanout.p99)).join(" / ")} ms | ` +
          `${who === "ours" ? `**${fmtRatio(s.ratio)}** (${s.runRatios.map(fmtRatio).join(", ")}; ${fmtRatio(s.ratioOfMedians)})` : ""} | ${fmt(s.loopP99[who])} ms | ` +
          `${fmt(mb(h.idle[who]), 0)} MB | ${who === "ours" ? `${fmt(h.startupMs / 1000, 2)} s${h.startupWithoutTemplateMs ? ` (${fmt(h.startupWithoutTemplateMs / 1000, 2)} s without template)` : ""}` : "–"} | ${(who === "ours" ? s.lost : s.referenceLost).length === 0 ? "yes" : "NO"} |`,
      );
    }
  }
  out.push("", "Where ours' loop time went around its slowest 1 % of deliveries (per run), and in total:", "");
  for (const s of summaries) {
    s.headline.runs.forEach((r, i) => out.push(`- ${s.kind}, run ${i + 1}: ${describeAttribution(r.ours.tail)}`));
    out.push(
      `- ${s.kind}, all runs: ` +
        suspectTotals(s.headline)
          .slice(0, 8)
          .map((t) => `${t.suspect} ${fmt(t.ms, 0)} ms (max ${fmt(t.maxMs)} ms)`)
          .join(", "),
    );
  }
  out.push("", ...summaries.map((s) => `- ${verdict(s)}`));
  return out;
}
