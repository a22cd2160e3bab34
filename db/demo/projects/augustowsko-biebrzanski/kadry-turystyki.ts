/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-kadry-turystyki” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
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
    output("Osoby objęte szkoleniami", "os.", 0, 240, 2029, "rejestr uczestników"),
    result("Uczestnicy zatrudnieni po zakończeniu wsparcia", "%", 0, 45, 2029, "monitoring PUP"),
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
    risk("Mała liczba chętnych na staże poza sezonem", "medium", "medium", "stypendia stażowe i współpraca z obiektami całorocznymi"),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Koncepcja projektu przyjęta przez grupę roboczą", "2026-04-22", "https://bip.sokolka.pl/partnerstwo/2026/koncepcja-kadry-turystyki"),
      evidence(2, "Badanie potrzeb kadrowych pracodawców turystyki", "2026-10-16", "https://bip.sokolka.pl/partnerstwo/2026/badanie-potrzeb-kadrowych"),
    ],
  },
  schedule: [
    task("rekrutacja", "Rekrutacja uczestników", "2027-09-01", "2027-11-30", "2011083"),
    task("szkolenia", "Szkolenia i staże", "2027-12-01", "2029-06-29", "2011083", ["rekrutacja"]),
    milestone("podsumowanie", "Ocena efektywności zatrudnieniowej", "2029-08-31", "2011083", ["szkolenia"]),
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
