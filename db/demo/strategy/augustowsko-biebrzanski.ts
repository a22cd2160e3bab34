/**
 * "Augustowsko-Biebrzański Park Turystyczny" (the gminas of powiats augustowski, sokólski and moniecki): an
 * early draft — introduction, part of the diagnosis, the vision and the proposed strategic goals; the other
 * sections are still empty.
 */
import { doc, h3, p, table, ul } from "../pm";
import type { StrategyContent } from "./ziemia-wysokomazowiecka";

export const ABPT_MEMBERS = [
  ["Miasto Augustów", "2001011"],
  ["Gmina Augustów", "2001022"],
  ["Gmina Bargłów Kościelny", "2001032"],
  ["Gmina Lipsk", "2001043"],
  ["Gmina Nowinka", "2001052"],
  ["Gmina Płaska", "2001062"],
  ["Gmina Sztabin", "2001072"],
  ["Gmina Goniądz", "2008013"],
  ["Gmina Jasionówka", "2008022"],
  ["Gmina Jaświły", "2008032"],
  ["Gmina Knyszyn", "2008043"],
  ["Gmina Krypno", "2008052"],
  ["Gmina Mońki", "2008063"],
  ["Gmina Trzcianne", "2008072"],
  ["Gmina Dąbrowa Białostocka", "2011013"],
  ["Gmina Janów", "2011022"],
  ["Gmina Korycin", "2011032"],
  ["Gmina Krynki", "2011043"],
  ["Gmina Kuźnica", "2011052"],
  ["Gmina Nowy Dwór", "2011062"],
  ["Gmina Sidra", "2011072"],
  ["Gmina Sokółka", "2011083"],
  ["Gmina Suchowola", "2011093"],
  ["Gmina Szudziałowo", "2011102"],
] as const;

export const ABPT_GOALS = [
  { code: "CS1", title: "Całoroczna oferta turystyczna oparta na przyrodzie i dziedzictwie" },
  { code: "CS2", title: "Mieszkańcy przygotowani do pracy w turystyce i usługach" },
  { code: "CS3", title: "Przyroda Biebrzy, Puszczy i Kanału chroniona przed presją turystyczną" },
  { code: "CS4", title: "Wspólna marka i wspólne zarządzanie obszarem" },
] as const;

export const ABPT_STRATEGY: StrategyContent = {
  s01: doc(
    p(
      "**Augustowsko-Biebrzański Park Turystyczny** to partnerstwo 24 gmin trzech powiatów — augustowskiego, " +
        "monieckiego i sokólskiego — położonych wokół Biebrzańskiego Parku Narodowego, Kanału Augustowskiego i " +
        "Puszczy Augustowskiej. Powiaty nie są członkami partnerstwa; jest to partnerstwo ponadpowiatowe " +
        "niezintegrowane. Liderem jest Miasto Augustów.",
    ),
    table(
      ["Gmina", "Kod TERYT"],
      ABPT_MEMBERS.map((m) => [...m]),
    ),
    p(
      "Gminy łączy wspólny produkt — przyroda dolin Biebrzy, Netty i Kanału Augustowskiego oraz " +
        "wielokulturowe dziedzictwo pogranicza — i wspólny problem: sezonowość turystyki, która daje pracę " +
        "tylko przez trzy miesiące w roku.",
    ),
  ),
  s02: doc(
    h3("Turystyka"),
    p(
      "Obszar przyjmuje ok. 420 tys. turystów korzystających z noclegów rocznie, z czego ponad 70% w Augustowie " +
        "i gminach Płaska i Augustów. Biebrzański Park Narodowy (siedziba w Osowcu-Twierdzy, gm. Goniądz) " +
        "odwiedza ok. 50 tys. osób rocznie, ale gminy doliny Biebrzy — Goniądz, Sztabin, Lipsk, Dąbrowa " +
        "Białostocka — mają zaledwie 9% miejsc noclegowych obszaru.",
    ),
    ul(
      "szlaki rowerowe i kajakowe nie tworzą spójnej sieci; brakuje połączenia z trasą Green Velo,",
      "meczety i mizary w Kruszynianach (gm. Krynki) i Bohonikach (gm. Sokółka) są znane w całym kraju, ale " +
        "nie są powiązane z ofertą Augustowa i Biebrzy,",
      "ponad połowa obiektów noclegowych działa tylko w sezonie letnim.",
    ),
    h3("Środowisko"),
    p(
      "Ponad 40% obszaru objęte jest formami ochrony przyrody, w tym siecią Natura 2000 (Ostoja Biebrzańska, " +
        "Puszcza Augustowska, Puszcza Knyszyńska). Presję turystyczną odczuwają przede wszystkim jeziora " +
        "augustowskie i szlak Kanału Augustowskiego.",
    ),
  ),
  s03: doc(
    h3("Wizja"),
    p(
      "_Augustowsko-Biebrzański Park Turystyczny to obszar całorocznej, odpowiedzialnej turystyki, w którym " +
        "przyroda Biebrzy, Puszczy i Kanału oraz wielokulturowe dziedzictwo dają mieszkańcom stałą pracę._",
    ),
  ),
  s04: doc(
    p(
      "Na warsztatach w Goniądzu grupa robocza zaproponowała cztery cele strategiczne. Rada partnerstwa przyjęła je " +
        "jako podstawę do pracy nad pakietem projektów; cele operacyjne zostaną opracowane po zakończeniu diagnozy.",
    ),
    ul(...ABPT_GOALS.map((g) => `**${g.code}.** ${g.title}`)),
  ),
};
