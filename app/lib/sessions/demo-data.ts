/**
 * Demo sessions: for each pilot partnership a closed working-group session in the past (approved minutes,
 * attendance, decisions) and a planned one ahead, placed relative to the day of seeding. The shape is that of
 * `DemoSession` in the demo-content branch's db/demo/types.ts (the same people and texts), so once db/demo is on
 * main the seed can take `demoSessions(now)` from there instead of this list.
 */
import type { PmJson } from "../editor/text";
import { warsawParts } from "./time";

export type PersonRef = { email: string } | { name: string };
export interface DemoMeeting {
  partnership: string;
  body: "working_group" | "council";
  title: string;
  date: string;
  time: string;
  durationMinutes: number;
  videoUrl: string;
  status: "planned" | "closed";
  agenda: { key: string; title: string; link: { kind: "strategy_section"; section: string } | { kind: "project"; project: string } | null }[];
  minutes: PmJson | null;
  attendance: { person: PersonRef; intervals: { joined: string; left: string }[]; byPhone: boolean }[];
  decisions: { agendaItem: string; text: string; recordedBy: PersonRef }[];
  /** Day offset after the session and time of each approval. */
  approvals: { person: PersonRef; days: number; time: string }[];
}

const p = (text: string): PmJson => ({ type: "paragraph", content: [{ type: "text", text }] });
const h3 = (text: string): PmJson => ({ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text }] });
const doc = (...content: PmJson[]): PmJson => ({ type: "doc", content });

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** The date itself on a weekday, else the nearest weekday in the given direction. */
function weekday(date: string, direction: 1 | -1): string {
  let day = date;
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, direction);
  return day;
}
const present = (person: PersonRef, ...spans: [string, string][]) => ({
  person,
  intervals: spans.map(([joined, left]) => ({ joined, left })),
  byPhone: false,
});
const phone = (person: PersonRef, joined: string, left: string) => ({ person, intervals: [{ joined, left }], byPhone: true });

export function demoMeetings(now = new Date()): DemoMeeting[] {
  const today = warsawParts(now).date;
  const zw = (local: string) => ({ email: `${local}@ziemia-wysokomazowiecka.demo` });
  const wg = (local: string) => ({ email: `${local}@wiele-gmin-jeden-cel.demo` });
  const ab = (local: string) => ({ email: `${local}@augustowsko-biebrzanski-park-turystyczny.demo` });
  const named = (name: string) => ({ name });
  return [
    {
      partnership: "ziemia-wysokomazowiecka",
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 12 — strategia po konsultacjach i projekty strategiczne",
      date: weekday(addDays(today, -12), -1),
      time: "10:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-12",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia i przyjęcie porządku obrad", link: null },
        { key: "konsultacje", title: "Wyniki konsultacji społecznych i zmiany w projekcie strategii", link: { kind: "strategy_section", section: "s14" } },
        { key: "wskaznik", title: "Nowy wskaźnik dostępności transportu zbiorowego", link: { kind: "strategy_section", section: "s07" } },
        { key: "transport", title: "Harmonogram projektu „Wspólny transport zbiorowy”", link: { kind: "project", project: "zw-transport" } },
        { key: "rozne", title: "Sprawy różne i termin kolejnego posiedzenia", link: null },
      ],
      minutes: doc(
        p("Posiedzenie otworzyła koordynatorka partnerstwa Anna Koordynatorka. Porządek obrad przyjęto bez uwag."),
        h3("2. Wyniki konsultacji społecznych"),
        p("Maria Ekspertka przedstawiła raport z konsultacji: 47 uwag, z czego 21 uwzględniono, 11 uwzględniono częściowo, a 15 nie uwzględniono. Najwięcej uwag dotyczyło transportu zbiorowego i usług dla seniorów."),
        h3("3. Nowy wskaźnik"),
        p("Paweł Olszewski (starostwo) potwierdził wartość bazową 59% sołectw z całorocznym połączeniem w dni robocze; grupa uznała wartość docelową 85% za ambitną, ale osiągalną."),
        h3("4. Harmonogram projektu transportowego"),
        p("Omówiono harmonogram: utworzenie związku powiatowo-gminnego do końca marca, projekty węzłów w Czyżewie i Szepietowie do końca sierpnia, wniosek w III kwartale 2027 r."),
        h3("5. Sprawy różne"),
        p("Kolejne posiedzenie poświęcone zostanie wstępnym analizom wykonalności."),
      ),
      attendance: [
        present(zw("koordynator"), ["09:56", "12:04"]),
        present(zw("grupa"), ["10:01", "10:47"], ["10:52", "12:02"]),
        present(zw("ekspert"), ["10:00", "11:31"]),
        present(zw("rada2"), ["10:28", "11:15"]),
        present(named("Katarzyna Sawicka"), ["10:02", "12:00"]),
        present(named("Łukasz Grabowski"), ["09:59", "12:01"]),
        phone(named("Paweł Olszewski"), "10:40", "11:20"),
      ],
      decisions: [
        { agendaItem: "konsultacje", text: "Grupa robocza przyjmuje raport z konsultacji i rekomenduje radzie partnerstwa przyjęcie wersji 2 strategii wraz z nowym brzmieniem celu CO2.2.", recordedBy: zw("koordynator") },
        { agendaItem: "wskaznik", text: "Do rozdziału 7 dodaje się wskaźnik „Sołectwa z połączeniem transportu zbiorowego w dni robocze przez cały rok”: 59% (2024) → 85% (2030).", recordedBy: zw("ekspert") },
        { agendaItem: "transport", text: "Powiat przygotuje projekt statutu związku powiatowo-gminnego ds. transportu i przekaże go gminom do końca stycznia.", recordedBy: zw("koordynator") },
      ],
      approvals: [
        { person: zw("koordynator"), days: 1, time: "09:12" },
        { person: zw("grupa"), days: 1, time: "13:40" },
        { person: zw("ekspert"), days: 2, time: "08:05" },
        { person: named("Katarzyna Sawicka"), days: 2, time: "10:18" },
      ],
    },
    {
      partnership: "ziemia-wysokomazowiecka",
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 13 — wstępne analizy wykonalności",
      date: weekday(addDays(today, 9), 1),
      time: "10:00",
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-13",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia i przyjęcie porządku obrad", link: null },
        { key: "klaster", title: "Klaster energii: wybór technologii biogazowni i lokalizacje", link: { kind: "project", project: "zw-klaster-energii" } },
        { key: "seniorzy", title: "„Bliżej seniora”: część finansowa analizy wykonalności", link: { kind: "project", project: "zw-blizej-seniora" } },
        { key: "wskazniki", title: "Wskaźniki rezultatu do analiz wykonalności", link: { kind: "strategy_section", section: "s07" } },
        { key: "rozne", title: "Sprawy różne", link: null },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
    {
      partnership: "wiele-gmin-jeden-cel",
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 5 — cele operacyjne",
      date: weekday(addDays(today, -19), -1),
      time: "12:00",
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-grupa-robocza-5",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie i przyjęcie porządku obrad", link: null },
        { key: "cele", title: "Uwagi rady do celów strategicznych", link: { kind: "strategy_section", section: "s04" } },
        { key: "operacyjne", title: "Propozycje celów operacyjnych", link: { kind: "strategy_section", section: "s05" } },
      ],
      minutes: doc(
        p("Posiedzenie prowadził koordynator partnerstwa Krzysztof Koordynator."),
        h3("Cele strategiczne"),
        p("Barbara Burmistrz przekazała uwagę rady, aby cel CS3 wprost wymieniał kulturę kurpiowską."),
        h3("Cele operacyjne"),
        p("Dr Michał Lewandowski przedstawił propozycje po trzy cele operacyjne dla każdego celu strategicznego."),
      ),
      attendance: [
        present(wg("koordynator"), ["11:55", "13:32"]),
        present(wg("rada2"), ["12:00", "12:40"]),
        present(named("Anna Wiśniewska"), ["11:58", "13:30"]),
        present(named("dr Michał Lewandowski"), ["11:59", "13:31"]),
        phone(named("Dariusz Chrzanowski"), "12:30", "12:55"),
      ],
      decisions: [
        { agendaItem: "cele", text: "Cel CS3 otrzymuje brzmienie „Środowisko i kultura kurpiowska jako kapitał rozwoju”.", recordedBy: wg("koordynator") },
        { agendaItem: "operacyjne", text: "Ekspert przygotuje do kolejnego posiedzenia karty celów operacyjnych z propozycjami wskaźników.", recordedBy: wg("koordynator") },
      ],
      approvals: [
        { person: wg("koordynator"), days: 1, time: "08:30" },
        { person: wg("rada2"), days: 1, time: "15:02" },
      ],
    },
    {
      partnership: "wiele-gmin-jeden-cel",
      body: "council",
      title: "Posiedzenie rady partnerstwa nr 3 — diagnoza i pakiet projektów",
      date: weekday(addDays(today, 16), 1),
      time: "11:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-rada-3",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia", link: null },
        { key: "diagnoza", title: "Przyjęcie diagnozy obszaru", link: { kind: "strategy_section", section: "s02" } },
        { key: "pakiet", title: "Pakiet projektów: kandydaci na projekt flagowy", link: { kind: "strategy_section", section: "s10" } },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
    {
      partnership: "augustowsko-biebrzanski-park-turystyczny",
      body: "working_group",
      title: "Warsztat grupy roboczej — diagnoza turystyki i wizja",
      date: weekday(addDays(today, -8), -1),
      time: "10:00",
      durationMinutes: 150,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-warsztat-diagnoza",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie warsztatu", link: null },
        { key: "dane", title: "Ruch turystyczny i baza noclegowa — dane i wnioski", link: { kind: "strategy_section", section: "s02" } },
        { key: "wizja", title: "Wizja partnerstwa", link: { kind: "strategy_section", section: "s03" } },
      ],
      minutes: doc(
        p("Warsztat prowadziła koordynatorka Magdalena Koordynatorka z ekspertką dr Ewą Kozłowską."),
        h3("Dane o ruchu turystycznym"),
        p("Karolina Jurkiewicz przedstawiła dane o noclegach: ponad 70% przypada na Augustów i gminy Płaska i Augustów. Piotr Jankowski (BPN) zwrócił uwagę na presję ruchu kajakowego w okresie lęgowym."),
        h3("Wizja"),
        p("Uczestnicy wybrali wariant wizji akcentujący turystykę całoroczną i odpowiedzialną."),
      ),
      attendance: [
        present(ab("koordynator"), ["09:55", "12:31"]),
        present(ab("rada1"), ["10:00", "11:10"]),
        present(named("Karolina Jurkiewicz"), ["09:58", "12:30"]),
        present(named("dr Ewa Kozłowska"), ["09:57", "12:31"]),
        phone(named("Jerzy Wasilewski"), "10:30", "11:30"),
      ],
      decisions: [
        { agendaItem: "wizja", text: "Grupa przyjmuje wizję partnerstwa w wariancie „całoroczna, odpowiedzialna turystyka” i przekazuje ją radzie.", recordedBy: ab("koordynator") },
      ],
      approvals: [
        { person: ab("koordynator"), days: 1, time: "10:05" },
        { person: ab("rada1"), days: 2, time: "07:58" },
        { person: named("dr Ewa Kozłowska"), days: 1, time: "16:44" },
      ],
    },
    {
      partnership: "augustowsko-biebrzanski-park-turystyczny",
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 4 — cele strategiczne i fiszki projektów",
      date: weekday(addDays(today, 6), 1),
      time: "10:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-grupa-robocza-4",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia", link: null },
        { key: "cele", title: "Cele strategiczne — uwagi gmin", link: { kind: "strategy_section", section: "s04" } },
        { key: "przystanie", title: "Fiszka: sieć przystani kajakowych", link: { kind: "project", project: "abpt-przystanie-kajakowe" } },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
  ];
}
