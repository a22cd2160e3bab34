/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-kadry-turystyki” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS2 } from "./common";

export const abptKadry: DemoProject = {
  key: "abpt-kadry-turystyki",
  partnership: PARTNERSHIP,
  title: "Całoroczne kadry turystyki — szkolenia i staże dla mieszkańców",
  type: "complementary",
  area: "social",
  goal: CS2,
  direction: { code: "K2.1", title: "Kwalifikacje mieszkańców do pracy w turystyce przez cały rok" },
  leadTeryt: "2011083",
  partnerTeryts: ["2001011", "2008063", "2008043"],
  otherPartners: ["powiatowe urzędy pracy w Augustowie, Sokółce i Mońkach", "szkoły hotelarsko-gastronomiczne"],
  location: "Sokółka, Augustów, Mońki, Knyszyn — szkolenia i staże w obiektach turystycznych obszaru",
  problem:
    "Obiekty turystyczne zatrudniają sezonowo; poza sezonem brak przewodników, animatorów i kucharzy kuchni regionalnej.",
  targetGroups: ["osoby bezrobotne i bierne zawodowo", "pracownicy sezonowi", "młodzież szkół branżowych"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "kursy przewodnickie, kuchnia regionalna, obsługa ruchu rowerowego",
    "staże w obiektach poza sezonem",
    "doradztwo dla osób zakładających działalność",
  ],
  indicators: [
    {
      kind: "output",
      name: "Osoby objęte szkoleniami",
      unit: "os.",
      baseline: 0,
      target: 240,
      year: 2029,
      source: "rejestr uczestników",
    },
    {
      kind: "result",
      name: "Uczestnicy zatrudnieni po zakończeniu wsparcia",
      unit: "%",
      baseline: 0,
      target: 45,
      year: 2029,
      source: "monitoring PUP",
    },
  ],
  costs: {
    total: 2_900_000,
    eligible: 2_900_000,
    ownContributions: [
      { teryt: "2011083", amount: 150_000 },
      { teryt: "2001011", amount: 150_000 },
      { teryt: "2008063", amount: 85_000 },
      { teryt: "2008043", amount: 50_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "EFS+ — aktywizacja zawodowa", amount: 2_465_000 }],
  start: "2027-09-01",
  end: "2029-08-31",
  risks: [
    {
      risk: "Mała liczba chętnych na staże poza sezonem",
      probability: "medium",
      impact: "medium",
      mitigation: "stypendia stażowe i współpraca z obiektami całorocznymi",
    },
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      {
        level: 1,
        what: "Koncepcja projektu przyjęta przez grupę roboczą",
        date: "2026-04-22",
        url: "https://bip.sokolka.pl/partnerstwo/2026/koncepcja-kadry-turystyki",
      },
      {
        level: 2,
        what: "Badanie potrzeb kadrowych pracodawców turystyki",
        date: "2026-10-16",
        url: "https://bip.sokolka.pl/partnerstwo/2026/badanie-potrzeb-kadrowych",
      },
    ],
  },
  schedule: [
    {
      key: "rekrutacja",
      name: "Rekrutacja uczestników",
      start: "2027-09-01",
      end: "2027-11-30",
      milestone: false,
      responsibleTeryt: "2011083",
      dependsOn: [],
    },
    {
      key: "szkolenia",
      name: "Szkolenia i staże",
      start: "2027-12-01",
      end: "2029-06-29",
      milestone: false,
      responsibleTeryt: "2011083",
      dependsOn: ["rekrutacja"],
    },
    {
      key: "podsumowanie",
      name: "Ocena efektywności zatrudnieniowej",
      start: "2029-08-31",
      end: "2029-08-31",
      milestone: true,
      responsibleTeryt: "2011083",
      dependsOn: ["szkolenia"],
    },
  ],
  description: doc(
    p(
      "Szkolenia i staże poza sezonem przygotują mieszkańców do pracy w turystyce całorocznej, której chce partnerstwo.",
    ),
  ),
  feasibility: feasibility({
    institutional: doc(
      p(
        "Liderem jest Gmina Sokółka; rekrutację i monitoring zatrudnienia prowadzą trzy powiatowe urzędy pracy na " +
          "podstawie porozumień, a staże organizują obiekty turystyczne z listy partnerstwa.",
      ),
    ),
  }),
};
