/** Ziemia Wysokomazowiecka: the project fiche „zw-transport” (shape: DemoProject). */
import { doc, h3, p, ul } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS4 } from "./common";

export const zwTransport: DemoProject = {
  key: "zw-transport",
  partnership: PARTNERSHIP,
  title: "Wspólny transport zbiorowy Ziemi Wysokomazowieckiej z węzłami przesiadkowymi w Czyżewie i Szepietowie",
  type: "strategic",
  area: "institutional",
  goal: CS4,
  direction: { code: "K4.1.1", title: "Wspólny system transportu zbiorowego z węzłami przesiadkowymi" },
  leadTeryt: "2013033",
  partnerTeryts: ["2013", "2013093", "2013011", "2013023", "2013052", "2013082"],
  otherPartners: [
    "PKP Polskie Linie Kolejowe S.A. (stacje Czyżew i Szepietowo)",
    "Urząd Marszałkowski Województwa Podlaskiego (skomunikowanie z pociągami regionalnymi)",
    "przewoźnik wyłoniony w przetargu",
  ],
  location: "cały obszar partnerstwa; węzły przesiadkowe przy stacjach kolejowych w Czyżewie i Szepietowie",
  problem:
    "41% sołectw nie ma połączenia autobusowego w dni robocze poza rokiem szkolnym, do stacji kolejowych nie " +
    "dojeżdża żaden autobus, a każda gmina organizuje dowozy uczniów osobno. Mieszkańcy bez samochodu — seniorzy i " +
    "młodzież — nie mają jak dotrzeć do pracy, szkół, lekarza i urzędów.",
  targetGroups: [
    "mieszkańcy wsi bez samochodu, zwłaszcza seniorzy i młodzież",
    "uczniowie szkół ponadpodstawowych",
    "osoby dojeżdżające koleją do pracy w Białymstoku i Warszawie",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "związek powiatowo-gminny organizujący publiczny transport zbiorowy na obszarze partnerstwa",
    "dziewięć linii skomunikowanych z pociągami, w tym dwie linie na żądanie dla małych wsi",
    "osiem autobusów niskoemisyjnych",
    "węzły przesiadkowe w Czyżewie i Szepietowie z parkingami „parkuj i jedź” (100 miejsc) i „rower i jedź”",
    "wspólny bilet i system informacji pasażerskiej",
  ],
  indicators: [
    output("Zakupione autobusy niskoemisyjne", "szt.", 0, 8, 2028, "protokoły odbioru"),
    output("Wybudowane węzły przesiadkowe", "szt.", 0, 2, 2028, "protokoły odbioru"),
    output("Miejsca parkingowe „parkuj i jedź”", "szt.", 0, 100, 2028, "protokoły odbioru"),
    result("Sołectwa z połączeniem w dni robocze przez cały rok", "%", 59, 85, 2029, "starostwo, rozkłady jazdy"),
    result("Przejazdy liniami partnerstwa", "tys./rok", 180, 420, 2030, "system biletowy"),
  ],
  costs: {
    total: 18_400_000,
    eligible: 16_000_000,
    ownContributions: [
      { teryt: "2013", amount: 1_800_000 },
      { teryt: "2013033", amount: 900_000 },
      { teryt: "2013093", amount: 900_000 },
      { teryt: "2013011", amount: 500_000 },
      { teryt: "2013023", amount: 400_000 },
      { teryt: "2013052", amount: 150_000 },
      { teryt: "2013082", amount: 150_000 },
    ],
  },
  funding: [
    { source: "FEP 2021–2027", measure: "zrównoważona mobilność — instrument terytorialny", amount: 13_600_000 },
  ],
  start: "2026-11-02",
  end: "2028-12-29",
  risks: [
    risk("Koszty utrzymania linii przekraczające możliwości gmin", "medium", "high", "dopłaty z Funduszu rozwoju przewozów autobusowych, integracja z dowozami szkolnymi, linie na żądanie"),
    risk("Opóźnienie utworzenia związku powiatowo-gminnego", "medium", "medium", "wariant przejściowy: porozumienia międzygminne powierzające zadanie powiatowi"),
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      evidence(1, "Uchwała rady partnerstwa przyjmująca koncepcję wspólnego transportu zbiorowego", "2025-09-25", "https://bip.wysokomazowiecki.pl/partnerstwo/uchwaly/2025/uchwala-rady-partnerstwa-nr-3-2025"),
      evidence(2, "Projekt planu transportowego powiatu z analizą wykonalności sieci linii", "2026-08-31", "https://bip.wysokomazowiecki.pl/transport/2026/projekt-planu-transportowego"),
    ],
  },
  schedule: [
    task("zwiazek", "Utworzenie związku powiatowo-gminnego ds. transportu", "2026-11-02", "2027-03-31", "2013"),
    task("plan", "Uchwalenie planu transportowego po konsultacjach", "2026-11-02", "2027-04-30", "2013"),
    task("projekty", "Projekty węzłów przesiadkowych", "2027-01-04", "2027-08-31", "2013033"),
    milestone("wniosek", "Złożenie wniosku o dofinansowanie", "2027-09-30", "2013", ["zwiazek","plan","projekty"]),
    task("wezel-czyzew", "Budowa węzła przesiadkowego w Czyżewie", "2028-01-10", "2028-09-29", "2013033", ["wniosek"]),
    task("wezel-szepietowo", "Budowa węzła przesiadkowego w Szepietowie", "2028-01-10", "2028-09-29", "2013093", ["wniosek"]),
    task("autobusy", "Zakup autobusów niskoemisyjnych", "2028-02-01", "2028-10-31", "2013", ["wniosek"]),
    task("operator", "Wybór operatora, wspólny bilet i informacja pasażerska", "2028-03-01", "2028-11-30", "2013", ["zwiazek"]),
    milestone("start", "Uruchomienie linii partnerstwa", "2028-12-28", "2013", ["wezel-czyzew","wezel-szepietowo","autobusy","operator"]),
  ],
  description: doc(
    p(
      "Projekt tworzy pierwszy od likwidacji PKS wspólny system transportu zbiorowego obszaru. Powiat i sześć gmin " +
        "powołują związek, który organizuje linie autobusowe jak jedną sieć: z rozkładem skomunikowanym z pociągami " +
        "w Czyżewie i Szepietowie, wspólnym biletem i liniami na żądanie tam, gdzie regularny kurs się nie opłaca.",
    ),
    p(
      "Węzły przesiadkowe przy stacjach pozwolą mieszkańcom dojechać do pociągu autobusem, rowerem lub samochodem. " +
        "Dowozy szkolne zostaną włączone do linii ogólnodostępnych, co obniży ich koszt dla gmin.",
    ),
    p("W konsultacjach strategii transport był najczęściej poruszanym tematem — 14 z 47 uwag."),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Sieć dziewięciu linii o długości 312 km zaprojektowano na podstawie badania potrzeb (1 146 ankiet) i " +
          "pomiarów napełnień. Węzły: w Czyżewie na terenie PKP PLK (dzierżawa), w Szepietowie na działce gminy.",
      ),
    ),
    legal: doc(
      p(
        "Organizatorem transportu będzie związek powiatowo-gminny w rozumieniu ustawy o publicznym transporcie " +
          "zbiorowym; do czasu jego rejestracji zadanie wykonuje powiat na podstawie porozumień. Operator zostanie " +
          "wybrany w przetargu na umowę o świadczenie usług na 10 lat.",
      ),
    ),
    institutional: doc(
      p("Związek zatrudni trzy osoby; obsługę księgową zapewni starostwo. Statut przyjęły rady wszystkich gmin."),
    ),
    financial: doc(
      p(
        "Roczny koszt eksploatacji sieci szacuje się na 4,2 mln zł; przychody z biletów i dopłaty z Funduszu " +
          "rozwoju przewozów autobusowych pokryją ok. 55% kosztów, reszta — składki członków związku według liczby " +
          "wozokilometrów na ich terenie.",
      ),
    ),
    risks: doc(
      ul(
        "koszty eksploatacji — ryzyko średnie, ograniczone integracją z dowozami szkolnymi,",
        "frekwencja — ryzyko średnie, ograniczone skomunikowaniem z koleją i wspólnym biletem,",
        "terminy — ryzyko niskie, dokumentacja węzłów jest w przygotowaniu.",
      ),
    ),
    conclusion: doc(
      h3("Rekomendacja"),
      p(
        "Projekt jest wykonalny technicznie, prawnie i instytucjonalnie. Warunkiem trwałości jest wpisanie składek " +
          "członków związku do wieloletnich prognoz finansowych przed złożeniem wniosku. Rekomenduje się złożenie " +
          "wniosku w naborze w III kwartale 2027 r.",
      ),
    ),
  }),
};
