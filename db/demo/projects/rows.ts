import type { DemoEvidence, DemoIndicator, DemoRisk, DemoTask, IsoDate } from "../types";

/* Builders of a demo fiche's repeated rows: one line per indicator, risk, task or piece of evidence. */

type IndicatorArgs = [name: string, unit: string, baseline: number, target: number, year: number, source: string];
const indicator =
  (kind: DemoIndicator["kind"]) =>
  (...[name, unit, baseline, target, year, source]: IndicatorArgs): DemoIndicator => ({ kind, name, unit, baseline, target, year, source });

/** An output indicator (what the project delivers). */
export const output = indicator("output");
/** A result indicator (what changes because of it). */
export const result = indicator("result");

export const risk = (text: string, probability: DemoRisk["probability"], impact: DemoRisk["impact"], mitigation: string): DemoRisk => ({
  risk: text,
  probability,
  impact,
  mitigation,
});

export const task = (key: string, name: string, start: IsoDate, end: IsoDate, responsibleTeryt: string, dependsOn: string[] = []): DemoTask => ({
  key,
  name,
  start,
  end,
  milestone: false,
  responsibleTeryt,
  dependsOn,
});

/** A milestone: a task of one day. */
export const milestone = (key: string, name: string, date: IsoDate, responsibleTeryt: string, dependsOn: string[] = []): DemoTask => ({
  ...task(key, name, date, date, responsibleTeryt, dependsOn),
  milestone: true,
});

export const evidence = (level: DemoEvidence["level"], what: string, date: IsoDate, url: string): DemoEvidence => ({ level, what, date, url });
