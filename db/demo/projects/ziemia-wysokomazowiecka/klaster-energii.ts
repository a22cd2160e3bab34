/** Ziemia Wysokomazowiecka: the project fiche „zw-klaster-energii” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS3 } from "./common";

export const zwKlasterEnergii: DemoProject = {
  key: "zw-klaster-energii",
  partnership: PARTNERSHIP,
  title: "Klaster energii Ziemi Wysokomazowieckiej z biogazowniami rolniczymi",
  type: "strategic",
  area: "environmental",
  goal: CS3,
  direction: { code: "K3.2.1", title: "Biogazownie rolnicze i klaster energii" },
  leadTeryt: "2013093",
  partnerTeryts: ["2013082", "2013072", "2013042", "2013062"],
  otherPartners: [
    "spółdzielnia energetyczna rolników (w organizacji)",
    "Podlaski Ośrodek Doradztwa Rolniczego w Szepietowie",
    "operator systemu dystrybucyjnego",
  ],
  location: "biogazownie w gminach Szepietowo i Sokoły, sieć ciepłownicza w Szepietowie; klaster obejmuje pięć gmin",
  problem:
    "Gnojowica i obornik z gospodarstw o najwyższej w kraju obsadzie bydła trafiają na pola w nadmiarze i " +
    "zanieczyszczają Ślinę i Nurzec. Jednocześnie gminy i rolnicy płacą coraz więcej za energię, a budynki " +
    "publiczne w Szepietowie ogrzewa kotłownia węglowa.",
  targetGroups: ["rolnicy — hodowcy bydła", "gminy i ich budynki publiczne", "mieszkańcy Szepietowa (ciepło sieciowe)"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "dwie biogazownie rolnicze o mocy po 1 MWe z kogeneracją, zasilane gnojowicą, obornikiem i odpadami przetwórstwa",
    "sieć ciepłownicza w Szepietowie (2,4 km) zasilająca szkoły, urząd i bloki mieszkalne",
    "zagospodarowanie pofermentu jako nawozu zgodnie z planem nawożenia",
    "porozumienie klastra energii i wspólny system zarządzania energią w budynkach gmin",
  ],
  indicators: [
    output("Moc zainstalowana biogazowni", "MWe", 0, 2, 2029, "koncesja URE"),
    output("Długość sieci ciepłowniczej", "km", 0, 2.4, 2029, "protokół odbioru"),
    result("Produkcja energii elektrycznej", "MWh/rok", 0, 15800, 2030, "sprawozdania operatora do URE"),
    result("Nawozy naturalne zagospodarowane w biogazowniach", "t/rok", 0, 72000, 2030, "ewidencja operatora"),
    result("Ograniczenie emisji CO₂", "t/rok", 0, 9500, 2030, "audyt ex post"),
  ],
  costs: {
    total: 46_500_000,
    eligible: 38_000_000,
    ownContributions: [
      { teryt: "2013093", amount: 1_500_000 },
      { teryt: "2013082", amount: 1_000_000 },
      { teryt: "2013072", amount: 700_000 },
      { teryt: "2013042", amount: 700_000 },
      { teryt: "2013062", amount: 600_000 },
    ],
  },
  funding: [
    { source: "NFOŚiGW", measure: "program priorytetowy „Energia dla wsi” — dotacja", amount: 14_000_000 },
    {
      source: "NFOŚiGW",
      measure: "program priorytetowy „Energia dla wsi” — pożyczka dla spółdzielni",
      amount: 14_000_000,
    },
    { source: "FEP 2021–2027", measure: "efektywność energetyczna — sieci ciepłownicze", amount: 5_000_000 },
    { source: "Środki prywatne", measure: "wkład członków spółdzielni energetycznej", amount: 9_000_000 },
  ],
  start: "2027-01-04",
  end: "2029-12-31",
  risks: [
    risk("Sprzeciw mieszkańców wobec lokalizacji biogazowni", "high", "high", "lokalizacje co najmniej 500 m od zabudowy, spotkania informacyjne przed decyzją środowiskową, wizyta w działającej biogazowni"),
    risk("Brak warunków przyłączenia do sieci elektroenergetycznej", "medium", "high", "wczesny wniosek o warunki, autokonsumpcja w klastrze, magazyn ciepła"),
    risk("Niedostateczny udział rolników w spółdzielni", "medium", "medium", "doradztwo ODR, umowy na dostawy substratu na 10 lat z gwarancją odbioru pofermentu"),
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      evidence(1, "Porozumienie o zawiązaniu klastra energii (list intencyjny pięciu gmin i 38 rolników) z koncepcją i szacunkiem kosztów", "2026-05-14", "https://bip.szepietowo.pl/ogloszenia/2026/porozumienie-klaster-energii-ziemi-wysokomazowieckiej"),
    ],
  },
  schedule: [
    task("spoldzielnia", "Powołanie spółdzielni energetycznej i porozumienie klastra", "2027-01-04", "2027-06-30", "2013093"),
    task("srodowisko", "Wybór lokalizacji i decyzje o środowiskowych uwarunkowaniach", "2027-02-01", "2027-12-31", "2013082"),
    task("przylacze", "Warunki przyłączenia do sieci", "2027-07-01", "2027-12-31", "2013093", ["spoldzielnia"]),
    milestone("wnioski", "Wnioski o finansowanie do NFOŚiGW i FEP", "2028-03-31", "2013093", ["srodowisko","przylacze"]),
    task("budowa", "Budowa biogazowni i sieci ciepłowniczej", "2028-06-01", "2029-10-31", "2013093", ["wnioski"]),
    milestone("rozruch", "Rozruch i koncesja", "2029-12-31", "2013093", ["budowa"]),
  ],
  description: doc(
    p(
      "Klaster energii zrzesza pięć gmin, rolników i przedsiębiorców z południowo-wschodniej części obszaru. Jego " +
        "trzonem będą dwie biogazownie, w których nawozy naturalne z gospodarstw i odpady przetwórstwa mleka " +
        "zamienią się w energię elektryczną i ciepło, a przefermentowana masa wróci na pola jako nawóz o mniejszej " +
        "uciążliwości zapachowej i lepiej przyswajalnym azocie.",
    ),
    p(
      "Projekt odpowiada jednocześnie na problem zanieczyszczenia wód, kosztów energii i niskiej emisji — dlatego " +
        "jest projektem strategicznym celu CS3. Biogazownie będą własnością spółdzielni energetycznej; gminy " +
        "wnoszą wkład w sieć ciepłowniczą i zapewniają odbiór ciepła w budynkach publicznych.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Dostępność substratu potwierdziła inwentaryzacja ODR: 38 gospodarstw w promieniu 10 km od lokalizacji " +
          "deklaruje dostawy ok. 72 tys. ton nawozów naturalnych rocznie, co wystarcza na dwie instalacje po 1 MWe. " +
          "Do rozstrzygnięcia pozostaje wybór technologii (fermentacja mokra lub sucha).",
      ),
    ),
  }),
};
