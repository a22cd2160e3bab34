/** „Wiele gmin – jeden cel”: the project fiche „wgjc-woda” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS3 } from "./common";

export const wgjcWoda: DemoProject = {
  key: "wgjc-woda",
  partnership: PARTNERSHIP,
  title: "Modernizacja stacji uzdatniania wody w gminach Mały Płock, Grabowo i Turośl",
  type: "complementary",
  area: "environmental",
  goal: CS3,
  direction: { code: "K3.1", title: "Bezpieczna woda i ochrona wód" },
  leadTeryt: "2006042",
  partnerTeryts: ["2006022", "2006062"],
  otherPartners: ["Państwowy Powiatowy Inspektor Sanitarny w Kolnie"],
  location: "stacje uzdatniania wody w Małym Płocku, Grabowie i Turośli oraz sieci rozdzielcze",
  problem:
    "Trzy stacje uzdatniania wody z lat 80. nie zapewniają stałej jakości wody (przekroczenia żelaza i manganu), " +
    "a straty wody w sieciach przekraczają 20%.",
  targetGroups: ["mieszkańcy trzech gmin (ok. 14 tys. osób)", "gospodarstwa hodowlane"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: false },
  scope: [
    "modernizacja trzech stacji uzdatniania wody",
    "wymiana 11 km sieci wodociągowej",
    "system telemetrii i wspólna obsługa serwisowa",
  ],
  indicators: [
    {
      kind: "output",
      name: "Zmodernizowane stacje uzdatniania wody",
      unit: "szt.",
      baseline: 0,
      target: 3,
      year: 2028,
      source: "protokół odbioru",
    },
    {
      kind: "result",
      name: "Straty wody w sieciach",
      unit: "%",
      baseline: 21,
      target: 10,
      year: 2029,
      source: "bilans wody gmin",
    },
  ],
  costs: {
    total: 9_800_000,
    eligible: 8_000_000,
    ownContributions: [
      { teryt: "2006042", amount: 1_500_000 },
      { teryt: "2006022", amount: 900_000 },
      { teryt: "2006062", amount: 1_000_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "gospodarka wodno-ściekowa", amount: 6_400_000 }],
  start: "2027-02-01",
  end: "2028-10-31",
  risks: [
    {
      risk: "Przerwy w dostawach wody w czasie robót",
      probability: "medium",
      impact: "medium",
      mitigation: "etapowanie robót i połączenia awaryjne między sieciami gmin",
    },
  ],
  status: "preparation",
  maturity: {
    level: 3,
    evidence: [
      {
        level: 1,
        what: "Porozumienie trzech gmin o wspólnej realizacji",
        date: "2025-11-05",
        url: "https://bip.malyplock.pl/porozumienia/2025/porozumienie-suw",
      },
      {
        level: 2,
        what: "Analiza wykonalności i badania jakości wody",
        date: "2026-03-20",
        url: "https://bip.malyplock.pl/inwestycje/2026/analiza-suw",
      },
      {
        level: 3,
        what: "Program funkcjonalno-użytkowy modernizacji stacji",
        date: "2026-08-14",
        url: "https://bip.malyplock.pl/inwestycje/2026/pfu-suw",
      },
    ],
  },
  schedule: [
    {
      key: "wniosek",
      name: "Wniosek o dofinansowanie",
      start: "2027-02-01",
      end: "2027-02-01",
      milestone: true,
      responsibleTeryt: "2006042",
      dependsOn: [],
    },
    {
      key: "przetarg",
      name: "Przetarg w formule „zaprojektuj i wybuduj”",
      start: "2027-05-04",
      end: "2027-07-30",
      milestone: false,
      responsibleTeryt: "2006042",
      dependsOn: ["wniosek"],
    },
    {
      key: "roboty",
      name: "Projekt i modernizacja stacji oraz sieci",
      start: "2027-08-02",
      end: "2028-09-29",
      milestone: false,
      responsibleTeryt: "2006042",
      dependsOn: ["przetarg"],
    },
    {
      key: "odbior",
      name: "Odbiór i rozruch",
      start: "2028-10-31",
      end: "2028-10-31",
      milestone: true,
      responsibleTeryt: "2006042",
      dependsOn: ["roboty"],
    },
  ],
  description: doc(
    p(
      "Trzy gminy wspólnie modernizują stacje uzdatniania wody i powierzają ich serwis jednemu operatorowi, co obniża koszty utrzymania.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p("Wybrano technologię odżelaziania i odmanganiania na złożach katalitycznych z automatyką i telemetrią."),
    ),
    legal: doc(p("Gminy są właścicielami stacji; pozwolenia wodnoprawne do aktualizacji po modernizacji.")),
  }),
};
