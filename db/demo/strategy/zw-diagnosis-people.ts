/** Ziemia Wysokomazowiecka, section 2 (part 1): Diagnoza — population, economy, labour market. */
import { h3, h4, p, table, ul } from "../pm";

export const zwDiagnosisPeople = [
  p(
    "Diagnoza opiera się na danych Banku Danych Lokalnych GUS (stan na koniec 2023 r., o ile nie zaznaczono " +
      "inaczej), danych Powiatowego Urzędu Pracy w Wysokiem Mazowieckiem, Agencji Restrukturyzacji i " +
      "Modernizacji Rolnictwa, Systemu Informacji Oświatowej oraz na wynikach badań ankietowych " +
      "przeprowadzonych na potrzeby strategii. Pełne zestawienia danych znajdują się w załączniku " +
      "statystycznym.",
  ),
  h3("Ludność i procesy demograficzne"),
  p(
    "Obszar partnerstwa zamieszkuje 56 274 osoby, o 5,4% mniej niż dziesięć lat wcześniej (59 480 osób w 2013 r.). " +
      "Gęstość zaludnienia wynosi 44 osoby na km², wobec 58 w województwie i 122 w kraju. Jedynym ośrodkiem " +
      "powyżej 5 tysięcy mieszkańców jest Wysokie Mazowieckie (9 081 osób); pozostałe miasta — Ciechanowiec, " +
      "Czyżew i Szepietowo — liczą od 2,1 do 4,4 tysiąca mieszkańców. Dwie trzecie ludności mieszka na wsi.",
  ),
  p(
    "Ubytek ludności ma dwie przyczyny o podobnej wadze. **Przyrost naturalny** jest ujemny od 2011 r. i w 2023 r. " +
      "wyniósł −3,1‰ (176 zgonów więcej niż urodzeń). **Saldo migracji** na pobyt stały wyniosło −2,3‰ " +
      "(−131 osób); wyjeżdżają przede wszystkim kobiety w wieku 20–34 lat, głównie do Białegostoku i " +
      "aglomeracji warszawskiej. W gminach wiejskich na 100 mężczyzn w wieku 25–34 lata przypada już tylko 84 kobiety.",
  ),
  h4("Starzenie się mieszkańców"),
  table(
    ["Grupa wieku", "2013", "2023", "Prognoza GUS na 2035"],
    [
      ["przedprodukcyjny (0–17 lat)", "19,4%", "17,6%", "16,1%"],
      ["produkcyjny", "62,0%", "60,0%", "56,8%"],
      ["poprodukcyjny (60+ K, 65+ M)", "18,6%", "22,4%", "27,1%"],
      ["wskaźnik obciążenia demograficznego", "61", "67", "76"],
    ],
  ),
  p(
    "Udział osób w wieku poprodukcyjnym rośnie szybciej niż średnio w województwie. Najstarsze demograficznie " +
      "są gminy Kulesze Kościelne, Nowe Piekuty i Kobylin-Borzymy, gdzie co czwarty mieszkaniec ma ponad 65 lat, " +
      "a w co trzecim gospodarstwie domowym mieszka samotnie osoba starsza. Prognoza GUS zakłada spadek liczby " +
      "ludności do ok. 51 tysięcy w 2035 r. przy dalszym wzroście liczby osób najstarszych (80+) o blisko 40%.",
  ),
  h3("Gospodarka: zagłębie mleczarskie"),
  p(
    "Podstawą gospodarki obszaru jest rolnictwo wyspecjalizowane w chowie bydła mlecznego i przetwórstwo " +
      "mleka. Użytki rolne zajmują 74% powierzchni, a obsada bydła przekracza 140 sztuk przeliczeniowych na 100 ha " +
      "użytków rolnych — to jeden z najwyższych wskaźników w Polsce. W 2023 r. w powiecie działało ok. 6 100 " +
      "gospodarstw rolnych o średniej powierzchni 17,8 ha; ok. 3 400 z nich prowadzi produkcję towarową mleka.",
  ),
  p(
    "W Wysokiem Mazowieckiem ma siedzibę **Spółdzielnia Mleczarska Mlekovita**, największy w kraju przetwórca " +
      "mleka i największy pracodawca obszaru. Mleko od rolników z powiatu skupują także SM Mlekpol (zakład w " +
      "pobliskim Zambrowie) i mniejsze spółdzielnie. Wokół przetwórstwa wyrósł lokalny łańcuch dostaw: " +
      "producenci pasz, firmy transportowe, serwisy maszyn rolniczych i urządzeń udojowych, usługi " +
      "weterynaryjne i budowlane. Ten **klaster mleczarsko-spożywczy** jest główną siłą obszaru, ale " +
      "oznacza też silną zależność od koniunktury na rynku mleka i od decyzji kilku dużych podmiotów.",
  ),
  ul(
    "W rejestrze REGON zarejestrowanych jest 4 408 podmiotów gospodarki narodowej, tj. 783 na 10 tys. " +
      "mieszkańców (województwo: 1 036, kraj: 1 342).",
    "Dominują mikroprzedsiębiorstwa usługowe i handlowe; firm przemysłowych zatrudniających ponad 50 osób jest 14.",
    "Brakuje uzbrojonych terenów inwestycyjnych: gminy dysponują łącznie ok. 38 ha terenów przeznaczonych w " +
      "planach miejscowych pod działalność gospodarczą, z czego tylko 9 ha ma pełne uzbrojenie.",
    "Turystyka ma znaczenie uzupełniające: Muzeum Rolnictwa im. ks. Krzysztofa Kluka w Ciechanowcu przyjmuje " +
      "ok. 60 tys. zwiedzających rocznie, ale obszar ma zaledwie 212 miejsc noclegowych.",
  ),
  h3("Rynek pracy i dochody"),
  p(
    "Stopa bezrobocia rejestrowanego jest niska i wynosiła w grudniu 2023 r. 4,4% (województwo: 7,7%). " +
      "W PUP zarejestrowanych było 948 osób, w tym 41% długotrwale bezrobotnych i 29% osób powyżej 50. roku życia. " +
      "Niska stopa bezrobocia nie oznacza jednak dobrego rynku pracy: wielu mieszkańców pracuje w rodzinnych " +
      "gospodarstwach, a ukryte bezrobocie na wsi szacuje się na 1 500–2 000 osób.",
  ),
  p(
    "Przeciętne wynagrodzenie brutto wyniosło w 2023 r. 6 118 zł, czyli 85,5% średniej krajowej. Pracodawcy " +
      "zgłaszają jednocześnie brak kierowców kategorii C+E, operatorów maszyn, mechaników, techników " +
      "technologii żywności, pielęgniarek i opiekunów osób starszych. Ok. 3 100 osób dojeżdża do pracy poza " +
      "powiat, głównie do Białegostoku, Zambrowa i Warszawy, a do Wysokiego Mazowieckiego dojeżdża codziennie " +
      "ok. 2 600 osób z pozostałych gmin.",
  ),
  h4("Finanse jednostek samorządu"),
  p(
    "Dochody budżetów gmin obszaru w przeliczeniu na mieszkańca wyniosły w 2023 r. średnio 6 940 zł, a " +
      "dochody własne — 2 410 zł, znacznie poniżej średniej krajowej dla gmin (3 300 zł). Zadłużenie jest " +
      "umiarkowane (średnio 28% dochodów), ale nadwyżka operacyjna w pięciu gminach nie przekracza 5% dochodów " +
      "bieżących, co ogranicza możliwość samodzielnego wniesienia wkładu własnego do większych inwestycji. " +
      "Szczegółową analizę finansową zawiera rozdział „Ramy finansowe i źródła finansowania”.",
  ),
];
