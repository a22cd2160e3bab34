/** Ziemia Wysokomazowiecka, sections 11–13: system realizacji, ramy finansowe, spójność z SRW/KSRR/SOR. */
import { doc, h3, p, table, ul } from "../pm";

export const zwImplementation = doc(
  h3("Struktury partnerstwa"),
  ul(
    "**Rada partnerstwa** — starosta, burmistrzowie i wójtowie jedenastu jednostek; przyjmuje strategię i " +
      "pakiet projektów do dalszych uchwał organów stanowiących, wybiera projekt flagowy, zatwierdza raporty " +
      "z monitoringu. Współprzewodniczą jej starosta wysokomazowiecki i burmistrz Wysokiego Mazowieckiego.",
    "**Koordynator partnerstwa** (Starostwo Powiatowe) — prowadzi prace bieżące, przestrzeń roboczą " +
      "partnerstwa, harmonogram posiedzeń i korespondencję z instytucjami zarządzającymi.",
    "**Grupy robocze** — gospodarka i turystyka; usługi społeczne i edukacja; środowisko, energia i " +
      "przestrzeń; każda z udziałem pracowników wszystkich JST oraz partnerów społecznych.",
    "**Wspólne biuro projektów** (od 2027 r.) — dwa etaty finansowane składką JST proporcjonalną do liczby " +
      "mieszkańców; przygotowuje wnioski i rozliczenia projektów partnerskich.",
  ),
  h3("Monitoring i ewaluacja"),
  p(
    "Koordynator co roku, do 30 kwietnia, przygotowuje raport z monitoringu: stan realizacji projektów " +
      "pakietu, wartości wskaźników rezultatu i wykonanie wydatków. Raport jest omawiany przez radę " +
      "partnerstwa i publikowany w Biuletynie Informacji Publicznej wszystkich JST oraz w publicznej części tej " +
      "platformy.",
  ),
  ul(
    "ewaluacja śródokresowa w 2028 r. — ocena trafności celów i ewentualna aktualizacja pakietu projektów,",
    "ewaluacja końcowa w 2031 r. — ocena efektów i przygotowanie strategii na kolejny okres,",
    "ciągły monitoring zagrożeń: rada może zmienić kolejność realizacji projektów, jeżeli zmienią się warunki " +
      "finansowania.",
  ),
  h3("Zasady współpracy"),
  p(
    "Decyzje rady zapadają w drodze konsensusu, a gdy nie jest on możliwy — większością dwóch trzecich " +
      "głosów, przy czym każda JST ma jeden głos. Koszty wspólnych przedsięwzięć dzielone są według klucza " +
      "uzgodnionego w fiszce projektu (udział korzyści, liczba mieszkańców lub lokalizacja inwestycji). " +
      "Porozumienie o partnerstwie zawarto na czas nieokreślony z możliwością wystąpienia za sześciomiesięcznym " +
      "wypowiedzeniem.",
  ),
);

export const zwFinance = doc(
  p(
    "Ramy finansowe strategii określają szacunkowe koszty pakietu projektów i źródła ich finansowania oraz " +
      "zdolność członków partnerstwa do wniesienia wkładu własnego. Kwoty są szacunkami z fiszek projektowych " +
      "(ceny z 2026 r.) i zostaną zaktualizowane po wykonaniu wstępnych analiz wykonalności.",
  ),
  h3("Szacunkowe koszty i źródła finansowania pakietu"),
  table(
    ["Źródło finansowania", "Kwota [mln zł]", "Udział"],
    [
      ["Fundusze Europejskie dla Podlaskiego 2021–2027 (EFRR, EFS+)", "56,7", "47,5%"],
      ["NFOŚiGW — program „Energia dla wsi”", "28,0", "23,4%"],
      ["Program „Senior+”", "0,6", "0,5%"],
      ["Środki prywatne (spółdzielnia energetyczna)", "9,0", "7,5%"],
      ["Wkład własny JST", "25,2", "21,1%"],
      ["Razem", "119,5", "100%"],
    ],
  ),
  h3("Analiza finansowa członków partnerstwa"),
  p(
    "Łączne dochody budżetów jedenastu JST wyniosły w 2023 r. 512 mln zł, a wydatki majątkowe 98 mln zł. " +
      "Wieloletnie prognozy finansowe przewidują w latach 2026–2029 wydatki majątkowe rzędu 210 mln zł. " +
      "Wkład własny do projektów pakietu (25,2 mln zł) stanowi ok. 12% tej kwoty i jest możliwy do " +
      "zapewnienia, pod warunkiem że projekty zostaną wpisane do WPF przed złożeniem wniosków.",
  ),
  ul(
    "Wskaźnik z art. 243 ustawy o finansach publicznych jest spełniony przez wszystkie JST z zapasem od 2 do " +
      "9 punktów procentowych; najmniejszy zapas mają gminy Kulesze Kościelne i Kobylin-Borzymy.",
    "Dla gmin o najniższej nadwyżce operacyjnej partnerstwo przewiduje udział w kosztach proporcjonalny do " +
      "liczby mieszkańców i pierwszeństwo w korzystaniu z pożyczek preferencyjnych.",
    "Koszty utrzymania inwestycji (transport, dzienne domy pomocy) zostały uwzględnione w fiszkach projektów i " +
      "będą finansowane z budżetów JST, dotacji celowych i opłat użytkowników.",
  ),
  p(
    "Oprócz pakietu partnerstwo będzie ubiegać się o środki programów krajowych (Rządowy Fundusz Rozwoju " +
      "Dróg, Fundusz rozwoju przewozów autobusowych, „Czyste Powietrze”) oraz Krajowego Planu Odbudowy na " +
      "zadania pojedynczych gmin zgodne ze strategią.",
  ),
);

export const zwCoherence = doc(
  p(
    "Strategia jest spójna z dokumentami strategicznymi wyższego rzędu. Tabela pokazuje, którym celom tych " +
      "dokumentów odpowiadają cele strategiczne partnerstwa.",
  ),
  table(
    ["Cel strategii", "Strategia Rozwoju Województwa Podlaskiego 2030", "KSRR 2030", "SOR"],
    [
      [
        "CS1 Innowacyjna i zrównoważona gospodarka",
        "Konkurencyjna gospodarka; inteligentna specjalizacja „żywność wysokiej jakości”",
        "Cel 2: wzmacnianie regionalnych przewag konkurencyjnych",
        "Cel szczegółowy I",
      ],
      [
        "CS2 Aktywna społeczność dla rozwoju",
        "Aktywni mieszkańcy i atrakcyjne miejsce do życia",
        "Cel 1: spójność społeczna i terytorialna",
        "Cel szczegółowy II",
      ],
      [
        "CS3 Czyste środowisko i przestrzeń do życia",
        "Aktywni mieszkańcy i atrakcyjne miejsce do życia (środowisko, energia)",
        "Cel 1 i cel 2 (gospodarka niskoemisyjna)",
        "Cel szczegółowy II; obszar energia i środowisko",
      ],
      [
        "CS4 Partnerska Ziemia Wysokomazowiecka",
        "Efektywne zarządzanie; współpraca samorządów",
        "Cel 3: jakość zarządzania i polityk ukierunkowanych terytorialnie",
        "Cel szczegółowy III",
      ],
    ],
  ),
  h3("Wnioski"),
  p(
    "Najsilniejsza jest zgodność z inteligentną specjalizacją województwa w obszarze żywności wysokiej jakości " +
      "oraz z celem 3 KSRR 2030, który promuje partnerstwa samorządów i instrumenty terytorialne. Strategia " +
      "uwzględnia także ustalenia Planu Zagospodarowania Przestrzennego Województwa Podlaskiego (korytarz S8, " +
      "ochrona dolin rzecznych) i planu gospodarowania wodami w dorzeczu Wisły.",
  ),
);
