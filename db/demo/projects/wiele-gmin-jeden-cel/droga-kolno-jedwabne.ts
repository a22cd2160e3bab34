/** „Wiele gmin – jeden cel”: the project fiche „wgjc-droga-kolno-jedwabne” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1, BIP } from "./common";

export const wgjcDroga: DemoProject = {
  key: "wgjc-droga-kolno-jedwabne",
  partnership: PARTNERSHIP,
  title: "Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne",
  type: "strategic",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.2", title: "Poprawa dostępności komunikacyjnej obszaru i połączeń z S61" },
  leadTeryt: "2006053",
  partnerTeryts: ["2006", "2007013", "2006032"],
  otherPartners: ["Zarząd Dróg Powiatowych w Kolnie", "przedsiębiorstwa przetwórstwa mleka (transport surowca)"],
  location: "droga powiatowa Kolno – Stawiski (18,2 km) i droga gminna do Jedwabnego (4,2 km)",
  problem:
    "Droga łącząca Kolno, Stawiski i Jedwabne ma zniszczoną nawierzchnię, brak poboczy i chodników, a jeździ nią " +
    "ciężki transport mleka i pasz. Mieszkańcy Jedwabnego i Stawisk dojeżdżają nią do szkół i szpitala w Kolnie.",
  targetGroups: [
    "mieszkańcy dojeżdżający do pracy, szkół i usług w Kolnie",
    "przewoźnicy i gospodarstwa rolne",
    "uczniowie",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: false },
  scope: [
    "przebudowa 18,2 km drogi powiatowej z poszerzeniem do 6 m i wzmocnieniem nawierzchni",
    "przebudowa 4,2 km drogi gminnej w gminie Jedwabne",
    "chodniki i ciągi pieszo-rowerowe w miejscowościach (5,6 km), przejścia dla pieszych z doświetleniem",
  ],
  indicators: [
    output("Długość przebudowanych dróg", "km", 0, 22.4, 2028, "protokół odbioru"),
    output("Długość chodników i ciągów pieszo-rowerowych", "km", 0, 5.6, 2028, "protokół odbioru"),
    result("Czas przejazdu Jedwabne – Kolno", "min", 38, 27, 2029, "pomiar ZDP"),
    result("Wypadki z udziałem pieszych na odcinku", "szt./rok", 4, 1, 2030, "Komenda Powiatowa Policji"),
  ],
  costs: {
    total: 31_200_000,
    eligible: 30_000_000,
    ownContributions: [
      { teryt: "2006", amount: 9_000_000 },
      { teryt: "2006053", amount: 1_800_000 },
      { teryt: "2007013", amount: 1_500_000 },
      { teryt: "2006032", amount: 900_000 },
    ],
  },
  funding: [
    { source: "Rządowy Fundusz Rozwoju Dróg", measure: "zadania powiatowe i gminne — nabór 2027", amount: 18_000_000 },
  ],
  start: "2027-03-01",
  end: "2028-11-30",
  risks: [
    risk("Wzrost cen asfaltu i paliw", "medium", "high", "waloryzacja w umowie, rezerwa w WPF powiatu"),
    risk("Niższe od zakładanego dofinansowanie z RFRD", "medium", "high", "podział na dwa etapy z osobnymi wnioskami"),
  ],
  status: "ready",
  maturity: {
    level: 4,
    evidence: [
      evidence(1, "Uchwała rady partnerstwa wpisująca projekt do pakietu", "2025-10-08", `${BIP}/partnerstwo/uchwala-rady-partnerstwa-nr-2-2025`),
      evidence(2, "Analiza wykonalności i ruchu drogowego", "2026-01-30", `${BIP}/zdp/analiza-ruchu-kolno-stawiski-jedwabne`),
      evidence(3, "Koncepcja programowa przebudowy", "2026-04-17", `${BIP}/zdp/koncepcja-programowa-kolno-stawiski`),
      evidence(4, "Projekt budowlany i decyzja o zezwoleniu na realizację inwestycji drogowej (ZRID)", "2026-10-02", `${BIP}/zdp/decyzja-zrid-kolno-stawiski-2026`),
    ],
  },
  schedule: [
    milestone("wniosek", "Wniosek o dofinansowanie z RFRD", "2027-03-01", "2006"),
    task("przetarg", "Przetarg na roboty", "2027-04-15", "2027-06-30", "2006", ["wniosek"]),
    task("etap1", "Roboty: odcinek Kolno – Stawiski", "2027-07-05", "2028-06-30", "2006", ["przetarg"]),
    task("etap2", "Roboty: droga gminna w gminie Jedwabne", "2028-04-03", "2028-10-31", "2007013", ["przetarg"]),
    milestone("odbior", "Odbiór i rozliczenie", "2028-11-30", "2006", ["etap1","etap2"]),
  ],
  description: doc(
    p(
      "Przebudowa jednego ciągu komunikacyjnego łączącego trzy ośrodki partnerstwa. Powiat przebudowuje swoją " +
        "drogę, a gmina Jedwabne — odcinek gminny w swoim obszarze, tak aby cała trasa miała ten sam standard.",
    ),
    p(
      "Rada partnerstwa wybrała ten projekt w głosowaniu jako projekt flagowy: jest najbardziej dojrzały (projekt " +
        "budowlany i decyzja ZRID) i łączy gminy obu powiatów.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Wariant z poszerzeniem w istniejącym pasie drogowym; wykupy gruntów ograniczone do 2,1 ha przy skrzyżowaniach.",
      ),
    ),
    legal: doc(
      p(
        "Decyzja ZRID ostateczna od października 2026 r.; porozumienie powiatu z gminą Jedwabne o wspólnej realizacji zawarte.",
      ),
    ),
    financial: doc(
      p(
        "Wkład własny powiatu (9,0 mln zł) wpisany do WPF na lata 2027–2028; gminy partnerskie pokrywają koszt odcinków i chodników na swoim terenie.",
      ),
    ),
  }),
};
