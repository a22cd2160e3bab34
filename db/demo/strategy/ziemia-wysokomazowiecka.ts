/**
 * The Ziemia Wysokomazowiecka territorial strategy: all 14 sections, as field → ProseMirror JSON of the strategy
 * Y.Doc (keys of STRATEGY_SECTIONS). Version 1 is the draft sent to public consultation; version 2 (the
 * current text) adds what the consultation changed: a transport indicator, a reworded operational goal CO2.2,
 * the siting rule for biogas plants and the consultation report.
 */
import type { PmJson } from "../pm";
import { zwDirections } from "./zw-directions";
import { zwDiagnosisPeople } from "./zw-diagnosis-people";
import { zwDiagnosisSpace } from "./zw-diagnosis-space";
import { CO22_V1, ZW_GOALS, zwOperationalGoals, zwStrategicGoals, zwVision } from "./zw-goals";
import { zwCoherence, zwFinance, zwImplementation } from "./zw-implementation";
import { zwIndicators } from "./zw-indicators";
import { zwIntroduction } from "./zw-introduction";
import { zwParticipation } from "./zw-participation";
import { zwOsi, zwPackage, zwSpatialModel } from "./zw-space";
import { doc } from "../pm";

export type StrategyContent = Record<string, PmJson>;

function zwStrategy(afterConsultation: boolean): StrategyContent {
  const co22 = afterConsultation ? ZW_GOALS[1].operational[1].title : CO22_V1;
  return {
    s01: zwIntroduction,
    s02: doc(...zwDiagnosisPeople, ...zwDiagnosisSpace),
    s03: zwVision,
    s04: zwStrategicGoals(co22),
    s05: zwOperationalGoals(co22),
    s06: zwDirections,
    s07: zwIndicators(afterConsultation),
    s08: zwSpatialModel(afterConsultation),
    s09: zwOsi,
    s10: zwPackage,
    s11: zwImplementation,
    s12: zwFinance,
    s13: zwCoherence,
    s14: zwParticipation(afterConsultation),
  };
}

/** "Wersja 1 — projekt do konsultacji". */
export const ZW_STRATEGY_V1: StrategyContent = zwStrategy(false);
/** "Wersja 2 — po konsultacjach": the current content of the live document. */
export const ZW_STRATEGY_V2: StrategyContent = zwStrategy(true);
