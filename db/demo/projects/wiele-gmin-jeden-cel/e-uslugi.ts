/** „Wiele gmin – jeden cel”: the project fiche „wgjc-e-uslugi” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS4, BIP } from "./common";

export const wgjcEUslugi: DemoProject = {
  key: "wgjc-e-uslugi",
  partnership: PARTNERSHIP,
  title: "Wspólny geoportal i e-usługi partnerstwa",
  type: "complementary",
  area: "institutional",
  goal: CS4,
  direction: { code: "K4.1", title: "Wspólne usługi administracyjne i cyfrowe" },
  leadTeryt: "2006011",
  partnerTeryts: ["2006", "2006022", "2006032", "2006042", "2006053", "2006062", "2007013"],
  otherPartners: ["Główny Urząd Geodezji i Kartografii (usługi danych przestrzennych)"],
  location: "cały obszar partnerstwa",
  problem:
    "Gminy prowadzą plany, ewidencje i rejestry w różnych systemach; mieszkańcy i inwestorzy nie mają jednego miejsca, by sprawdzić przeznaczenie działki lub złożyć wniosek.",
  targetGroups: ["mieszkańcy", "inwestorzy", "pracownicy urzędów"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: false },
  scope: [
    "wspólny geoportal z planami ogólnymi i miejscowymi",
    "10 e-usług na platformie ePUAP",
    "szkolenia pracowników i cyberbezpieczeństwo",
  ],
  indicators: [
    {
      kind: "output",
      name: "Uruchomione e-usługi",
      unit: "szt.",
      baseline: 0,
      target: 10,
      year: 2028,
      source: "rejestr usług",
    },
    {
      kind: "result",
      name: "Sprawy załatwione elektronicznie",
      unit: "szt./rok",
      baseline: 900,
      target: 6_000,
      year: 2029,
      source: "systemy EZD gmin",
    },
  ],
  costs: {
    total: 2_400_000,
    eligible: 2_400_000,
    ownContributions: [
      { teryt: "2006", amount: 108_000 },
      ...["2006011", "2006022", "2006032", "2006042", "2006053", "2006062", "2007013"].map((teryt) => ({
        teryt,
        amount: 36_000,
      })),
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "cyfryzacja usług publicznych", amount: 2_040_000 }],
  start: "2027-09-01",
  end: "2028-12-29",
  risks: [
    {
      risk: "Niska dostępność informatyków w małych gminach",
      probability: "high",
      impact: "medium",
      mitigation: "wspólny informatyk partnerstwa zatrudniony w starostwie",
    },
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      {
        level: 1,
        what: "Koncepcja i szacunek kosztów przyjęte przez grupę roboczą",
        date: "2026-10-21",
        url: `${BIP}/partnerstwo/koncepcja-e-uslugi`,
      },
    ],
  },
  schedule: [
    {
      key: "zamowienie",
      name: "Zamówienie systemu i migracja danych",
      start: "2027-09-01",
      end: "2028-03-31",
      milestone: false,
      responsibleTeryt: "2006",
      dependsOn: [],
    },
    {
      key: "uslugi",
      name: "Wdrożenie e-usług i szkolenia",
      start: "2028-04-03",
      end: "2028-11-30",
      milestone: false,
      responsibleTeryt: "2006",
      dependsOn: ["zamowienie"],
    },
    {
      key: "start",
      name: "Uruchomienie geoportalu",
      start: "2028-12-29",
      end: "2028-12-29",
      milestone: true,
      responsibleTeryt: "2006",
      dependsOn: ["uslugi"],
    },
  ],
  description: doc(
    p("Jeden geoportal i jeden zestaw e-usług dla ośmiu samorządów, utrzymywany wspólnie przez powiat."),
  ),
  feasibility: feasibility({
    technical: doc(
      p("Rozwiązanie w chmurze z usługami WMS/WFS zgodnymi z INSPIRE; integracja z ePUAP i systemami EZD gmin."),
    ),
  }),
};
