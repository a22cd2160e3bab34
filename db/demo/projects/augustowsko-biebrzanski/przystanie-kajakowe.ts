/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-przystanie-kajakowe” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS3 } from "./common";

export const abptPrzystanie: DemoProject = {
  key: "abpt-przystanie-kajakowe",
  partnership: PARTNERSHIP,
  title: "Sieć przystani kajakowych na Biebrzy, Nettcie i Kanale Augustowskim",
  type: "complementary",
  area: "environmental",
  goal: CS3,
  direction: { code: "K3.1", title: "Ukierunkowanie ruchu turystycznego i infrastruktura przyjazna przyrodzie" },
  leadTeryt: "2001072",
  partnerTeryts: ["2001022", "2001062", "2008013", "2001032"],
  otherPartners: ["Biebrzański Park Narodowy", "Państwowe Gospodarstwo Wodne Wody Polskie"],
  location: "dziewięć przystani na Biebrzy, Nettcie i Kanale Augustowskim",
  problem:
    "Kajakarze biwakują w przypadkowych miejscach, niszcząc brzegi i zostawiając odpady; brakuje miejsc wodowania i sanitariatów.",
  targetGroups: ["kajakarze", "wypożyczalnie sprzętu", "mieszkańcy miejscowości nadrzecznych"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "dziewięć przystani z pomostami, sanitariatami i pojemnikami na odpady",
    "oznakowanie szlaku wodnego",
    "system limitowania spływów w okresie lęgowym",
  ],
  indicators: [
    {
      kind: "output",
      name: "Przystanie kajakowe",
      unit: "szt.",
      baseline: 2,
      target: 9,
      year: 2028,
      source: "protokół odbioru",
    },
    {
      kind: "result",
      name: "Miejsca nielegalnego biwakowania zgłoszone przez straż parku",
      unit: "szt./rok",
      baseline: 140,
      target: 40,
      year: 2029,
      source: "Biebrzański Park Narodowy",
    },
  ],
  costs: {
    total: 6_300_000,
    eligible: 5_800_000,
    ownContributions: [
      { teryt: "2001072", amount: 500_000 },
      { teryt: "2001022", amount: 400_000 },
      { teryt: "2001062", amount: 300_000 },
      { teryt: "2008013", amount: 260_000 },
      { teryt: "2001032", amount: 200_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "ochrona przyrody i infrastruktura turystyczna", amount: 4_640_000 }],
  start: "2027-02-01",
  end: "2028-09-29",
  risks: [
    {
      risk: "Uzgodnienia wodnoprawne z Wodami Polskimi",
      probability: "medium",
      impact: "medium",
      mitigation: "wnioski o zgody wodnoprawne złożone wraz z dokumentacją",
    },
  ],
  status: "preparation",
  maturity: {
    level: 3,
    evidence: [
      {
        level: 1,
        what: "Koncepcja sieci przystani przyjęta przez gminy",
        date: "2025-10-30",
        url: "https://bip.sztabin.pl/ogloszenia/2025/koncepcja-przystani",
      },
      {
        level: 2,
        what: "Analiza wykonalności i inwentaryzacja miejsc biwakowania",
        date: "2026-02-27",
        url: "https://bip.sztabin.pl/inwestycje/2026/analiza-przystani",
      },
      {
        level: 3,
        what: "Koncepcje architektoniczne i PFU przystani",
        date: "2026-09-11",
        url: "https://bip.sztabin.pl/inwestycje/2026/pfu-przystanie",
      },
    ],
  },
  schedule: [
    {
      key: "zgody",
      name: "Zgody wodnoprawne i pozwolenia",
      start: "2027-02-01",
      end: "2027-09-30",
      milestone: false,
      responsibleTeryt: "2001072",
      dependsOn: [],
    },
    {
      key: "wniosek",
      name: "Wniosek o dofinansowanie",
      start: "2027-10-29",
      end: "2027-10-29",
      milestone: true,
      responsibleTeryt: "2001072",
      dependsOn: ["zgody"],
    },
    {
      key: "budowa",
      name: "Budowa przystani",
      start: "2028-01-10",
      end: "2028-06-16",
      milestone: false,
      responsibleTeryt: "2001072",
      dependsOn: ["wniosek"],
    },
    {
      key: "sezon",
      name: "Otwarcie przystani na sezon",
      start: "2028-06-19",
      end: "2028-06-19",
      milestone: true,
      responsibleTeryt: "2001072",
      dependsOn: ["budowa"],
    },
  ],
  description: doc(
    p(
      "Dziewięć przystani ukierunkuje ruch kajakowy w miejsca do tego przygotowane i odciąży najcenniejsze brzegi Biebrzy.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Pomosty pływające z materiałów kompozytowych, sanitariaty bezodpływowe z systemem opróżniania; brak ingerencji w koryta rzek.",
      ),
    ),
    legal: doc(p("Wymagane zgody wodnoprawne i uzgodnienia z BPN dla czterech przystani w granicach parku.")),
    risks: doc(p("Główne ryzyko — terminy uzgodnień; łagodzone wczesnym złożeniem wniosków.")),
  }),
};
