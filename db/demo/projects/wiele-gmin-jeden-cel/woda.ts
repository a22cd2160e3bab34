/** „Wiele gmin – jeden cel”: the project fiche „wgjc-woda” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
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
    output("Zmodernizowane stacje uzdatniania wody", "szt.", 0, 3, 2028, "protokół odbioru"),
    result("Straty wody w sieciach", "%", 21, 10, 2029, "bilans wody gmin"),
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
    risk("Przerwy w dostawach wody w czasie robót", "medium", "medium", "etapowanie robót i połączenia awaryjne między sieciami gmin"),
  ],
  status: "preparation",
  maturity: {
    level: 3,
    evidence: [
      evidence(1, "Porozumienie trzech gmin o wspólnej realizacji", "2025-11-05", "https://bip.malyplock.pl/porozumienia/2025/porozumienie-suw"),
      evidence(2, "Analiza wykonalności i badania jakości wody", "2026-03-20", "https://bip.malyplock.pl/inwestycje/2026/analiza-suw"),
      evidence(3, "Program funkcjonalno-użytkowy modernizacji stacji", "2026-08-14", "https://bip.malyplock.pl/inwestycje/2026/pfu-suw"),
    ],
  },
  schedule: [
    milestone("wniosek", "Wniosek o dofinansowanie", "2027-02-01", "2006042"),
    task("przetarg", "Przetarg w formule „zaprojektuj i wybuduj”", "2027-05-04", "2027-07-30", "2006042", ["wniosek"]),
    task("roboty", "Projekt i modernizacja stacji oraz sieci", "2027-08-02", "2028-09-29", "2006042", ["przetarg"]),
    milestone("odbior", "Odbiór i rozruch", "2028-10-31", "2006042", ["roboty"]),
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
