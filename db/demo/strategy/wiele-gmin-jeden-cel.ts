/**
 * "Wiele gmin – jeden cel" (powiat kolneński, its six gminas and Jedwabne): an early draft — introduction,
 * a first diagnosis, vision and strategic goals; the other sections are still empty.
 */
import { doc, h3, p, table, ul } from "../pm";
import type { StrategyContent } from "./ziemia-wysokomazowiecka";

export const WGJC_MEMBERS = [
  ["Powiat Kolneński", "2006", "powiat"],
  ["Miasto Kolno", "2006011", "gmina miejska"],
  ["Gmina Grabowo", "2006022", "gmina wiejska"],
  ["Gmina Kolno", "2006032", "gmina wiejska"],
  ["Gmina Mały Płock", "2006042", "gmina wiejska"],
  ["Gmina Stawiski", "2006053", "gmina miejsko-wiejska"],
  ["Gmina Turośl", "2006062", "gmina wiejska"],
  ["Gmina Jedwabne (powiat łomżyński)", "2007013", "gmina miejsko-wiejska"],
] as const;

export const WGJC_GOALS = [
  { code: "CS1", title: "Gospodarka oparta na rolnictwie, przetwórstwie i usługach" },
  { code: "CS2", title: "Dostępne usługi publiczne i aktywni mieszkańcy" },
  { code: "CS3", title: "Środowisko i kultura kurpiowska jako kapitał rozwoju" },
  { code: "CS4", title: "Samorządy, które działają razem" },
] as const;

export const WGJC_STRATEGY: StrategyContent = {
  s01: doc(
    p(
      "Partnerstwo **Wiele gmin – jeden cel** tworzą powiat kolneński, wszystkie sześć gmin jego obszaru oraz " +
        "sąsiednia gmina Jedwabne z powiatu łomżyńskiego, z którą gminy powiatu łączą wspólny rynek pracy, " +
        "dowozy do szkół w Kolnie i trasy skupu mleka. Obszar liczy ok. 1 150 km² i ok. 42 tys. mieszkańców.",
    ),
    table(
      ["Jednostka", "Kod TERYT", "Rodzaj"],
      WGJC_MEMBERS.map((m) => [...m]),
    ),
    p(
      "Współpracę rozpoczęto listem intencyjnym z lutego 2025 r. Ponieważ do partnerstwa należy gmina spoza " +
        "powiatu, a powiat łomżyński nie jest jego członkiem, partnerstwo ma charakter ponadpowiatowy, " +
        "częściowo zintegrowany. Liderem jest Powiat Kolneński.",
    ),
  ),
  s02: doc(
    p(
      "Diagnoza jest w przygotowaniu; poniżej zebrano pierwsze ustalenia grupy roboczej z analizy danych GUS i " +
        "spotkań w gminach.",
    ),
    h3("Ludność"),
    p(
      "Liczba mieszkańców spada o ok. 0,8% rocznie. Najszybciej wyludniają się gminy Grabowo i Turośl. Udział " +
        "osób w wieku poprodukcyjnym przekroczył 21%, a saldo migracji jest ujemne we wszystkich gminach poza " +
        "gminą wiejską Kolno, do której przeprowadzają się mieszkańcy miasta.",
    ),
    h3("Gospodarka"),
    p(
      "Obszar ma charakter rolniczy z dominacją gospodarstw mlecznych; największymi pracodawcami są zakłady " +
        "przetwórstwa mleka i mięsa w Kolnie oraz usługi publiczne. Droga krajowa nr 63 (Łomża – Kolno – Pisz) " +
        "jest główną osią komunikacyjną, ale do drogi ekspresowej S61 w Łomży jest ponad 30 km.",
    ),
    ul(
      "brak uzbrojonych terenów inwestycyjnych w Kolnie i Stawiskach,",
      "słaba sieć dróg powiatowych łączących gminy z Jedwabnem,",
      "niewykorzystany potencjał kultury kurpiowskiej i doliny Pisy dla turystyki,",
      "stacje uzdatniania wody w trzech gminach wymagają modernizacji.",
    ),
  ),
  s03: doc(
    h3("Wizja"),
    p(
      "_Obszar partnerstwa w 2035 r. to miejsce, w którym rodziny rolnicze i przedsiębiorcy mają warunki do " +
        "rozwoju, usługi publiczne są blisko ludzi, a kultura Kurpiów i przyroda doliny Pisy przyciągają gości._",
    ),
    h3("Misja"),
    p("_Działamy razem, bo razem możemy więcej: planujemy, inwestujemy i świadczymy usługi ponad granicami gmin._"),
  ),
  s04: doc(
    p("Grupa robocza zaproponowała cztery cele strategiczne, które rada partnerstwa przyjęła jako kierunkowe:"),
    ul(...WGJC_GOALS.map((g) => `**${g.code}.** ${g.title}`)),
    p("Cele operacyjne i kierunki działań zostaną opracowane na kolejnych posiedzeniach grupy roboczej."),
  ),
};
