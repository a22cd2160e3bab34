/** Ziemia Wysokomazowiecka: the project fiche „zw-szlak-nurca-narwi” (shape: DemoProject). */
import { doc, h3, p } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1 } from "./common";

export const zwSzlakNurcaNarwi: DemoProject = {
  key: "zw-szlak-nurca-narwi",
  partnership: PARTNERSHIP,
  title: "Szlak rowerowy „Od Nurca do Narwi”",
  type: "complementary",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.3.1", title: "Szlaki rowerowe i kajakowe w dolinach Narwi i Nurca" },
  leadTeryt: "2013023",
  partnerTeryts: ["2013042", "2013102", "2013052"],
  otherPartners: [
    "Narwiański Park Narodowy",
    "Muzeum Rolnictwa im. ks. Krzysztofa Kluka w Ciechanowcu",
    "lokalna grupa działania obszaru",
  ],
  location: "Ciechanowiec – Klukowo – gmina Wysokie Mazowieckie – Kurowo (gm. Kobylin-Borzymy), 64 km",
  problem:
    "Turyści odwiedzający Muzeum Rolnictwa w Ciechanowcu i Narwiański Park Narodowy zatrzymują się na jeden dzień, " +
    "bo obu miejsc nie łączy żadna trasa, a na drogach powiatowych nie ma bezpiecznego ruchu rowerowego — także " +
    "dla mieszkańców dojeżdżających do szkół i pracy.",
  targetGroups: [
    "turyści rowerowi i kajakarze",
    "mieszkańcy dojeżdżający rowerem do szkół i pracy",
    "gospodarstwa agroturystyczne i lokalni usługodawcy",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "wyznaczenie i oznakowanie 64 km szlaku, w tym budowa 18 km drogi dla rowerów wzdłuż dróg powiatowych",
    "cztery miejsca odpoczynku z wiatami i stojakami, dwie przystanie kajakowe na Nurcu",
    "punkty informacji przy Muzeum Rolnictwa i w Kurowie",
    "mapa i przewodnik cyfrowy po szlaku",
  ],
  indicators: [
    output("Długość wybudowanych dróg dla rowerów", "km", 0, 18, 2029, "protokół odbioru robót"),
    output("Długość oznakowanego szlaku", "km", 0, 64, 2029, "inwentaryzacja oznakowania"),
    result("Przejazdy zarejestrowane przez liczniki na szlaku", "przejazdy/rok", 0, 25000, 2030, "liczniki ruchu rowerowego"),
    result("Noclegi udzielone w gminach szlaku", "szt./rok", 3900, 5500, 2030, "GUS BDL"),
  ],
  costs: {
    total: 9_300_000,
    eligible: 8_100_000,
    ownContributions: [
      { teryt: "2013023", amount: 900_000 },
      { teryt: "2013042", amount: 620_000 },
      { teryt: "2013102", amount: 700_000 },
      { teryt: "2013052", amount: 600_000 },
    ],
  },
  funding: [
    {
      source: "FEP 2021–2027",
      measure: "instrument terytorialny dla partnerstw JST — turystyka i kultura",
      amount: 6_480_000,
    },
  ],
  start: "2027-03-01",
  end: "2029-09-28",
  risks: [
    risk("Brak zgody właścicieli gruntów na przebieg drogi dla rowerów poza pasem drogowym", "medium", "medium", "prowadzenie szlaku w pasach dróg powiatowych i po drogach gminnych o małym ruchu"),
    risk("Ograniczenia w obszarze Narwiańskiego Parku Narodowego", "low", "medium", "przebieg uzgodniony z parkiem na etapie koncepcji; w granicach parku tylko oznakowanie istniejących dróg"),
  ],
  status: "idea",
  maturity: {
    level: 1,
    evidence: [
      evidence(1, "Koncepcja przebiegu szlaku i szacunek kosztów, uzgodnione z Narwiańskim Parkiem Narodowym", "2026-06-18", "https://bip.ciechanowiec.pl/ogloszenia/2026/koncepcja-szlaku-od-nurca-do-narwi"),
    ],
  },
  schedule: [
    task("koncepcja", "Przebieg szlaku i uzgodnienia z zarządcami dróg i parkiem narodowym", "2027-03-01", "2027-07-30", "2013023"),
    task("projekt", "Dokumentacja projektowa dróg dla rowerów", "2027-08-02", "2028-02-29", "2013023", ["koncepcja"]),
    milestone("wniosek", "Złożenie wniosku o dofinansowanie", "2028-03-31", "2013023", ["projekt"]),
    task("budowa", "Budowa odcinków drogi dla rowerów", "2028-06-01", "2029-06-29", "2013023", ["wniosek"]),
    task("oznakowanie", "Oznakowanie szlaku, miejsca odpoczynku i przystanie", "2029-04-02", "2029-08-31", "2013052", ["wniosek"]),
    milestone("otwarcie", "Otwarcie szlaku", "2029-09-28", "2013023", ["budowa","oznakowanie"]),
  ],
  description: doc(
    p(
      "Szlak połączy dwa najważniejsze miejsca turystyczne obszaru — Muzeum Rolnictwa w Ciechanowcu na południu i " +
        "Narwiański Park Narodowy w Kurowie na północy — prowadząc przez doliny Nurca, Ślini i Narwi oraz wsie z " +
        "zabytkowymi kościołami i gospodarstwami agroturystycznymi.",
    ),
    p(
      "Nowe odcinki dróg dla rowerów wzdłuż dróg powiatowych posłużą także mieszkańcom: uczniom dojeżdżającym do " +
        "szkół w Ciechanowcu i Wysokiem Mazowieckiem oraz pracownikom zakładów w mieście.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      h3("Wariant wybrany do dalszych prac"),
      p(
        "Przeanalizowano trzy warianty przebiegu. Wybrano wariant wykorzystujący w 72% istniejące drogi o małym " +
          "ruchu; nowe drogi dla rowerów (18 km) powstaną tylko tam, gdzie natężenie ruchu przekracza 1 500 pojazdów " +
          "na dobę. Nawierzchnia bitumiczna, szerokość 2,5 m.",
      ),
    ),
  }),
};
