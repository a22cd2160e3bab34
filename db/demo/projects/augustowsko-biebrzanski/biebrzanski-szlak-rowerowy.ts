/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-biebrzanski-szlak-rowerowy” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
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
    output("Długość nowych dróg dla rowerów", "km", 0, 31, 2029, "protokół odbioru"),
    result("Noclegi udzielone w gminach doliny Biebrzy", "szt./rok", 38000, 55000, 2030, "GUS BDL"),
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
    risk("Ograniczenia ochrony przyrody w dolinie Biebrzy", "medium", "high", "przebieg poza ostojami ptaków, uzgodniony z BPN i RDOŚ; ruch poza sezonem lęgowym"),
    risk("Brak zgody właścicieli gruntów", "medium", "medium", "prowadzenie szlaku drogami publicznymi i wałami"),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Koncepcja szlaku przyjęta przez radę partnerstwa", "2025-11-27", "https://bip.goniadz.pl/partnerstwo/2025/koncepcja-biebrzanskiego-szlaku"),
      evidence(2, "Analiza wykonalności z uzgodnieniem przebiegu z Biebrzańskim Parkiem Narodowym", "2026-07-10", "https://bip.goniadz.pl/inwestycje/2026/analiza-szlak-biebrzanski"),
    ],
  },
  schedule: [
    task("projekt", "Dokumentacja projektowa i decyzje środowiskowe", "2027-04-01", "2028-01-31", "2008013"),
    milestone("wniosek", "Wniosek o dofinansowanie", "2028-02-29", "2008013", ["projekt"]),
    task("budowa", "Budowa dróg dla rowerów i miejsc obsługi", "2028-06-01", "2029-08-31", "2008013", ["wniosek"]),
    milestone("otwarcie", "Otwarcie szlaku", "2029-10-31", "2008013", ["budowa"]),
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
