/**
 * The demo polls (shape: DemoPoll in ./types.ts): Ziemia Wysokomazowiecka's open, secret, single-choice poll on
 * the flagship project, closing two weeks after the demo is seeded, and the closed open-ballot poll in which
 * "Wiele gmin – jeden cel" chose its flagship, with its minutes.
 */
import { addDays, warsawDate, warsawInstant } from "./dates";
import { person } from "./people";
import { doc, h3, p, table, ul } from "./pm";
import type { DemoPoll, PersonRef } from "./types";

const ZW = "ziemia-wysokomazowiecka";
const WGJC = "wiele-gmin-jeden-cel";
const councilOf = (slug: string, names: string[]): PersonRef[] => [
  { email: `rada1@${slug}.demo` },
  { email: `rada2@${slug}.demo` },
  ...names.map((name) => person(slug, name)),
];

const ZW_COUNCIL = councilOf(ZW, [
  "Marek Zaremba",
  "Agnieszka Kalinowska",
  "Tadeusz Piekarski",
  "Zbigniew Dmochowski",
  "Krystyna Wyszyńska",
  "Sławomir Rogalski",
  "Dariusz Kossakowski",
  "Grzegorz Dąbrowski",
  "Robert Zalewski",
]);

const WGJC_COUNCIL = councilOf(WGJC, [
  "Henryk Mroczkowski",
  "Irena Chrostowska",
  "Józef Dziekoński",
  "Wojciech Gryszkiewicz",
  "Elżbieta Deptuła",
  "Andrzej Szeligowski",
]);

export function demoPolls(now: Date = new Date()): DemoPoll[] {
  const today = warsawDate(now);
  const wgjcOpened = addDays(today, -30);
  const wgjcClosed = addDays(today, -23);
  const vote = (voter: PersonRef, choice: string, day: number, time: string) => ({
    voter,
    choice,
    castAt: warsawInstant(addDays(wgjcOpened, day), time),
  });
  // The wójt of Grabowo (third) did not vote.
  const [starosta, burmistrzKolna, , kolno, malyPlock, stawiski, turosl, jedwabne] = WGJC_COUNCIL;
  const ballots = [
    vote(starosta, "wgjc-droga-kolno-jedwabne", 0, "09:41"),
    vote(burmistrzKolna, "wgjc-strefa-kolno", 0, "11:05"),
    vote(jedwabne, "wgjc-droga-kolno-jedwabne", 1, "08:17"),
    vote(malyPlock, "wgjc-woda", 1, "14:52"),
    vote(stawiski, "wgjc-droga-kolno-jedwabne", 2, "10:30"),
    vote(turosl, "wgjc-woda", 3, "19:06"),
    vote(kolno, "wgjc-droga-kolno-jedwabne", 5, "12:44"),
  ];
  return [
    {
      key: "zw-wybor-projektu-flagowego",
      partnership: ZW,
      title: "Wybór projektu flagowego",
      description: doc(
        p(
          "Rada partnerstwa wybiera projekt najbardziej dojrzały, dla którego eksperci Centrum Wsparcia Doradczego " +
            "przygotują analizę sektorową i zarys wniosku o dofinansowanie. Kandydatów zarekomendowała grupa robocza " +
            "na posiedzeniu nr 12.",
        ),
        p(
          "Głosowanie jest tajne, jednokrotnego wyboru. Każdy członek rady oddaje jeden głos i może go zmienić do " +
            "zamknięcia głosowania. Wynik jest ważny, jeżeli zagłosuje więcej niż połowa członków rady.",
        ),
      ),
      method: "single",
      secret: true,
      status: "open",
      opensAt: warsawInstant(addDays(today, -1), "09:00"),
      closesAt: warsawInstant(addDays(today, 14), "15:00"),
      quorum: 0.5,
      candidates: ["zw-strefa-s8", "zw-centrum-ksztalcenia", "zw-transport"],
      eligible: ZW_COUNCIL,
      ballots: [],
      outcome: null,
    },
    {
      key: "wgjc-wybor-projektu-flagowego",
      partnership: WGJC,
      title: "Wybór projektu flagowego",
      description: doc(
        p(
          "Jawne głosowanie rady partnerstwa nad wyborem projektu flagowego spośród trzech najbardziej dojrzałych " +
            "projektów pakietu.",
        ),
      ),
      method: "single",
      secret: false,
      status: "closed",
      opensAt: warsawInstant(wgjcOpened, "09:00"),
      closesAt: warsawInstant(wgjcClosed, "15:00"),
      quorum: 0.5,
      candidates: ["wgjc-droga-kolno-jedwabne", "wgjc-strefa-kolno", "wgjc-woda"],
      eligible: WGJC_COUNCIL,
      ballots,
      outcome: {
        turnout: ballots.length / WGJC_COUNCIL.length,
        quorumMet: true,
        tie: false,
        votes: [
          { project: "wgjc-droga-kolno-jedwabne", votes: 4 },
          { project: "wgjc-woda", votes: 2 },
          { project: "wgjc-strefa-kolno", votes: 1 },
        ],
        adoptedFlagship: "wgjc-droga-kolno-jedwabne",
        adoptedBy: { email: `koordynator@${WGJC}.demo` },
        adoptedAt: warsawInstant(addDays(wgjcClosed, 1), "10:00"),
        minutes: doc(
          h3("Protokół z głosowania rady partnerstwa „Wiele gmin – jeden cel”"),
          p(
            "Przedmiot głosowania: wybór projektu flagowego partnerstwa. Głosowanie jawne, jednokrotnego wyboru, " +
              "przeprowadzone w platformie Wspólnie przez siedem dni. Uprawnieni do głosowania: ośmioro członków " +
              "rady partnerstwa, po jednym z każdej jednostki samorządu terytorialnego.",
          ),
          p(
            "W głosowaniu wzięło udział 7 z 8 uprawnionych (frekwencja 87,5%); wymagane kworum (więcej niż połowa " +
              "uprawnionych) zostało osiągnięte. Nie głosował wójt gminy Grabowo.",
          ),
          table(
            ["Projekt", "Liczba głosów"],
            [
              ["Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne", "4"],
              ["Modernizacja stacji uzdatniania wody w gminach Mały Płock, Grabowo i Turośl", "2"],
              ["Strefa aktywności gospodarczej w Kolnie", "1"],
            ],
          ),
          h3("Jak głosowali członkowie rady"),
          ul(
            "Tomasz Starosta (Powiat Kolneński) — przebudowa ciągu dróg,",
            "Barbara Burmistrz (Miasto Kolno) — strefa aktywności gospodarczej,",
            "Andrzej Szeligowski (Gmina Jedwabne) — przebudowa ciągu dróg,",
            "Józef Dziekoński (Gmina Mały Płock) — stacje uzdatniania wody,",
            "Wojciech Gryszkiewicz (Gmina Stawiski) — przebudowa ciągu dróg,",
            "Elżbieta Deptuła (Gmina Turośl) — stacje uzdatniania wody,",
            "Irena Chrostowska (Gmina Kolno) — przebudowa ciągu dróg.",
          ),
          h3("Rozstrzygnięcie"),
          p(
            "Projektem flagowym partnerstwa jest „Przebudowa ciągu dróg Kolno – Stawiski – Jedwabne”. Koordynator " +
              "partnerstwa przyjął wynik głosowania dzień po jego zamknięciu; eksperci przygotują dla projektu " +
              "analizę sektorową i zarys wniosku o dofinansowanie.",
          ),
        ),
      },
    },
  ];
}
