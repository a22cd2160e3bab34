/** „Wiele gmin – jeden cel”: the project fiche „wgjc-centrum-uslug-stawiski” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS2, BIP } from "./common";

export const wgjcSeniorzy: DemoProject = {
  key: "wgjc-centrum-uslug-stawiski",
  partnership: PARTNERSHIP,
  title: "Centrum usług społecznych i dzienny dom seniora w Stawiskach",
  type: "complementary",
  area: "social",
  goal: CS2,
  direction: { code: "K2.2", title: "Usługi społeczne blisko mieszkańców" },
  leadTeryt: "2006053",
  partnerTeryts: ["2006011", "2007013"],
  otherPartners: ["Powiatowe Centrum Pomocy Rodzinie w Kolnie", "Uniwersytet Trzeciego Wieku w Kolnie"],
  location: "Stawiski, budynek dawnej szkoły; usługi dla mieszkańców Stawisk, Kolna i Jedwabnego",
  problem:
    "Brak dziennej opieki i zajęć dla seniorów w gminach partnerstwa; rodziny opiekujące się bliskimi nie mają wsparcia wytchnieniowego.",
  targetGroups: ["seniorzy", "osoby z niepełnosprawnościami", "opiekunowie rodzinni"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "adaptacja budynku dawnej szkoły (dzienny dom na 30 miejsc)",
    "opieka wytchnieniowa i usługi opiekuńcze",
    "dowóz z Kolna i Jedwabnego",
  ],
  indicators: [
    output("Miejsca w dziennym domu seniora", "szt.", 0, 30, 2028, "sprawozdania OPS"),
    result("Osoby korzystające z usług centrum", "os./rok", 0, 140, 2029, "rejestr centrum"),
  ],
  costs: {
    total: 5_600_000,
    eligible: 5_600_000,
    ownContributions: [
      { teryt: "2006053", amount: 980_000 },
      { teryt: "2006011", amount: 400_000 },
      { teryt: "2007013", amount: 300_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "EFS+ — usługi społeczne w społeczności lokalnej", amount: 3_920_000 }],
  start: "2027-04-01",
  end: "2029-06-29",
  risks: [
    risk("Utrzymanie centrum po zakończeniu projektu", "medium", "high", "porozumienie trzech gmin o finansowaniu miejsc według liczby uczestników"),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Koncepcja centrum przyjęta przez radę partnerstwa", "2026-02-25", `${BIP}/partnerstwo/uchwala-rady-partnerstwa-nr-4-2026`),
      evidence(2, "Diagnoza potrzeb seniorów i analiza wykonalności", "2026-09-15", "https://bip.stawiski.pl/pomoc-spoleczna/2026/analiza-centrum-uslug"),
    ],
  },
  schedule: [
    task("adaptacja", "Adaptacja budynku", "2027-04-01", "2027-12-17", "2006053"),
    task("kadra", "Zatrudnienie i szkolenie kadry", "2027-10-01", "2027-12-31", "2006053"),
    milestone("otwarcie", "Otwarcie centrum", "2028-01-03", "2006053", ["adaptacja","kadra"]),
    task("uslugi", "Świadczenie usług i dowóz uczestników", "2028-01-03", "2029-06-29", "2006053", ["otwarcie"]),
  ],
  description: doc(
    p(
      "Centrum w Stawiskach zapewni dzienną opiekę, rehabilitację i zajęcia dla seniorów z trzech gmin oraz wsparcie dla ich opiekunów.",
    ),
  ),
  feasibility: feasibility({
    institutional: doc(
      p(
        "Centrum poprowadzi Miejsko-Gminny Ośrodek Pomocy Społecznej w Stawiskach; gminy partnerskie kierują uczestników na podstawie porozumienia.",
      ),
    ),
  }),
};
