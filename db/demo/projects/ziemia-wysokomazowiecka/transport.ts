/** Ziemia Wysokomazowiecka: the project fiche „zw-transport” (shape: DemoProject). */
import { doc, h3, p, ul } from "../../pm";
import type { DemoProject } from "../../types";
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
    {
      kind: "output",
      name: "Zakupione autobusy niskoemisyjne",
      unit: "szt.",
      baseline: 0,
      target: 8,
      year: 2028,
      source: "protokoły odbioru",
    },
    {
      kind: "output",
      name: "Wybudowane węzły przesiadkowe",
      unit: "szt.",
      baseline: 0,
      target: 2,
      year: 2028,
      source: "protokoły odbioru",
    },
    {
      kind: "output",
      name: "Miejsca parkingowe „parkuj i jedź”",
      unit: "szt.",
      baseline: 0,
      target: 100,
      year: 2028,
      source: "protokoły odbioru",
    },
    {
      kind: "result",
      name: "Sołectwa z połączeniem w dni robocze przez cały rok",
      unit: "%",
      baseline: 59,
      target: 85,
      year: 2029,
      source: "starostwo, rozkłady jazdy",
    },
    {
      kind: "result",
      name: "Przejazdy liniami partnerstwa",
      unit: "tys./rok",
      baseline: 180,
      target: 420,
      year: 2030,
      source: "system biletowy",
    },
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
    {
      risk: "Koszty utrzymania linii przekraczające możliwości gmin",
      probability: "medium",
      impact: "high",
      mitigation:
        "dopłaty z Funduszu rozwoju przewozów autobusowych, integracja z dowozami szkolnymi, linie na żądanie",
    },
    {
      risk: "Opóźnienie utworzenia związku powiatowo-gminnego",
      probability: "medium",
      impact: "medium",
      mitigation: "wariant przejściowy: porozumienia międzygminne powierzające zadanie powiatowi",
    },
  ],
  status: "preparation",
  maturity: {
    level: 2,
    evidence: [
      {
        level: 1,
        what: "Uchwała rady partnerstwa przyjmująca koncepcję wspólnego transportu zbiorowego",
        date: "2025-09-25",
        url: "https://bip.wysokomazowiecki.pl/partnerstwo/uchwaly/2025/uchwala-rady-partnerstwa-nr-3-2025",
      },
      {
        level: 2,
        what: "Projekt planu transportowego powiatu z analizą wykonalności sieci linii",
        date: "2026-08-31",
        url: "https://bip.wysokomazowiecki.pl/transport/2026/projekt-planu-transportowego",
      },
    ],
  },
  schedule: [
    {
      key: "zwiazek",
      name: "Utworzenie związku powiatowo-gminnego ds. transportu",
      start: "2026-11-02",
      end: "2027-03-31",
      milestone: false,
      responsibleTeryt: "2013",
      dependsOn: [],
    },
    {
      key: "plan",
      name: "Uchwalenie planu transportowego po konsultacjach",
      start: "2026-11-02",
      end: "2027-04-30",
      milestone: false,
      responsibleTeryt: "2013",
      dependsOn: [],
    },
    {
      key: "projekty",
      name: "Projekty węzłów przesiadkowych",
      start: "2027-01-04",
      end: "2027-08-31",
      milestone: false,
      responsibleTeryt: "2013033",
      dependsOn: [],
    },
    {
      key: "wniosek",
      name: "Złożenie wniosku o dofinansowanie",
      start: "2027-09-30",
      end: "2027-09-30",
      milestone: true,
      responsibleTeryt: "2013",
      dependsOn: ["zwiazek", "plan", "projekty"],
    },
    {
      key: "wezel-czyzew",
      name: "Budowa węzła przesiadkowego w Czyżewie",
      start: "2028-01-10",
      end: "2028-09-29",
      milestone: false,
      responsibleTeryt: "2013033",
      dependsOn: ["wniosek"],
    },
    {
      key: "wezel-szepietowo",
      name: "Budowa węzła przesiadkowego w Szepietowie",
      start: "2028-01-10",
      end: "2028-09-29",
      milestone: false,
      responsibleTeryt: "2013093",
      dependsOn: ["wniosek"],
    },
    {
      key: "autobusy",
      name: "Zakup autobusów niskoemisyjnych",
      start: "2028-02-01",
      end: "2028-10-31",
      milestone: false,
      responsibleTeryt: "2013",
      dependsOn: ["wniosek"],
    },
    {
      key: "operator",
      name: "Wybór operatora, wspólny bilet i informacja pasażerska",
      start: "2028-03-01",
      end: "2028-11-30",
      milestone: false,
      responsibleTeryt: "2013",
      dependsOn: ["zwiazek"],
    },
    {
      key: "start",
      name: "Uruchomienie linii partnerstwa",
      start: "2028-12-28",
      end: "2028-12-28",
      milestone: true,
      responsibleTeryt: "2013",
      dependsOn: ["wezel-czyzew", "wezel-szepietowo", "autobusy", "operator"],
    },
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
