/** Ziemia Wysokomazowiecka, section 2 (part 2): Diagnoza — transport, services, environment, links, SWOT. */
import { h3, h4, p, table, ul } from "../pm";

export const zwDiagnosisSpace = [
  h3("Dostępność komunikacyjna"),
  p(
    "Położenie przy drodze ekspresowej **S8** (Warszawa – Białystok), oddanej na całym odcinku w powiecie w " +
      "2021 r., jest największym atutem lokalizacyjnym obszaru: z węzła Wysokie Mazowieckie do Warszawy " +
      "jedzie się 1 godz. 40 min, a do Białegostoku 40 minut. **Droga krajowa nr 66** łączy Zambrów przez " +
      "Wysokie Mazowieckie i Szepietowo z Bielskiem Podlaskim i przejściem granicznym w Połowcach, a **droga " +
      "krajowa nr 63** biegnie z Łomży przez Wysokie Mazowieckie w kierunku Siemiatycz. Ruch ciężki do " +
      "zakładów przetwórczych i gospodarstw obciąża jednak drogi niższych kategorii.",
  ),
  ul(
    "Sieć dróg powiatowych liczy 563 km; 38% ich długości jest w złym stanie technicznym, a 71 km ma " +
      "nawierzchnię gruntową.",
    "Drogi gminne to ok. 1 240 km, z czego ponad połowa nie ma nawierzchni twardej.",
    "Linia kolejowa nr 6, zmodernizowana w ramach korytarza Rail Baltica, daje mieszkańcom Czyżewa i " +
      "Szepietowa szybkie połączenie z Warszawą i Białymstokiem, ale do stacji nie dowozi żaden autobus.",
    "Po likwidacji połączeń PKS transport zbiorowy opiera się na czterech liniach użyteczności publicznej " +
      "organizowanych przez powiat i na przewozach szkolnych; 41% sołectw nie ma połączenia autobusowego w " +
      "dni robocze poza rokiem szkolnym.",
  ),
  h3("Edukacja"),
  p(
    "Gminy prowadzą 31 szkół podstawowych (4 690 uczniów) i 14 przedszkoli; wychowaniem przedszkolnym objętych " +
      "jest 88% dzieci w wieku 3–5 lat. Od 2013 r. liczba uczniów szkół podstawowych spadła o 14%, a w 11 " +
      "szkołach oddziały liczą średnio mniej niż 12 uczniów. Wyniki egzaminu ósmoklasisty z matematyki są " +
      "zbliżone do średniej województwa, z języka angielskiego — o 6 punktów procentowych niższe.",
  ),
  p(
    "Powiat prowadzi pięć szkół ponadpodstawowych w Wysokiem Mazowieckiem, Ciechanowcu, Czyżewie i " +
      "Szepietowie (2 080 uczniów, 58% w technikach i szkołach branżowych). Kształci się w zawodach ważnych dla " +
      "gospodarki obszaru: technik technologii żywności, technik mechanizacji rolnictwa i agrotroniki, technik " +
      "weterynarii, mechanik pojazdów samochodowych. Pracownie zawodowe wymagają jednak wymiany sprzętu, a " +
      "praktyki u pracodawców są organizowane przez każdą szkołę osobno.",
  ),
  h3("Zdrowie i usługi społeczne"),
  p(
    "Podstawę opieki szpitalnej stanowi Szpital Ogólny w Wysokiem Mazowieckiem (173 łóżka, pięć oddziałów, " +
      "szpitalny oddział ratunkowy). Podstawowa opieka zdrowotna działa we wszystkich gminach, ale na jednego " +
      "lekarza POZ przypada 2 460 mieszkańców, a w trzech gminach przychodnie są czynne tylko kilka godzin " +
      "dziennie. Brakuje geriatry, poradni zdrowia psychicznego dla dzieci i młodzieży oraz rehabilitacji " +
      "domowej; czas dojazdu do specjalistów w Białymstoku przekracza dla wielu osób godzinę.",
  ),
  p(
    "Z pomocy społecznej korzysta 4,1% mieszkańców. Usługi opiekuńcze w miejscu zamieszkania świadczy 9 z 10 " +
      "ośrodków pomocy społecznej, łącznie dla 212 osób, a na miejsce w domu pomocy społecznej czeka się " +
      "średnio 14 miesięcy. Na obszarze działa jeden dzienny dom pomocy i dwa kluby seniora finansowane z " +
      "programu „Senior+”. Koła gospodyń wiejskich (67) i ochotnicze straże pożarne (92 jednostki) są " +
      "najaktywniejszymi organizacjami społecznymi i naturalnymi partnerami usług sąsiedzkich.",
  ),
  h3("Środowisko przyrodnicze"),
  p(
    "Obszar ma charakter rolniczy, a lesistość wynosi zaledwie 13,2% (województwo: 31%). Najcenniejsze " +
      "przyrodniczo są doliny rzeczne. Na północnym skraju obszaru, w gminie Kobylin-Borzymy, leży część " +
      "**Narwiańskiego Parku Narodowego** (z siedzibą parku w Kurowie) i obszaru Natura 2000 „Bagienna Dolina " +
      "Narwi”; południe obszaru należy do doliny **Nurca**, dopływu Bugu, objętej obszarem chronionego " +
      "krajobrazu i siecią Natura 2000 w dolnym biegu. Doliny te są ostoją ptaków wodno-błotnych i " +
      "potencjałem dla turystyki przyrodniczej.",
  ),
  ul(
    "Intensywny chów bydła powoduje nadmiar azotu i fosforu w wodach: w dwóch z pięciu jednolitych części " +
      "wód powierzchniowych obszaru stan ekologiczny oceniono jako umiarkowany lub słaby.",
    "Z sieci kanalizacyjnej korzysta 52% mieszkańców (na wsi 31%); funkcjonuje 2 870 przydomowych oczyszczalni " +
      "i ok. 6 000 zbiorników bezodpływowych, w większości nieszczelnych lub nieopróżnianych regularnie.",
    "Ok. 55% budynków mieszkalnych ogrzewa się węglem lub drewnem w kotłach starszych niż klasa 5; na " +
      "dachach pozostaje ok. 41 tys. ton wyrobów zawierających azbest.",
    "Odchody zwierzęce i odpady przetwórstwa mleka są niewykorzystanym surowcem energetycznym: na obszarze " +
      "działają tylko dwie biogazownie rolnicze.",
  ),
  h3("Powiązania funkcjonalne"),
  p(
    "Wysokie Mazowieckie jest ośrodkiem usług ponadgminnych całego obszaru: mieszczą się tu starostwo, sąd " +
      "rejonowy, urząd skarbowy, PUP, szpital, większość szkół ponadpodstawowych i główne zakłady pracy. " +
      "Ciechanowiec pełni rolę lokalnego centrum dla południowej części obszaru (muzeum, szkoła " +
      "ponadpodstawowa, usługi), a Czyżew i Szepietowo — dzięki stacjom kolejowym — są bramami obszaru do " +
      "Warszawy i Białegostoku. Gminy łączą wspólne trasy skupu mleka, dowozy uczniów do szkół " +
      "ponadpodstawowych, wspólne zlewnie rzek i rynek pracy, na którym co piąty pracujący dojeżdża do innej " +
      "gminy obszaru.",
  ),
  h3("Analiza SWOT"),
  table(
    ["Mocne strony", "Słabe strony"],
    [
      ["silny klaster mleczarsko-spożywczy o zasięgu krajowym", "zależność gospodarki od jednej branży"],
      ["dostępność S8, DK 63 i 66 oraz linii kolejowej nr 6", "brak transportu zbiorowego między wsiami a miastami"],
      ["niskie bezrobocie, etos pracy i przedsiębiorczość rolników", "niskie wynagrodzenia i dochody własne gmin"],
      [
        "szkolnictwo zawodowe w zawodach branży rolno-spożywczej",
        "przestarzałe pracownie i słaba współpraca szkół z firmami",
      ],
      ["aktywne KGW i OSP, doświadczenie współpracy gmin", "niedobór usług opiekuńczych i zdrowotnych dla seniorów"],
      ["dziedzictwo wsi i Muzeum Rolnictwa w Ciechanowcu", "mała baza noclegowa, niska lesistość"],
    ],
  ),
  table(
    ["Szanse", "Zagrożenia"],
    [
      [
        "środki FEP 2021–2027 i instrumenty terytorialne dla partnerstw",
        "odpływ młodych, zwłaszcza kobiet, i starzenie się ludności",
      ],
      ["rosnący popyt na żywność wysokiej jakości i eksport", "wahania cen mleka i skupu, koncentracja rynku"],
      [
        "energetyka rozproszona: biogaz, fotowoltaika, klastry energii",
        "zaostrzanie wymogów środowiskowych wobec hodowli",
      ],
      ["tereny inwestycyjne przy węzłach S8", "wysokie ceny energii i materiałów budowlanych"],
      ["turystyka przyrodnicza w dolinach Narwi i Nurca", "niedobór kadr medycznych i opiekuńczych"],
      ["cyfryzacja usług publicznych", "ograniczona zdolność gmin do wnoszenia wkładu własnego"],
    ],
  ),
  h4("Najważniejsze wnioski z diagnozy"),
  ul(
    "Gospodarka jest silna, ale jednostronna — trzeba dodać jej nowe ogniwa (przetwórstwo, usługi, energia) i " +
      "lepszą ofertę pracy dla młodych, zwłaszcza kobiet.",
    "Starzenie się mieszkańców wymaga wspólnego, ponadgminnego systemu usług społecznych i zdrowotnych.",
    "Presja rolnictwa na wody i powietrze jest największym problemem środowiskowym i zarazem szansą na " +
      "rozwój energetyki odnawialnej.",
    "Bez transportu zbiorowego mieszkańcy wsi nie skorzystają z pracy, szkół i usług w miastach obszaru.",
  ),
];
