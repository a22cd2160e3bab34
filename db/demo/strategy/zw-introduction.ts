/** Ziemia Wysokomazowiecka, section 1: Wprowadzenie. */
import { doc, h3, p, table, ul } from "../pm";

/** Member JSTs of the partnership with figures used across the strategy (GUS BDL, 31.12.2023; area in km²). */
export const ZW_MEMBERS = [
  { teryt: "2013", name: "Powiat wysokomazowiecki", kind: "powiat", population: 56_274, area: 1_288 },
  { teryt: "2013011", name: "Gmina Miejska Wysokie Mazowieckie", kind: "gmina miejska", population: 9_081, area: 15 },
  { teryt: "2013023", name: "Gmina Ciechanowiec", kind: "gmina miejsko-wiejska", population: 8_412, area: 189 },
  { teryt: "2013033", name: "Gmina Czyżew", kind: "gmina miejsko-wiejska", population: 6_588, area: 139 },
  { teryt: "2013042", name: "Gmina Klukowo", kind: "gmina wiejska", population: 4_212, area: 146 },
  { teryt: "2013052", name: "Gmina Kobylin-Borzymy", kind: "gmina wiejska", population: 3_021, area: 113 },
  { teryt: "2013062", name: "Gmina Kulesze Kościelne", kind: "gmina wiejska", population: 2_876, area: 95 },
  { teryt: "2013072", name: "Gmina Nowe Piekuty", kind: "gmina wiejska", population: 4_203, area: 136 },
  { teryt: "2013082", name: "Gmina Sokoły", kind: "gmina wiejska", population: 5_497, area: 150 },
  { teryt: "2013093", name: "Gmina Szepietowo", kind: "gmina miejsko-wiejska", population: 7_185, area: 167 },
  { teryt: "2013102", name: "Gmina Wysokie Mazowieckie", kind: "gmina wiejska", population: 5_199, area: 138 },
] as const;

const fmt = (n: number) => n.toLocaleString("pl-PL").replace(/\u00a0/g, " ");

export const zwIntroduction = doc(
  h3("Obszar partnerstwa"),
  p(
    "Partnerstwo **Ziemia Wysokomazowiecka** obejmuje cały powiat wysokomazowiecki w województwie podlaskim: " +
      "powiat oraz wszystkie dziesięć gmin położonych na jego terenie. Obszar liczy 1 288 km² i zamieszkuje go " +
      "56 274 osoby (GUS, 31 grudnia 2023 r.). Jest to partnerstwo powiatowe zintegrowane: powiat jest jego " +
      "członkiem na równi z gminami, a rada partnerstwa jest współprzewodniczona przez starostę " +
      "wysokomazowieckiego i burmistrza Wysokiego Mazowieckiego.",
  ),
  p(
    "Ziemia Wysokomazowiecka leży w południowo-zachodniej części województwa, na pograniczu Podlasia i " +
      "Mazowsza, w połowie drogi między Białymstokiem (55 km) a Warszawą (150 km). Przez obszar przebiegają " +
      "droga ekspresowa S8, drogi krajowe nr 63 i 66 oraz linia kolejowa nr 6 Warszawa – Białystok ze stacjami " +
      "w Czyżewie i Szepietowie. Jest to jeden z najważniejszych w Polsce obszarów produkcji mleka, a jego " +
      "stolica, Wysokie Mazowieckie, jest siedzibą największej w kraju spółdzielni mleczarskiej.",
  ),
  h3("Jednostki samorządu terytorialnego tworzące partnerstwo"),
  table(
    ["Jednostka", "Kod TERYT", "Rodzaj", "Ludność (2023)", "Powierzchnia [km²]"],
    ZW_MEMBERS.map((m) => [m.name, m.teryt, m.kind, fmt(m.population), fmt(m.area)]),
  ),
  p(
    "Współpracę zainicjował list intencyjny podpisany 14 marca 2025 r. przez starostę i wszystkich wójtów i " +
      "burmistrzów. Porozumienie o partnerstwie, przyjęte uchwałami rady powiatu i dziesięciu rad gmin, " +
      "określa cele współpracy, skład i zadania rady partnerstwa, rolę lidera (Powiat Wysokomazowiecki) oraz " +
      "zasady ponoszenia kosztów wspólnych przedsięwzięć.",
  ),
  h3("Dlaczego wspólna strategia"),
  p(
    "Gminy powiatu od lat współpracują przy konkretnych zadaniach — przewozach uczniów, zimowym utrzymaniu " +
      "dróg, programie usuwania azbestu czy promocji produktów lokalnych — ale robiły to dotąd doraźnie, " +
      "projekt po projekcie. Najważniejsze wyzwania obszaru nie zatrzymują się na granicach gmin: odpływ " +
      "młodych ludzi, starzenie się mieszkańców, zależność gospodarki od jednej branży, presja hodowli bydła " +
      "na wody i brak transportu zbiorowego między wsiami a miastami. Strategia terytorialna ma być wspólną " +
      "odpowiedzią na te wyzwania i podstawą do ubiegania się o środki Unii Europejskiej w formule " +
      "instrumentów terytorialnych.",
  ),
  p(
    "Dokument przygotowano tak, aby mógł zostać przyjęty jako strategia rozwoju ponadlokalnego w rozumieniu " +
      "art. 10g ustawy o samorządzie gminnym oraz spełniał wymogi strategii terytorialnej określone w art. 29 " +
      "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2021/1060.",
  ),
  h3("Jak powstawała strategia"),
  p(
    "Strategię opracowano w procesie partycypacyjnym, przy wsparciu ekspertów Centrum Wsparcia Doradczego. " +
      "Prace trwały od kwietnia 2025 r. i objęły:",
  ),
  ul(
    "dwie misje na miejscu ekspertów (spotkania we wszystkich gminach, wizyty w szkołach, szpitalu, " +
      "przedsiębiorstwach i gospodarstwach rolnych),",
    "badanie ankietowe mieszkańców (1 146 ankiet), przedsiębiorców (87 ankiet) i młodzieży szkół " +
      "ponadpodstawowych (412 ankiet),",
    "analizę danych statystycznych GUS, PUP, ARiMR i sprawozdań finansowych jednostek samorządu,",
    "dwanaście zdalnych posiedzeń grupy roboczej w tej platformie, na których wspólnie pisano kolejne " +
      "rozdziały i fiszki projektowe,",
    "warsztaty przyszłościowe z radnymi, sołtysami, kołami gospodyń wiejskich i organizacjami pozarządowymi,",
    "konsultacje społeczne projektu strategii, opisane w rozdziale „Udział partnerów i konsultacje”.",
  ),
  h3("Kto uczestniczył w pracach"),
  p(
    "Grupę roboczą tworzy 22 pracowników urzędów gmin i starostwa (po dwie osoby z każdej jednostki), " +
      "przedstawiciele Powiatowego Urzędu Pracy, Powiatowego Centrum Pomocy Rodzinie, Podlaskiego Ośrodka " +
      "Doradztwa Rolniczego w Szepietowie i lokalnej grupy działania. Koordynatorką partnerstwa jest " +
      "pracownica Starostwa Powiatowego w Wysokiem Mazowieckiem. Prace merytorycznie wspierała ekspertka " +
      "ds. planowania strategicznego, a rada partnerstwa przyjmowała kolejne etapy prac na posiedzeniach.",
  ),
);
