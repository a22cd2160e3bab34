/** Ziemia Wysokomazowiecka: the project fiche „zw-centrum-ksztalcenia” (shape: DemoProject). */
import { doc, p, ul } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS2 } from "./common";

export const zwCentrumKsztalcenia: DemoProject = {
  key: "zw-centrum-ksztalcenia",
  partnership: PARTNERSHIP,
  title: "Branżowe Centrum Umiejętności Rolno-Spożywczych w Wysokiem Mazowieckiem",
  type: "strategic",
  area: "social",
  goal: CS2,
  direction: { code: "K2.1.1", title: "Branżowe centrum kształcenia zawodowego rolno-spożywczego" },
  leadTeryt: "2013011",
  partnerTeryts: ["2013", "2013093", "2013023"],
  otherPartners: [
    "SM Mlekovita i inni pracodawcy branży spożywczej (praktyki, staże, doradztwo przy wyposażeniu)",
    "Podlaski Ośrodek Doradztwa Rolniczego w Szepietowie",
    "Powiatowy Urząd Pracy w Wysokiem Mazowieckiem",
  ],
  location:
    "Wysokie Mazowieckie — budynek warsztatów szkolnych zespołu szkół zawodowych; filie pracowni w Szepietowie i Ciechanowcu",
  problem:
    "Pracodawcy branży spożywczej i rolniczej nie mogą znaleźć techników technologii żywności, mechaników i " +
    "operatorów maszyn, a pracownie w szkołach powiatu mają sprzęt sprzed dwudziestu lat. Każda szkoła organizuje " +
    "praktyki osobno, więc mniej niż połowa uczniów odbywa je u pracodawców z obszaru.",
  targetGroups: [
    "uczniowie techników i szkół branżowych powiatu",
    "pracownicy firm branży spożywczej podnoszący kwalifikacje",
    "osoby bezrobotne i rolnicy zmieniający zawód (kursy z PUP)",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "rozbudowa i przebudowa budynku warsztatów szkolnych (1 450 m²) wraz z termomodernizacją",
    "siedem pracowni: technologii żywności z mini-mleczarnią, laboratorium mikrobiologiczne, agrotronika, " +
      "diagnostyka pojazdów, automatyka przemysłowa, spawalnia, pracownia weterynaryjna",
    "wspólny dla trzech szkół system praktyk i staży u pracodawców",
    "kursy kwalifikacyjne i umiejętności dla dorosłych",
  ],
  indicators: [
    output("Wyposażone pracownie zawodowe", "szt.", 0, 7, 2028, "protokoły odbioru"),
    output("Powierzchnia rozbudowanego i przebudowanego budynku", "m²", 0, 1450, 2028, "protokół odbioru robót"),
    result("Uczniowie korzystający z centrum w ciągu roku", "os.", 0, 620, 2029, "System Informacji Oświatowej"),
    result("Dorośli, którzy uzyskali kwalifikacje lub certyfikat", "os./rok", 0, 120, 2029, "rejestr centrum"),
    result("Uczniowie odbywający praktyki u pracodawców z obszaru", "%", 46, 80, 2029, "starostwo (SIO)"),
  ],
  costs: {
    total: 12_800_000,
    eligible: 11_900_000,
    ownContributions: [
      { teryt: "2013", amount: 2_085_000 },
      { teryt: "2013011", amount: 200_000 },
      { teryt: "2013093", amount: 200_000 },
      { teryt: "2013023", amount: 200_000 },
    ],
  },
  funding: [
    { source: "FEP 2021–2027", measure: "EFRR — infrastruktura kształcenia zawodowego", amount: 8_500_000 },
    { source: "FEP 2021–2027", measure: "EFS+ — kształcenie zawodowe i ustawiczne", amount: 1_615_000 },
  ],
  start: "2026-09-01",
  end: "2028-12-29",
  risks: [
    risk("Brak wykonawcy w przetargu na roboty lub oferty powyżej budżetu", "medium", "medium", "kosztorys zaktualizowany w 2026 r., przetarg z opcją, możliwość zwiększenia wkładu powiatu"),
    risk("Niewystarczająca liczba instruktorów praktycznej nauki zawodu", "medium", "medium", "umowy z pracodawcami o oddelegowaniu specjalistów, szkolenia nauczycieli w firmach"),
  ],
  status: "ready",
  maturity: {
    level: 4,
    evidence: [
      evidence(1, "Uchwała Rady Powiatu w sprawie przystąpienia do przygotowania projektu", "2025-10-23", "https://bip.wysokomazowiecki.pl/uchwaly-rady-powiatu/2025/uchwala-nr-xxiii-151-2025"),
      evidence(2, "Studium wykonalności centrum kształcenia zawodowego", "2026-02-12", "https://bip.wysokomazowiecki.pl/zamowienia/2026/studium-wykonalnosci-bcu"),
      evidence(3, "Koncepcja architektoniczna i program funkcjonalno-użytkowy", "2026-04-28", "https://bip.wysokomazowiecki.pl/zamowienia/2026/koncepcja-bcu-wysokie-mazowieckie"),
      evidence(4, "Projekt budowlany i ostateczna decyzja o pozwoleniu na budowę", "2026-10-09", "https://bip.wysokomazowiecki.pl/inwestycje/2026/pozwolenie-na-budowe-bcu"),
    ],
  },
  schedule: [
    task("wykonawczy", "Projekt wykonawczy i kosztorysy inwestorskie", "2026-09-01", "2026-12-18", "2013"),
    milestone("wniosek", "Złożenie wniosku o dofinansowanie", "2027-01-29", "2013", ["wykonawczy"]),
    task("przetarg", "Przetarg na roboty budowlane", "2027-04-01", "2027-06-30", "2013", ["wniosek"]),
    task("budowa", "Rozbudowa i przebudowa budynku", "2027-07-05", "2028-06-30", "2013", ["przetarg"]),
    task("wyposazenie", "Zakup i montaż wyposażenia pracowni", "2028-03-01", "2028-08-14", "2013", ["przetarg"]),
    task("praktyki", "Wspólny system praktyk i kursów z pracodawcami", "2027-09-01", "2028-12-29", "2013093", ["wniosek"]),
    milestone("otwarcie", "Otwarcie centrum", "2028-09-01", "2013", ["budowa","wyposazenie"]),
  ],
  description: doc(
    p(
      "Centrum skupi w jednym miejscu nowoczesne pracownie dla trzech szkół zawodowych powiatu i kursy dla dorosłych. " +
        "Powstanie w rozbudowanym budynku warsztatów szkolnych w Wysokiem Mazowieckiem; szkoły w Szepietowie i " +
        "Ciechanowcu będą korzystać z niego w ramach wspólnego planu zajęć i dowozu uczniów.",
    ),
    p(
      "Program pracowni ustalono z pracodawcami: mini-mleczarnia i laboratorium odpowiadają potrzebom " +
        "przetwórstwa mleka, pracownie agrotroniki i diagnostyki — serwisom maszyn rolniczych. Pracodawcy " +
        "zobowiązali się przyjmować uczniów na praktyki i oddelegować specjalistów do prowadzenia zajęć.",
    ),
    p(
      "Po godzinach lekcyjnych centrum prowadzi kursy kwalifikacyjne dla dorosłych, w tym dla rolników " +
        "zmieniających zawód, finansowane z EFS+ i ze środków PUP.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Budynek warsztatów (1962 r.) ma dobry stan konstrukcji; ekspertyza dopuściła nadbudowę o jedną " +
          "kondygnację. Rozbudowa obejmuje łącznik z halą warsztatową, windę i termomodernizację do standardu " +
          "budynku o niemal zerowym zużyciu energii.",
      ),
    ),
    legal: doc(
      p(
        "Powiat jest właścicielem nieruchomości. Uzyskano ostateczną decyzję o pozwoleniu na budowę; przedsięwzięcie " +
          "nie wymaga decyzji o środowiskowych uwarunkowaniach. Pomoc publiczna nie występuje — kursy dla dorosłych " +
          "są prowadzone nieodpłatnie w ramach projektu EFS+.",
      ),
    ),
    institutional: doc(
      p(
        "Beneficjentem jest Powiat Wysokomazowiecki. Centrum będzie działać jako wyodrębniona jednostka zespołu " +
          "szkół; radę programową tworzą dyrektorzy szkół, przedstawiciele pracodawców i PUP.",
      ),
    ),
    financial: doc(
      p(
        "Koszty utrzymania centrum (ok. 640 tys. zł rocznie) pokryje subwencja oświatowa zwiększona o uczniów " +
          "kształcących się w zawodach deficytowych, opłaty za kursy komercyjne i wkład pracodawców. Projekt nie " +
          "generuje dochodu w rozumieniu przepisów o funduszach UE.",
      ),
    ),
    risks: doc(
      ul(
        "ryzyko kosztowe — średnie, ograniczone aktualnym kosztorysem,",
        "ryzyko kadrowe — średnie, ograniczone umowami z pracodawcami,",
        "ryzyko popytu — niskie: liczba kandydatów do techników rośnie od trzech lat.",
      ),
    ),
  }),
};
