/** Ziemia Wysokomazowiecka: the project fiche „zw-blizej-seniora” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS2 } from "./common";

export const zwBlizejSeniora: DemoProject = {
  key: "zw-blizej-seniora",
  partnership: PARTNERSHIP,
  title: "„Bliżej seniora” — sieć dziennych domów pomocy i usług opiekuńczych",
  type: "complementary",
  area: "social",
  goal: CS2,
  direction: { code: "K2.2.1", title: "Sieć usług opiekuńczych i dziennych domów pomocy" },
  leadTeryt: "2013023",
  partnerTeryts: ["2013093", "2013062", "2013072"],
  otherPartners: [
    "Powiatowe Centrum Pomocy Rodzinie w Wysokiem Mazowieckiem",
    "koła gospodyń wiejskich gmin partnerskich (wolontariat sąsiedzki)",
    "organizacja pozarządowa wybrana w konkursie do prowadzenia usług sąsiedzkich",
  ],
  location:
    "Ciechanowiec i Szepietowo (dzienne domy pomocy), gminy Kulesze Kościelne i Nowe Piekuty (punkty usług opiekuńczych)",
  problem:
    "Co czwarty mieszkaniec gmin wiejskich obszaru ma ponad 65 lat, a wielu z nich mieszka samotnie. Usługi " +
    "opiekuńcze dostaje zaledwie 212 osób, na miejsce w domu pomocy społecznej czeka się ponad rok, a rodziny " +
    "opiekujące się bliskimi nie mają żadnego wsparcia.",
  targetGroups: [
    "osoby w wieku 65+ niesamodzielne lub samotne",
    "osoby z niepełnosprawnościami",
    "opiekunowie rodzinni",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "adaptacja dwóch budynków na dzienne domy pomocy (po 30 miejsc) w Ciechanowcu i Szepietowie",
    "trzy punkty usług opiekuńczych przy ośrodkach pomocy społecznej w gminach wiejskich",
    "usługi opiekuńcze w miejscu zamieszkania dla 120 osób i teleopieka dla 200 osób",
    "szkolenia i grupy wsparcia dla opiekunów rodzinnych, wolontariat sąsiedzki z KGW",
  ],
  indicators: [
    {
      kind: "output",
      name: "Miejsca w dziennych domach pomocy",
      unit: "szt.",
      baseline: 0,
      target: 60,
      year: 2028,
      source: "sprawozdania OPS",
    },
    {
      kind: "output",
      name: "Osoby objęte teleopieką",
      unit: "os.",
      baseline: 0,
      target: 200,
      year: 2028,
      source: "rejestr operatora teleopieki",
    },
    {
      kind: "result",
      name: "Osoby korzystające z usług społecznych w społeczności lokalnej",
      unit: "os.",
      baseline: 212,
      target: 420,
      year: 2029,
      source: "sprawozdania OPS",
    },
    {
      kind: "result",
      name: "Osoby oczekujące na miejsce w DPS",
      unit: "os.",
      baseline: 46,
      target: 25,
      year: 2029,
      source: "PCPR",
    },
  ],
  costs: {
    total: 7_900_000,
    eligible: 7_900_000,
    ownContributions: [
      { teryt: "2013023", amount: 700_000 },
      { teryt: "2013093", amount: 650_000 },
      { teryt: "2013062", amount: 210_000 },
      { teryt: "2013072", amount: 210_000 },
    ],
  },
  funding: [
    {
      source: "FEP 2021–2027",
      measure: "EFS+ — usługi społeczne i zdrowotne w społeczności lokalnej",
      amount: 5_530_000,
    },
    { source: "Program „Senior+” (MRiPS)", measure: "moduł I — utworzenie dziennych domów", amount: 600_000 },
  ],
  start: "2027-01-04",
  end: "2029-12-31",
  risks: [
    {
      risk: "Trudność w zatrudnieniu opiekunek i fizjoterapeutów",
      probability: "high",
      impact: "medium",
      mitigation: "wspólna rekrutacja dla czterech gmin, kursy opiekuna w centrum kształcenia, dodatek za dojazdy",
    },
    {
      risk: "Utrzymanie usług po zakończeniu finansowania",
      probability: "medium",
      impact: "high",
      mitigation: "koszty utrzymania wpisane do WPF gmin, odpłatność zależna od dochodu, dotacje celowe",
    },
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      {
        level: 1,
        what: "Uchwała rady partnerstwa przyjmująca koncepcję sieci usług dla seniorów",
        date: "2025-12-10",
        url: "https://bip.wysokomazowiecki.pl/partnerstwo/uchwaly/2025/uchwala-rady-partnerstwa-nr-7-2025",
      },
      {
        level: 2,
        what: "Diagnoza potrzeb i analiza wykonalności usług (PCPR z ekspertką partnerstwa)",
        date: "2026-07-21",
        url: "https://bip.ciechanowiec.pl/pomoc-spoleczna/2026/analiza-uslug-blizej-seniora",
      },
    ],
  },
  schedule: [
    {
      key: "ciechanowiec",
      name: "Adaptacja budynku na dzienny dom pomocy w Ciechanowcu",
      start: "2027-03-01",
      end: "2027-10-29",
      milestone: false,
      responsibleTeryt: "2013023",
      dependsOn: [],
    },
    {
      key: "szepietowo",
      name: "Adaptacja budynku na dzienny dom pomocy w Szepietowie",
      start: "2027-04-01",
      end: "2027-11-30",
      milestone: false,
      responsibleTeryt: "2013093",
      dependsOn: [],
    },
    {
      key: "kadry",
      name: "Rekrutacja i szkolenie opiekunek, wybór organizacji prowadzącej usługi sąsiedzkie",
      start: "2027-09-01",
      end: "2027-12-17",
      milestone: false,
      responsibleTeryt: "2013023",
      dependsOn: [],
    },
    {
      key: "start",
      name: "Uruchomienie dziennych domów pomocy i punktów usług",
      start: "2028-01-03",
      end: "2028-01-03",
      milestone: true,
      responsibleTeryt: "2013023",
      dependsOn: ["ciechanowiec", "szepietowo", "kadry"],
    },
    {
      key: "uslugi",
      name: "Usługi opiekuńcze, teleopieka i wsparcie opiekunów rodzinnych",
      start: "2028-01-03",
      end: "2029-12-28",
      milestone: false,
      responsibleTeryt: "2013062",
      dependsOn: ["start"],
    },
    {
      key: "ewaluacja",
      name: "Raport z ewaluacji i decyzja o utrzymaniu usług",
      start: "2029-12-31",
      end: "2029-12-31",
      milestone: true,
      responsibleTeryt: "2013023",
      dependsOn: ["uslugi"],
    },
  ],
  description: doc(
    p(
      "Projekt tworzy sieć usług, dzięki którym starsi mieszkańcy mogą jak najdłużej żyć we własnym domu. Dwa " +
        "dzienne domy pomocy w ośrodkach lokalnych — Ciechanowcu i Szepietowie — obsłużą także mieszkańców " +
        "sąsiednich gmin, którym zapewnimy dowóz. W gminach wiejskich powstaną punkty usług opiekuńczych.",
    ),
    p(
      "Po konsultacjach projekt objął także osoby z niepełnosprawnościami i wsparcie opiekunów rodzinnych, zgodnie " +
        "z przeformułowanym celem operacyjnym CO2.2.",
    ),
  ),
  feasibility: feasibility({
    legal: doc(
      p(
        "Dzienne domy pomocy prowadzą gminy jako zadanie własne (ustawa o pomocy społecznej). Usługi sąsiedzkie " +
          "zostaną zlecone organizacji pozarządowej w otwartym konkursie ofert. Porozumienie międzygminne określi " +
          "zasady przyjmowania mieszkańców gmin partnerskich i podział kosztów.",
      ),
    ),
    institutional: doc(
      p(
        "Liderem jest Gmina Ciechanowiec (Miejsko-Gminny Ośrodek Pomocy Społecznej), która prowadzi od 2019 r. " +
          "klub seniora z programu „Senior+”. Koordynację zapewni zespół złożony z kierowników czterech OPS i PCPR.",
      ),
    ),
  }),
};
