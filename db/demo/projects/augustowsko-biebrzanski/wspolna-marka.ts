/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-wspolna-marka” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS4 } from "./common";

export const abptMarka: DemoProject = {
  key: "abpt-wspolna-marka",
  partnership: PARTNERSHIP,
  title: "Wspólna marka i system informacji turystycznej „Augustowsko-Biebrzański Park”",
  type: "strategic",
  area: "institutional",
  goal: CS4,
  direction: { code: "K4.1", title: "Wspólna marka, promocja i zarządzanie ruchem turystycznym" },
  leadTeryt: "2001011",
  partnerTeryts: ["2001022", "2001062", "2008063", "2011083", "2011043"],
  otherPartners: ["Podlaska Regionalna Organizacja Turystyczna", "lokalne organizacje turystyczne"],
  location: "cały obszar partnerstwa; centrum informacji w Augustowie i punkty w gminach",
  problem:
    "Każda gmina promuje się osobno; turysta w Augustowie nie wie o ofercie Biebrzy, Puszczy Knyszyńskiej ani Szlaku Tatarskiego.",
  targetGroups: ["turyści", "przedsiębiorcy turystyczni", "gminy"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "marka i system identyfikacji wizualnej",
    "portal i aplikacja z ofertą całoroczną",
    "sieć 12 punktów informacji",
    "system zliczania ruchu turystycznego",
  ],
  indicators: [
    output("Punkty informacji turystycznej w sieci", "szt.", 3, 12, 2028, "rejestr partnerstwa"),
    result("Noclegi udzielone poza sezonem (X–IV)", "%", 22, 32, 2030, "GUS BDL"),
  ],
  costs: {
    total: 3_200_000,
    eligible: 3_200_000,
    ownContributions: [
      { teryt: "2001011", amount: 200_000 },
      { teryt: "2001022", amount: 60_000 },
      { teryt: "2001062", amount: 60_000 },
      { teryt: "2008063", amount: 50_000 },
      { teryt: "2011083", amount: 60_000 },
      { teryt: "2011043", amount: 50_000 },
    ],
  },
  funding: [
    {
      source: "FEP 2021–2027",
      measure: "instrument terytorialny — wzmocnienie potencjału partnerstw",
      amount: 2_720_000,
    },
  ],
  start: "2027-01-04",
  end: "2028-06-30",
  risks: [
    risk("Różne oczekiwania gmin co do promocji", "medium", "low", "rada marki z udziałem wszystkich gmin i przedsiębiorców"),
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      evidence(1, "Uchwała rady partnerstwa o przygotowaniu wspólnej marki", "2026-03-19", "https://bip.augustow.pl/partnerstwo/2026/uchwala-wspolna-marka"),
    ],
  },
  schedule: [
    task("strategia", "Strategia marki i konsultacje z przedsiębiorcami", "2027-01-04", "2027-05-31", "2001011"),
    task("portal", "Portal, aplikacja i oznakowanie", "2027-06-01", "2028-03-31", "2001011", ["strategia"]),
    task("punkty", "Uruchomienie sieci punktów informacji", "2028-01-03", "2028-05-31", "2001062", ["strategia"]),
    milestone("start", "Start marki przed sezonem 2028", "2028-06-01", "2001011", ["portal","punkty"]),
  ],
  description: doc(
    p(
      "Jedna marka i jeden system informacji dla 24 gmin, z ofertą na cały rok, nie tylko na letni sezon nad jeziorami.",
    ),
  ),
  feasibility: feasibility({
    institutional: doc(
      p(
        "Markę będzie prowadzić lokalna organizacja turystyczna z udziałem gmin i przedsiębiorców; lider finansuje koordynatora.",
      ),
    ),
  }),
};
