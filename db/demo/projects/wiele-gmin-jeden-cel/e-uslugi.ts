/** „Wiele gmin – jeden cel”: the project fiche „wgjc-e-uslugi” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS4, BIP } from "./common";

export const wgjcEUslugi: DemoProject = {
  key: "wgjc-e-uslugi",
  partnership: PARTNERSHIP,
  title: "Wspólny geoportal i e-usługi partnerstwa",
  type: "complementary",
  area: "institutional",
  goal: CS4,
  direction: { code: "K4.1", title: "Wspólne usługi administracyjne i cyfrowe" },
  leadTeryt: "2006011",
  partnerTeryts: ["2006", "2006022", "2006032", "2006042", "2006053", "2006062", "2007013"],
  otherPartners: ["Główny Urząd Geodezji i Kartografii (usługi danych przestrzennych)"],
  location: "cały obszar partnerstwa",
  problem:
    "Gminy prowadzą plany, ewidencje i rejestry w różnych systemach; mieszkańcy i inwestorzy nie mają jednego miejsca, by sprawdzić przeznaczenie działki lub złożyć wniosek.",
  targetGroups: ["mieszkańcy", "inwestorzy", "pracownicy urzędów"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: false },
  scope: [
    "wspólny geoportal z planami ogólnymi i miejscowymi",
    "10 e-usług na platformie ePUAP",
    "szkolenia pracowników i cyberbezpieczeństwo",
  ],
  indicators: [
    output("Uruchomione e-usługi", "szt.", 0, 10, 2028, "rejestr usług"),
    result("Sprawy załatwione elektronicznie", "szt./rok", 900, 6000, 2029, "systemy EZD gmin"),
  ],
  costs: {
    total: 2_400_000,
    eligible: 2_400_000,
    ownContributions: [
      { teryt: "2006", amount: 108_000 },
      ...["2006011", "2006022", "2006032", "2006042", "2006053", "2006062", "2007013"].map((teryt) => ({
        teryt,
        amount: 36_000,
      })),
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "cyfryzacja usług publicznych", amount: 2_040_000 }],
  start: "2027-09-01",
  end: "2028-12-29",
  risks: [
    risk("Niska dostępność informatyków w małych gminach", "high", "medium", "wspólny informatyk partnerstwa zatrudniony w starostwie"),
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      evidence(1, "Koncepcja i szacunek kosztów przyjęte przez grupę roboczą", "2026-10-21", `${BIP}/partnerstwo/koncepcja-e-uslugi`),
    ],
  },
  schedule: [
    task("zamowienie", "Zamówienie systemu i migracja danych", "2027-09-01", "2028-03-31", "2006"),
    task("uslugi", "Wdrożenie e-usług i szkolenia", "2028-04-03", "2028-11-30", "2006", ["zamowienie"]),
    milestone("start", "Uruchomienie geoportalu", "2028-12-29", "2006", ["uslugi"]),
  ],
  description: doc(
    p("Jeden geoportal i jeden zestaw e-usług dla ośmiu samorządów, utrzymywany wspólnie przez powiat."),
  ),
  feasibility: feasibility({
    technical: doc(
      p("Rozwiązanie w chmurze z usługami WMS/WFS zgodnymi z INSPIRE; integracja z ePUAP i systemami EZD gmin."),
    ),
  }),
};
