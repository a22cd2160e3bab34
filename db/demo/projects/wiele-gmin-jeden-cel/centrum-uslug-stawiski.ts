/** „Wiele gmin – jeden cel”: the project fiche „wgjc-centrum-uslug-stawiski” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
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
    {
      kind: "output",
      name: "Miejsca w dziennym domu seniora",
      unit: "szt.",
      baseline: 0,
      target: 30,
      year: 2028,
      source: "sprawozdania OPS",
    },
    {
      kind: "result",
      name: "Osoby korzystające z usług centrum",
      unit: "os./rok",
      baseline: 0,
      target: 140,
      year: 2029,
      source: "rejestr centrum",
    },
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
    {
      risk: "Utrzymanie centrum po zakończeniu projektu",
      probability: "medium",
      impact: "high",
      mitigation: "porozumienie trzech gmin o finansowaniu miejsc według liczby uczestników",
    },
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      {
        level: 1,
        what: "Koncepcja centrum przyjęta przez radę partnerstwa",
        date: "2026-02-25",
        url: `${BIP}/partnerstwo/uchwala-rady-partnerstwa-nr-4-2026`,
      },
      {
        level: 2,
        what: "Diagnoza potrzeb seniorów i analiza wykonalności",
        date: "2026-09-15",
        url: "https://bip.stawiski.pl/pomoc-spoleczna/2026/analiza-centrum-uslug",
      },
    ],
  },
  schedule: [
    {
      key: "adaptacja",
      name: "Adaptacja budynku",
      start: "2027-04-01",
      end: "2027-12-17",
      milestone: false,
      responsibleTeryt: "2006053",
      dependsOn: [],
    },
    {
      key: "kadra",
      name: "Zatrudnienie i szkolenie kadry",
      start: "2027-10-01",
      end: "2027-12-31",
      milestone: false,
      responsibleTeryt: "2006053",
      dependsOn: [],
    },
    {
      key: "otwarcie",
      name: "Otwarcie centrum",
      start: "2028-01-03",
      end: "2028-01-03",
      milestone: true,
      responsibleTeryt: "2006053",
      dependsOn: ["adaptacja", "kadra"],
    },
    {
      key: "uslugi",
      name: "Świadczenie usług i dowóz uczestników",
      start: "2028-01-03",
      end: "2029-06-29",
      milestone: false,
      responsibleTeryt: "2006053",
      dependsOn: ["otwarcie"],
    },
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
