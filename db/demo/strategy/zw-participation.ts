/** Ziemia Wysokomazowiecka, section 14: Udział partnerów i konsultacje (version 1 plans them, version 2 reports). */
import { doc, h3, p, table, ul } from "../pm";

const partners = [
  h3("Udział partnerów w przygotowaniu strategii"),
  p(
    "Strategia powstała z udziałem partnerów społecznych i gospodarczych od pierwszego etapu prac. W grupie " +
      "roboczej i na warsztatach uczestniczyli przedstawiciele:",
  ),
  ul(
    "Podlaskiego Ośrodka Doradztwa Rolniczego w Szepietowie i izby rolniczej,",
    "spółdzielni mleczarskich i przedsiębiorców zrzeszonych w lokalnym cechu rzemiosł,",
    "Lokalnej Grupy Działania, kół gospodyń wiejskich, ochotniczych straży pożarnych i klubów seniora,",
    "dyrektorów szkół, Szpitala Ogólnego w Wysokiem Mazowieckiem i Powiatowego Urzędu Pracy,",
    "Narwiańskiego Parku Narodowego i Regionalnej Dyrekcji Ochrony Środowiska w Białymstoku,",
    "młodzieżowych rad gmin i samorządów uczniowskich szkół ponadpodstawowych.",
  ),
];

const planned = [
  h3("Konsultacje społeczne"),
  p(
    "Projekt strategii zostanie poddany konsultacjom społecznym na podstawie art. 6 ustawy o zasadach " +
      "prowadzenia polityki rozwoju w dniach **od 21 września do 30 października 2026 r.** (40 dni). Ogłoszenie " +
      "o konsultacjach zostanie opublikowane w BIP wszystkich jedenastu JST, na stronach internetowych gmin i w " +
      "prasie lokalnej. Uwagi będzie można zgłaszać:",
  ),
  ul(
    "bezpośrednio w publicznej wersji projektu w tej platformie, przy wybranym fragmencie tekstu,",
    "na formularzu w urzędach gmin i w starostwie (osobiście, pocztą lub e-mailem),",
    "podczas trzech otwartych spotkań: w Wysokiem Mazowieckiem, Ciechanowcu i Szepietowie.",
  ),
  p(
    "Po zakończeniu konsultacji koordynator przygotuje raport zawierający każdą zgłoszoną uwagę, " +
      "odpowiedź partnerstwa i informację, czy uwagę uwzględniono w całości, w części czy nie uwzględniono — " +
      "z uzasadnieniem. Raport zostanie opublikowany wraz z ostateczną wersją strategii.",
  ),
];

const report = [
  h3("Konsultacje społeczne"),
  p(
    "Projekt strategii był poddany konsultacjom społecznym na podstawie art. 6 ustawy o zasadach prowadzenia " +
      "polityki rozwoju **od 21 września do 30 października 2026 r.** (40 dni). Ogłoszenie opublikowano w BIP " +
      "wszystkich jedenastu JST, na stronach internetowych gmin i w tygodniku lokalnym. Uwagi zgłaszano w " +
      "publicznej wersji projektu w tej platformie, na formularzach w urzędach i podczas trzech otwartych " +
      "spotkań w Wysokiem Mazowieckiem, Ciechanowcu i Szepietowie, w których wzięło udział 164 osoby.",
  ),
  h3("Wyniki konsultacji"),
  p(
    "Zgłoszono 47 uwag od 29 osób i 8 instytucji. Najwięcej dotyczyło transportu zbiorowego (14), usług dla " +
      "seniorów (9) i lokalizacji biogazowni (8). Wszystkie uwagi wraz z odpowiedziami zawiera raport z " +
      "konsultacji przyjęty przez radę partnerstwa 19 listopada 2026 r.",
  ),
  table(
    ["Rozstrzygnięcie", "Liczba uwag"],
    [
      ["uwzględniona", "21"],
      ["uwzględniona częściowo", "11"],
      ["nieuwzględniona (z uzasadnieniem)", "15"],
      ["razem", "47"],
    ],
  ),
  p("W wyniku konsultacji wprowadzono do strategii następujące zmiany:"),
  ul(
    "dodano wskaźnik dostępności transportu zbiorowego w sołectwach (rozdział 7), o który wnioskowało " +
      "najwięcej mieszkańców,",
    "przeformułowano cel operacyjny CO2.2, tak aby obejmował także osoby z niepełnosprawnościami i usługi " +
      "świadczone w społeczności lokalnej, zgodnie z uwagą Powiatowego Centrum Pomocy Rodzinie,",
    "doprecyzowano w modelu funkcjonalno-przestrzennym zasady lokalizacji biogazowni.",
  ),
  p(
    "Nie uwzględniono m.in. wniosków o budowę obwodnicy Ciechanowca i o dofinansowanie zakupu maszyn dla " +
      "indywidualnych gospodarstw — wykraczają one poza kompetencje partnerstwa lub nie spełniają testu " +
      "zintegrowania; zostały przekazane właściwym instytucjom.",
  ),
];

export function zwParticipation(afterConsultation: boolean) {
  return doc(...partners, ...(afterConsultation ? report : planned));
}
