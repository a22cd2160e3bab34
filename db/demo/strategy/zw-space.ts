/** Ziemia Wysokomazowiecka, sections 8–10: model funkcjonalno-przestrzenny, OSI, pakiet projektów. */
import { doc, h3, h4, p, table, ul } from "../pm";

export function zwSpatialModel(afterConsultation: boolean) {
  return doc(
    p(
      "Model struktury funkcjonalno-przestrzennej pokazuje, jak cele strategii przekładają się na przestrzeń " +
        "obszaru. Wyróżnia ośrodki, osie rozwoju i strefy o różnych funkcjach oraz formułuje rekomendacje dla " +
        "polityki przestrzennej gmin, które należy uwzględnić w planach ogólnych gmin sporządzanych do 2026 r.",
    ),
    h3("Ośrodki"),
    ul(
      "**Ośrodek subregionalny:** Wysokie Mazowieckie — koncentracja usług ponadgminnych (administracja, " +
        "szpital, szkoły ponadpodstawowe), przemysł spożywczy, strefa inwestycyjna przy węźle S8.",
      "**Ośrodki lokalne wyższego rzędu:** Ciechanowiec (usługi i turystyka kulturowa na południu obszaru) " +
        "oraz Czyżew i Szepietowo (węzły przesiadkowe kolej–autobus, usługi dla rolnictwa).",
      "**Ośrodki gminne:** Klukowo, Kobylin-Borzymy, Kulesze Kościelne, Nowe Piekuty i Sokoły — podstawowe " +
        "usługi publiczne, szkoły podstawowe, punkty usług opiekuńczych.",
    ),
    h3("Osie i strefy"),
    ul(
      "**Oś gospodarcza S8 / DK 66** (Zambrów – Wysokie Mazowieckie – Szepietowo): lokalizacja nowych " +
        "inwestycji produkcyjnych i logistycznych.",
      "**Oś kolejowa linii nr 6** (Czyżew – Szepietowo): zabudowa mieszkaniowa w zasięgu stacji, parkingi " +
        "„parkuj i jedź”, dowozy autobusowe.",
      "**Strefa rolnicza** (większość obszaru): ochrona gruntów wysokich klas przed rozpraszaniem zabudowy" +
        (afterConsultation
          ? ", lokalizacja biogazowni co najmniej 500 m od zabudowy mieszkaniowej i przy drogach, którymi dowozi " +
            "się substrat, tak aby transport nie przejeżdżał przez centra wsi."
          : ", lokalizacja biogazowni w odległości ograniczającej uciążliwości zapachowe."),
      "**Strefa przyrodnicza dolin Narwi, Ślini i Nurca**: ochrona łąk i starorzeczy, turystyka niskoemisyjna, " +
        "zakaz lokalizacji nowych ferm wielkotowarowych w granicach dolin.",
    ),
    h3("Rekomendacje dla polityki przestrzennej"),
    ul(
      "Wyznaczać nowe tereny mieszkaniowe przede wszystkim w miastach i wsiach gminnych z kanalizacją i " +
        "dostępem do transportu zbiorowego.",
      "Uzgadniać między gminami lokalizację dużych instalacji OZE i ferm, z uwzględnieniem przeważających wiatrów " +
        "i zasięgu oddziaływania na sąsiednie gminy.",
      "Utrzymać ciągłość korytarzy ekologicznych wzdłuż dolin rzecznych i odtwarzać zadrzewienia śródpolne.",
      "Rezerwować tereny pod węzły przesiadkowe przy stacjach w Czyżewie i Szepietowie.",
    ),
  );
}

export const zwOsi = doc(
  p(
    "Cały obszar partnerstwa należy do obszarów strategicznej interwencji określonych w Krajowej Strategii " +
      "Rozwoju Regionalnego 2030 (obszary zagrożone trwałą marginalizacją — sześć gmin; miasta średnie " +
      "tracące funkcje społeczno-gospodarcze — nie dotyczy) oraz w Strategii Rozwoju Województwa Podlaskiego " +
      "2030 (obszar wiejski o dominującej funkcji rolniczej). W granicach partnerstwa strategia wyznacza " +
      "trzy własne OSI, na których koncentrować się będą działania.",
  ),
  h3("OSI 1. Gminy o najsilniejszych procesach depopulacji"),
  p(
    "Kulesze Kościelne, Nowe Piekuty, Kobylin-Borzymy i Klukowo: ubytek ludności powyżej 8% w dekadzie, " +
      "udział osób 65+ powyżej 23%, brak transportu zbiorowego. Interwencja: usługi opiekuńcze i zdrowotne, " +
      "przewozy na żądanie, wsparcie organizacji lokalnych.",
  ),
  h3("OSI 2. Zlewnie Ślini i Nurca"),
  p(
    "Obszary o najwyższej obsadzie bydła i złym stanie wód, w gminach Sokoły, Wysokie Mazowieckie, Szepietowo, " +
      "Klukowo i Ciechanowiec. Interwencja: kanalizacja i przydomowe oczyszczalnie, doradztwo rolnicze, " +
      "biogazownie zagospodarowujące gnojowicę.",
  ),
  h3("OSI 3. Strefa inwestycyjna i węzły transportowe"),
  p(
    "Tereny przy węzłach S8 i stacjach kolejowych w Czyżewie i Szepietowie. Interwencja: uzbrojenie terenów, " +
      "drogi dojazdowe, węzły przesiadkowe, obsługa inwestorów.",
  ),
  table(
    ["OSI", "Gminy (TERYT)", "Ludność", "Główne kierunki działań"],
    [
      ["OSI 1", "2013042, 2013052, 2013062, 2013072", "14 312", "K2.2.1, K2.2.2, K4.1.1"],
      ["OSI 2", "2013023, 2013042, 2013082, 2013093, 2013102", "30 505", "K3.1.1, K3.1.2, K3.2.1"],
      ["OSI 3", "2013011, 2013033, 2013093, 2013102", "28 053", "K1.2.1, K1.2.2, K4.1.1"],
    ],
  ),
  p(
    "Gminy Klukowo, Szepietowo i Wysokie Mazowieckie (wiejska) należą do dwóch OSI; działania w nich będą " +
      "koordynowane przez jeden zespół, aby nie dublować wsparcia.",
  ),
);

/** The package as the strategy names it; the fiches themselves are in db/demo/projects (key → fiche). */
export const ZW_PACKAGE = [
  {
    key: "zw-strefa-s8",
    kind: "strategiczny",
    title: "Wysokomazowiecka Strefa Inwestycyjna przy węźle S8",
    area: "gospodarczy",
    lead: "Miasto Wysokie Mazowieckie",
  },
  {
    key: "zw-centrum-ksztalcenia",
    kind: "strategiczny",
    title: "Branżowe Centrum Umiejętności Rolno-Spożywczych",
    area: "społeczny",
    lead: "Powiat Wysokomazowiecki",
  },
  {
    key: "zw-klaster-energii",
    kind: "strategiczny",
    title: "Klaster energii Ziemi Wysokomazowieckiej z biogazowniami rolniczymi",
    area: "środowiskowy",
    lead: "Gmina Szepietowo",
  },
  {
    key: "zw-transport",
    kind: "strategiczny",
    title: "Wspólny transport zbiorowy z węzłami przesiadkowymi w Czyżewie i Szepietowie",
    area: "instytucjonalny",
    lead: "Powiat Wysokomazowiecki",
  },
  {
    key: "zw-blizej-seniora",
    kind: "uzupełniający",
    title: "„Bliżej seniora” — sieć dziennych domów pomocy i usług opiekuńczych",
    area: "społeczny",
    lead: "Gmina Ciechanowiec",
  },
  {
    key: "zw-szlak-nurca-narwi",
    kind: "uzupełniający",
    title: "Szlak rowerowy „Od Nurca do Narwi”",
    area: "gospodarczy",
    lead: "Gmina Ciechanowiec",
  },
] as const;

export const zwPackage = doc(
  p(
    "Pakiet projektów obejmuje przedsięwzięcia, które partnerstwo przygotowuje wspólnie i które realizują " +
      "cele strategii. Projekty **strategiczne** mają zasięg ponadgminny i bezpośrednio realizują cele " +
      "priorytetowe; projekty **uzupełniające** wzmacniają ich efekty. Każdy projekt ma fiszkę projektową " +
      "z harmonogramem, kosztami, wskaźnikami i oceną dojrzałości, a po zakończeniu komponentu II — " +
      "wstępną analizę wykonalności.",
  ),
  table(
    ["Lp.", "Projekt", "Typ", "Obszar", "Lider"],
    ZW_PACKAGE.map((proj, i) => [String(i + 1), proj.title, proj.kind, proj.area, proj.lead]),
  ),
  h4("Projekt flagowy"),
  p(
    "Rada partnerstwa wybierze w głosowaniu projekt najbardziej dojrzały, dla którego eksperci przygotują " +
      "analizę sektorową i zarys wniosku o dofinansowanie. Kandydatami są Strefa Inwestycyjna przy węźle S8, " +
      "Branżowe Centrum Umiejętności Rolno-Spożywczych i wspólny transport zbiorowy.",
  ),
  p(
    "Pakiet jest otwarty: kolejne projekty mogą zostać dopisane uchwałą rady partnerstwa, jeżeli realizują " +
      "kierunki działań strategii i przejdą test zintegrowania.",
  ),
);
