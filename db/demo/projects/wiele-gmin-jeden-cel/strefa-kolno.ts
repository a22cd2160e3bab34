/** „Wiele gmin – jeden cel”: the project fiche „wgjc-strefa-kolno” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1 } from "./common";

export const wgjcStrefa: DemoProject = {
  key: "wgjc-strefa-kolno",
  partnership: PARTNERSHIP,
  title: "Strefa aktywności gospodarczej w Kolnie",
  type: "strategic",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.1", title: "Tereny inwestycyjne i wsparcie przetwórstwa rolno-spożywczego" },
  leadTeryt: "2006011",
  partnerTeryts: ["2006032"],
  otherPartners: ["Suwalska Specjalna Strefa Ekonomiczna S.A.", "Cech Rzemiosł Różnych w Kolnie"],
  location: "Kolno, tereny przy obwodnicy (DK 63) na granicy miasta i gminy wiejskiej Kolno",
  problem:
    "Miasto nie ma terenów dla inwestorów; firmy z branży spożywczej i usług dla rolnictwa rozbudowują się poza " +
    "obszarem, a absolwenci szkół w Kolnie wyjeżdżają do Łomży i Białegostoku.",
  targetGroups: ["małe i średnie przedsiębiorstwa", "mieszkańcy szukający pracy"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: false, severalPotentials: true },
  scope: [
    "uzbrojenie 24 ha terenów",
    "droga wewnętrzna 0,9 km ze skrzyżowaniem z DK 63",
    "inkubator dla małych firm (hala 1 200 m²)",
  ],
  indicators: [
    output("Powierzchnia uzbrojonych terenów", "ha", 0, 24, 2029, "protokół odbioru"),
    result("Firmy działające w strefie i inkubatorze", "szt.", 0, 12, 2031, "urząd miasta"),
  ],
  costs: {
    total: 14_500_000,
    eligible: 12_000_000,
    ownContributions: [
      { teryt: "2006011", amount: 3_700_000 },
      { teryt: "2006032", amount: 1_200_000 },
    ],
  },
  funding: [
    {
      source: "FEP 2021–2027",
      measure: "instrument terytorialny dla partnerstw JST — tereny inwestycyjne",
      amount: 9_600_000,
    },
  ],
  start: "2027-06-01",
  end: "2029-10-31",
  risks: [
    risk("Długa procedura zmiany planu miejscowego w gminie wiejskiej", "medium", "medium", "uchwała o przystąpieniu do zmiany planu podjęta w 2026 r."),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Uchwała Rady Miejskiej w Kolnie o przygotowaniu terenów inwestycyjnych", "2025-12-18", "https://bip.kolno.pl/uchwaly/2025/uchwala-nr-xxi-164-2025"),
      evidence(2, "Analiza chłonności terenów i wykonalności uzbrojenia", "2026-06-26", "https://bip.kolno.pl/inwestycje/2026/analiza-strefa-aktywnosci"),
    ],
  },
  schedule: [
    task("plan", "Zmiana planu miejscowego", "2027-06-01", "2028-01-31", "2006032"),
    task("projekt", "Dokumentacja projektowa", "2027-06-01", "2028-02-29", "2006011"),
    milestone("wniosek", "Wniosek o dofinansowanie", "2028-03-31", "2006011", ["plan","projekt"]),
    task("roboty", "Uzbrojenie terenów i budowa inkubatora", "2028-07-03", "2029-09-28", "2006011", ["wniosek"]),
    milestone("odbior", "Odbiór i udostępnienie terenów", "2029-10-31", "2006011", ["roboty"]),
  ],
  description: doc(
    p(
      "Pierwsza w powiecie kolneńskim uzbrojona strefa dla inwestorów, z inkubatorem dla małych firm rzemieślniczych i usługowych.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Tereny płaskie, dostęp do sieci wodociągowej i kanalizacyjnej w odległości 400 m; wymagana stacja transformatorowa.",
      ),
    ),
  }),
};
