/** „Augustowsko-Biebrzański Park Turystyczny”: the project fiche „abpt-przystanie-kajakowe” (shape: DemoProject). */
import { doc, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS3 } from "./common";

export const abptPrzystanie: DemoProject = {
  key: "abpt-przystanie-kajakowe",
  partnership: PARTNERSHIP,
  title: "Sieć przystani kajakowych na Biebrzy, Nettcie i Kanale Augustowskim",
  type: "complementary",
  area: "environmental",
  goal: CS3,
  direction: { code: "K3.1", title: "Ukierunkowanie ruchu turystycznego i infrastruktura przyjazna przyrodzie" },
  leadTeryt: "2001072",
  partnerTeryts: ["2001022", "2001062", "2008013", "2001032"],
  otherPartners: ["Biebrzański Park Narodowy", "Państwowe Gospodarstwo Wodne Wody Polskie"],
  location: "dziewięć przystani na Biebrzy, Nettcie i Kanale Augustowskim",
  problem:
    "Kajakarze biwakują w przypadkowych miejscach, niszcząc brzegi i zostawiając odpady; brakuje miejsc wodowania i sanitariatów.",
  targetGroups: ["kajakarze", "wypożyczalnie sprzętu", "mieszkańcy miejscowości nadrzecznych"],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "dziewięć przystani z pomostami, sanitariatami i pojemnikami na odpady",
    "oznakowanie szlaku wodnego",
    "system limitowania spływów w okresie lęgowym",
  ],
  indicators: [
    output("Przystanie kajakowe", "szt.", 2, 9, 2028, "protokół odbioru"),
    result("Miejsca nielegalnego biwakowania zgłoszone przez straż parku", "szt./rok", 140, 40, 2029, "Biebrzański Park Narodowy"),
  ],
  costs: {
    total: 6_300_000,
    eligible: 5_800_000,
    ownContributions: [
      { teryt: "2001072", amount: 500_000 },
      { teryt: "2001022", amount: 400_000 },
      { teryt: "2001062", amount: 300_000 },
      { teryt: "2008013", amount: 260_000 },
      { teryt: "2001032", amount: 200_000 },
    ],
  },
  funding: [{ source: "FEP 2021–2027", measure: "ochrona przyrody i infrastruktura turystyczna", amount: 4_640_000 }],
  start: "2027-02-01",
  end: "2028-09-29",
  risks: [
    risk("Uzgodnienia wodnoprawne z Wodami Polskimi", "medium", "medium", "wnioski o zgody wodnoprawne złożone wraz z dokumentacją"),
  ],
  status: "preparation",
  maturity: {
    level: 3,
    evidence: [
      evidence(1, "Koncepcja sieci przystani przyjęta przez gminy", "2025-10-30", "https://bip.sztabin.pl/ogloszenia/2025/koncepcja-przystani"),
      evidence(2, "Analiza wykonalności i inwentaryzacja miejsc biwakowania", "2026-02-27", "https://bip.sztabin.pl/inwestycje/2026/analiza-przystani"),
      evidence(3, "Koncepcje architektoniczne i PFU przystani", "2026-09-11", "https://bip.sztabin.pl/inwestycje/2026/pfu-przystanie"),
    ],
  },
  schedule: [
    task("zgody", "Zgody wodnoprawne i pozwolenia", "2027-02-01", "2027-09-30", "2001072"),
    milestone("wniosek", "Wniosek o dofinansowanie", "2027-10-29", "2001072", ["zgody"]),
    task("budowa", "Budowa przystani", "2028-01-10", "2028-06-16", "2001072", ["wniosek"]),
    milestone("sezon", "Otwarcie przystani na sezon", "2028-06-19", "2001072", ["budowa"]),
  ],
  description: doc(
    p(
      "Dziewięć przystani ukierunkuje ruch kajakowy w miejsca do tego przygotowane i odciąży najcenniejsze brzegi Biebrzy.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Pomosty pływające z materiałów kompozytowych, sanitariaty bezodpływowe z systemem opróżniania; brak ingerencji w koryta rzek.",
      ),
    ),
    legal: doc(p("Wymagane zgody wodnoprawne i uzgodnienia z BPN dla czterech przystani w granicach parku.")),
    risks: doc(p("Główne ryzyko — terminy uzgodnień; łagodzone wczesnym złożeniem wniosków.")),
  }),
};
