/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-biebrzanski-szlak-rowerowy” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1 } from "./common";

export const abptSzlak: DemoProject = {
  key: "abpt-biebrzanski-szlak-rowerowy",
  partnership: PARTNERSHIP,
  title: "Biebrzański szlak rowerowy z połączeniem do trasy Green Velo",
  type: "strategic",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.1", title: "Sieć szlaków rowerowych i wodnych łącząca gminy obszaru" },
  leadTeryt: "2008013",
  partnerTeryts: ["2001072", "2001043", "2011013", "2011093"],
  otherPartners: [
    "Biebrzański Park Narodowy",
    "Regionalna Dyrekcja Ochrony Środowiska w Białymstoku",
    "Podlaska Regionalna Organizacja Turystyczna",
  ],
  location:
    "Goniądz – Osowiec-Twierdza – Sztabin – Lipsk – Dąbrowa Białostocka – Suchowola, 96 km wzdłuż doliny Biebrzy",
  problem:
    "Gminy doliny Biebrzy mają 9% miejsc noclegowych obszaru, choć park narodowy przyciąga 50 tys. osób rocznie. " +
    "Brakuje trasy, która zatrzymałaby turystów na kilka dni i połączyła dolinę z Augustowem i trasą Green Velo.",
  targetGroups: [
    "turyści rowerowi",
    "właściciele kwater i gospodarstw agroturystycznych",
    "mieszkańcy (dojazdy lokalne)",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "96 km szlaku, w tym 31 km nowych dróg dla rowerów poza obszarami najcenniejszymi przyrodniczo",
    "siedem miejsc obsługi rowerzystów i dwie wieże widokowe",
    "połączenie z trasą Green Velo w Dąbrowie Białostockiej i z Kanałem Augustowskim w Sztabinie",
  ],
  indicators: [
    {
      kind: "output",
      name: "Długość nowych dróg dla rowerów",
      unit: "km",
      baseline: 0,
      target: 31,
      year: 2029,
      source: "protokół odbioru",
    },
    {
      kind: "result",
      name: "Noclegi udzielone w gminach doliny Biebrzy",
      unit: "szt./rok",
      baseline: 38_000,
      target: 55_000,
      year: 2030,
      source: "GUS BDL",
    },
  ],
  costs: {
    total: 16_800_000,
    eligible: 14_500_000,
    ownContributions: [
      { teryt: "2008013", amount: 1_600_000 },
      { teryt: "2001072", amount: 1_200_000 },
      { teryt: "2001043", amount: 900_000 },
      { teryt: "2011013", amount: 900_000 },
      { teryt: "2011093", amount: 600_000 },
    ],
  },
  funding: [
    { source: "FEP 2021–2027", measure: "instrument terytorialny — turystyka zrównoważona", amount: 11_600_000 },
  ],
  start: "2027-04-01",
  end: "2029-10-31",
  risks: [
    {
      risk: "Ograniczenia ochrony przyrody w dolinie Biebrzy",
      probability: "medium",
      impact: "high",
      mitigation: "przebieg poza ostojami ptaków, uzgodniony z BPN i RDOŚ; ruch poza sezonem lęgowym",
    },
    {
      risk: "Brak zgody właścicieli gruntów",
      probability: "medium",
      impact: "medium",
      mitigation: "prowadzenie szlaku drogami publicznymi i wałami",
    },
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      {
        level: 1,
        what: "Koncepcja szlaku przyjęta przez radę partnerstwa",
        date: "2025-11-27",
        url: "https://bip.goniadz.pl/partnerstwo/2025/koncepcja-biebrzanskiego-szlaku",
      },
      {
        level: 2,
        what: "Analiza wykonalności z uzgodnieniem przebiegu z Biebrzańskim Parkiem Narodowym",
        date: "2026-07-10",
        url: "https://bip.goniadz.pl/inwestycje/2026/analiza-szlak-biebrzanski",
      },
    ],
  },
  schedule: [
    {
      key: "projekt",
      name: "Dokumentacja projektowa i decyzje środowiskowe",
      start: "2027-04-01",
      end: "2028-01-31",
      milestone: false,
      responsibleTeryt: "2008013",
      dependsOn: [],
    },
    {
      key: "wniosek",
      name: "Wniosek o dofinansowanie",
      start: "2028-02-29",
      end: "2028-02-29",
      milestone: true,
      responsibleTeryt: "2008013",
      dependsOn: ["projekt"],
    },
    {
      key: "budowa",
      name: "Budowa dróg dla rowerów i miejsc obsługi",
      start: "2028-06-01",
      end: "2029-08-31",
      milestone: false,
      responsibleTeryt: "2008013",
      dependsOn: ["wniosek"],
    },
    {
      key: "otwarcie",
      name: "Otwarcie szlaku",
      start: "2029-10-31",
      end: "2029-10-31",
      milestone: true,
      responsibleTeryt: "2008013",
      dependsOn: ["budowa"],
    },
  ],
  description: doc(
    p(
      "Szlak poprowadzi wzdłuż doliny Biebrzy z Goniądza do Suchowoli, łącząc gminy trzech powiatów i dwie " +
        "najważniejsze trasy regionu: Green Velo i szlak Kanału Augustowskiego.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Przebieg w 67% po istniejących drogach o małym ruchu i wałach przeciwpowodziowych; nowe odcinki o nawierzchni mineralno-żywicznej.",
      ),
    ),
    legal: doc(
      p("Wymagane decyzje o środowiskowych uwarunkowaniach dla odcinków w obszarze Natura 2000 „Ostoja Biebrzańska”."),
    ),
  }),
};
