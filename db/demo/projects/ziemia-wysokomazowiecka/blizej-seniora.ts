/** Ziemia Wysokomazowiecka: the project fiche „zw-blizej-seniora” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
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
    output("Miejsca w dziennych domach pomocy", "szt.", 0, 60, 2028, "sprawozdania OPS"),
    output("Osoby objęte teleopieką", "os.", 0, 200, 2028, "rejestr operatora teleopieki"),
    result("Osoby korzystające z usług społecznych w społeczności lokalnej", "os.", 212, 420, 2029, "sprawozdania OPS"),
    result("Osoby oczekujące na miejsce w DPS", "os.", 46, 25, 2029, "PCPR"),
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
    risk("Trudność w zatrudnieniu opiekunek i fizjoterapeutów", "high", "medium", "wspólna rekrutacja dla czterech gmin, kursy opiekuna w centrum kształcenia, dodatek za dojazdy"),
    risk("Utrzymanie usług po zakończeniu finansowania", "medium", "high", "koszty utrzymania wpisane do WPF gmin, odpłatność zależna od dochodu, dotacje celowe"),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Uchwała rady partnerstwa przyjmująca koncepcję sieci usług dla seniorów", "2025-12-10", "https://bip.wysokomazowiecki.pl/partnerstwo/uchwaly/2025/uchwala-rady-partnerstwa-nr-7-2025"),
      evidence(2, "Diagnoza potrzeb i analiza wykonalności usług (PCPR z ekspertką partnerstwa)", "2026-07-21", "https://bip.ciechanowiec.pl/pomoc-spoleczna/2026/analiza-uslug-blizej-seniora"),
    ],
  },
  schedule: [
    task("ciechanowiec", "Adaptacja budynku na dzienny dom pomocy w Ciechanowcu", "2027-03-01", "2027-10-29", "2013023"),
    task("szepietowo", "Adaptacja budynku na dzienny dom pomocy w Szepietowie", "2027-04-01", "2027-11-30", "2013093"),
    task("kadry", "Rekrutacja i szkolenie opiekunek, wybór organizacji prowadzącej usługi sąsiedzkie", "2027-09-01", "2027-12-17", "2013023"),
    milestone("start", "Uruchomienie dziennych domów pomocy i punktów usług", "2028-01-03", "2013023", ["ciechanowiec","szepietowo","kadry"]),
    task("uslugi", "Usługi opiekuńcze, teleopieka i wsparcie opiekunów rodzinnych", "2028-01-03", "2029-12-28", "2013062", ["start"]),
    milestone("ewaluacja", "Raport z ewaluacji i decyzja o utrzymaniu usług", "2029-12-31", "2013023", ["uslugi"]),
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
