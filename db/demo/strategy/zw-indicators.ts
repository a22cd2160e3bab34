/** Ziemia Wysokomazowiecka, section 7: Oczekiwane rezultaty i wskaźniki. */
import { doc, h3, p, table, ul } from "../pm";

type Row = readonly [goal: string, indicator: string, unit: string, baseline: string, target: string, source: string];

const HEADER = ["Cel", "Wskaźnik", "Jednostka", "Wartość bazowa (rok)", "Wartość docelowa 2030", "Źródło danych"];

const ROWS: readonly Row[] = [
  ["CS1", "Podmioty gospodarki narodowej na 10 tys. mieszkańców", "szt.", "783 (2023)", "850", "GUS BDL"],
  ["CS1", "Przeciętne wynagrodzenie brutto w relacji do średniej krajowej", "%", "85,5 (2023)", "90,0", "GUS BDL"],
  ["CS1", "Powierzchnia uzbrojonych terenów inwestycyjnych", "ha", "9 (2024)", "50", "gminy, starostwo"],
  ["CS1", "Turystyczne noclegi udzielone w ciągu roku", "szt.", "9 840 (2023)", "14 000", "GUS BDL"],
  ["CS2", "Saldo migracji na 1000 mieszkańców", "‰", "−2,3 (2023)", "−1,0", "GUS BDL"],
  ["CS2", "Uczniowie techników i szkół branżowych odbywający praktyki u pracodawców z obszaru", "%", "46 (2024)", "80", "starostwo (SIO)"],
  ["CS2", "Osoby objęte usługami opiekuńczymi w miejscu zamieszkania", "os.", "212 (2023)", "400", "sprawozdania OPS"],
  ["CS2", "Miejsca w dziennych domach pomocy i klubach seniora", "szt.", "75 (2024)", "180", "sprawozdania OPS"],
  ["CS3", "Ludność korzystająca z sieci kanalizacyjnej", "%", "52 (2023)", "65", "GUS BDL"],
  ["CS3", "Moc zainstalowana biogazowni rolniczych", "MWe", "1,4 (2024)", "6,0", "URE, KOWR"],
  ["CS3", "Zużycie energii w budynkach użyteczności publicznej JST", "MWh/rok", "11 600 (2024)", "8 700", "audyty energetyczne"],
  ["CS3", "Budynki ogrzewane kotłami węglowymi poniżej klasy 5", "%", "55 (2024)", "25", "CEEB"],
  ["CS4", "Usługi publiczne świadczone wspólnie przez co najmniej trzy JST obszaru", "szt.", "2 (2024)", "8", "rada partnerstwa"],
  ["CS4", "Projekty pakietu zrealizowane lub w realizacji", "szt.", "0 (2025)", "6", "monitoring strategii"],
];

/** Added after the public consultation (version 2): the residents' main request concerned public transport. */
const TRANSPORT_ROW: Row = [
  "CS4",
  "Sołectwa z połączeniem transportu zbiorowego w dni robocze przez cały rok",
  "%",
  "59 (2024)",
  "85",
  "starostwo, rozkłady jazdy",
];

export function zwIndicators(afterConsultation: boolean) {
  const rows = afterConsultation ? [...ROWS.slice(0, 12), TRANSPORT_ROW, ...ROWS.slice(12)] : ROWS;
  return doc(
    p(
      "Osiągnięcie celów strategii będzie mierzone wskaźnikami rezultatu na poziomie celów strategicznych. " +
        "Wartości bazowe pochodzą z ostatnich dostępnych danych; wartości docelowe na 2030 r. ustalono z " +
        "uwzględnieniem trendów z lat 2013–2023 i efektów projektów pakietu. Wskaźniki produktu poszczególnych " +
        "projektów określają ich fiszki.",
    ),
    h3("Wskaźniki rezultatu strategii"),
    table(HEADER, rows),
    h3("Oczekiwane rezultaty"),
    ul(
      "Zatrzymanie spadku liczby przedsiębiorstw i wzrost zatrudnienia poza rolnictwem o ok. 600 miejsc pracy.",
      "Każdy uczeń technikum i szkoły branżowej odbywa praktykę u pracodawcy z obszaru.",
      "Dwukrotny wzrost liczby seniorów korzystających z usług w miejscu zamieszkania.",
      "Poprawa stanu wód w zlewniach Nurca i Ślini dzięki kanalizacji i doradztwu dla rolników.",
      "Redukcja zużycia energii w budynkach publicznych o jedną czwartą.",
    ),
    p(
      "Wartości wskaźników będą aktualizowane co roku w raporcie z monitoringu strategii (rozdział „System " +
        "realizacji”). Jeżeli w dwóch kolejnych latach wskaźnik będzie odbiegał od ścieżki dojścia do wartości " +
        "docelowej o ponad 20%, rada partnerstwa zleci analizę przyczyn i zdecyduje o korekcie działań.",
    ),
  );
}
