/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-szlak-tatarski” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1 } from "./common";

export const abptSzlakTatarski: DemoProject = {
  key: "abpt-szlak-tatarski",
  partnership: PARTNERSHIP,
  title: "Szlak Tatarski Kruszyniany – Bohoniki: ochrona i udostępnienie dziedzictwa",
  type: "complementary",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.2", title: "Produkty turystyczne oparte na wielokulturowym dziedzictwie" },
  leadTeryt: "2011043",
  partnerTeryts: ["2011083", "2011102"],
  otherPartners: [
    "Muzułmański Związek Religijny w RP (gminy wyznaniowe w Kruszynianach i Bohonikach)",
    "Wojewódzki Konserwator Zabytków",
  ],
  location: "Kruszyniany (gm. Krynki), Bohoniki (gm. Sokółka), Szudziałowo",
  problem:
    "Miejsca dziedzictwa Tatarów polskich przyjmują coraz więcej gości, ale brakuje parkingów, informacji i zaplecza, a ruch zagraża zabytkom.",
  targetGroups: ["turyści", "społeczność tatarska i mieszkańcy wsi", "lokalni przedsiębiorcy (gastronomia, noclegi)"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "parkingi i ścieżki dojścia",
    "centrum interpretacji dziedzictwa w Kruszynianach",
    "oznakowanie szlaku łączącego trzy gminy",
  ],
  indicators: [
    output("Obiekty infrastruktury turystycznej", "szt.", 0, 5, 2029, "protokół odbioru"),
    result("Odwiedzający centrum interpretacji", "os./rok", 0, 30000, 2030, "rejestr centrum"),
  ],
  costs: {
    total: 4_700_000,
    eligible: 4_200_000,
    ownContributions: [
      { teryt: "2011043", amount: 650_000 },
      { teryt: "2011083", amount: 500_000 },
      { teryt: "2011102", amount: 190_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "instrument terytorialny — kultura i turystyka", amount: 3_360_000 }],
  start: "2027-05-04",
  end: "2029-09-28",
  risks: [
    risk("Wymogi konserwatorskie w otoczeniu zabytkowych meczetów", "medium", "medium", "uzgodnienia z konserwatorem i gminami wyznaniowymi na etapie koncepcji"),
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      evidence(1, "Koncepcja szlaku uzgodniona z gminami wyznaniowymi", "2026-09-24", "https://bip.krynki.pl/ogloszenia/2026/koncepcja-szlaku-tatarskiego"),
    ],
  },
  schedule: [
    task("koncepcja", "Koncepcja i uzgodnienia konserwatorskie", "2027-05-04", "2027-12-17", "2011043"),
    task("projekt", "Dokumentacja projektowa", "2028-01-03", "2028-06-30", "2011043", ["koncepcja"]),
    task("budowa", "Budowa parkingów, ścieżek i centrum interpretacji", "2028-09-01", "2029-08-31", "2011043", ["projekt"]),
    milestone("otwarcie", "Otwarcie centrum interpretacji", "2029-09-28", "2011043", ["budowa"]),
  ],
  description: doc(
    p(
      "Szlak udostępni dziedzictwo Tatarów polskich tak, by ruch turystyczny służył mieszkańcom i nie zagrażał zabytkom.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Centrum interpretacji w budynku dawnej szkoły w Kruszynianach; parkingi poza strefą ochrony konserwatorskiej.",
      ),
    ),
  }),
};
