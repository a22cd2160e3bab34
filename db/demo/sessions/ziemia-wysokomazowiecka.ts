/** Ziemia Wysokomazowiecka: a closed working-group session with approved minutes, and the next one planned. */
import { addDays, warsawInstant, weekday } from "../dates";
import { person } from "../people";
import { doc, h3, p, ul } from "../pm";
import type { DemoAttendance, DemoSession, IsoDate, PersonRef } from "../types";

const SLUG = "ziemia-wysokomazowiecka";
const account = (local: string): PersonRef => ({ email: `${local}@${SLUG}.demo` });
const named = (name: string) => person(SLUG, name);
const present = (who: PersonRef, ...intervals: [string, string][]): DemoAttendance => ({
  person: who,
  intervals: intervals.map(([joined, left]) => ({ joined, left })),
  byPhone: false,
});

export function zwSessions(today: IsoDate): DemoSession[] {
  const past = weekday(addDays(today, -12), -1);
  const next = weekday(addDays(today, 9), 1);
  return [
    {
      key: "zw-grupa-robocza-12",
      partnership: SLUG,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 12 — strategia po konsultacjach i projekty strategiczne",
      date: past,
      time: "10:00",
      startsAt: warsawInstant(past, "10:00"),
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-12",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia i przyjęcie porządku obrad", link: null },
        {
          key: "konsultacje",
          title: "Wyniki konsultacji społecznych i zmiany w projekcie strategii",
          link: { kind: "strategy_section", section: "s14" },
        },
        {
          key: "wskaznik",
          title: "Nowy wskaźnik dostępności transportu zbiorowego",
          link: { kind: "strategy_section", section: "s07" },
        },
        {
          key: "transport",
          title: "Harmonogram projektu „Wspólny transport zbiorowy”",
          link: { kind: "project", project: "zw-transport" },
        },
        {
          key: "glosowanie",
          title: "Przygotowanie głosowania rady nad projektem flagowym",
          link: { kind: "strategy_section", section: "s10" },
        },
        { key: "rozne", title: "Sprawy różne i termin kolejnego posiedzenia", link: null },
      ],
      minutes: doc(
        p(
          "Posiedzenie otworzyła koordynatorka partnerstwa Anna Koordynatorka. W posiedzeniu uczestniczyło " +
            "dziesięć osób, w tym jedna telefonicznie. Porządek obrad przyjęto bez uwag.",
        ),
        h3("2. Wyniki konsultacji społecznych"),
        p(
          "Maria Ekspertka przedstawiła raport z konsultacji: 47 uwag, z czego 21 uwzględniono, 11 uwzględniono " +
            "częściowo, a 15 nie uwzględniono. Najwięcej uwag dotyczyło transportu zbiorowego i usług dla seniorów. " +
            "Monika Perkowska (PCPR) poprosiła, aby cel operacyjny CO2.2 obejmował także osoby z " +
            "niepełnosprawnościami — grupa przyjęła nowe brzmienie celu.",
        ),
        h3("3. Nowy wskaźnik"),
        p(
          "Paweł Olszewski (starostwo) potwierdził wartość bazową 59% sołectw z całorocznym połączeniem w dni robocze " +
            "na podstawie rozkładów jazdy z 2024 r. Grupa uznała wartość docelową 85% za ambitną, ale osiągalną po " +
            "uruchomieniu linii na żądanie.",
        ),
        h3("4. Harmonogram projektu transportowego"),
        p(
          "Omówiono harmonogram: utworzenie związku powiatowo-gminnego do końca marca, projekty węzłów w Czyżewie i " +
            "Szepietowie do końca sierpnia, wniosek w III kwartale 2027 r. Joanna Krajewska zgłosiła, że PKP PLK " +
            "wstępnie zgodziły się na dzierżawę terenu przy stacji w Czyżewie.",
        ),
        h3("5. Głosowanie nad projektem flagowym"),
        p(
          "Koordynatorka przedstawiła ocenę dojrzałości projektów strategicznych. Grupa zarekomendowała radzie trzech " +
            "kandydatów i tajne głosowanie jednokrotnego wyboru w platformie.",
        ),
        h3("6. Sprawy różne"),
        ul(
          "Tomasz Wnorowski (ODR) zaproponował wizytę studyjną w działającej biogazowni rolniczej przed spotkaniami z mieszkańcami.",
          "Kolejne posiedzenie poświęcone zostanie wstępnym analizom wykonalności.",
        ),
      ),
      attendance: [
        present(account("koordynator"), ["09:56", "12:04"]),
        present(account("grupa"), ["10:01", "10:47"], ["10:52", "12:02"]),
        present(account("ekspert"), ["10:00", "11:31"]),
        present(account("rada2"), ["10:28", "11:15"]),
        present(named("Katarzyna Sawicka"), ["10:02", "12:00"]),
        present(named("Łukasz Grabowski"), ["09:59", "12:01"]),
        present(named("Joanna Krajewska"), ["10:03", "12:00"]),
        present(named("Monika Perkowska"), ["10:05", "11:02"]),
        { person: named("Paweł Olszewski"), intervals: [{ joined: "10:40", left: "11:20" }], byPhone: true },
        present(named("Tomasz Wnorowski"), ["10:10", "11:45"]),
      ],
      decisions: [
        {
          agendaItem: "konsultacje",
          text: "Grupa robocza przyjmuje raport z konsultacji i rekomenduje radzie partnerstwa przyjęcie wersji 2 strategii wraz z nowym brzmieniem celu CO2.2.",
          recordedBy: account("koordynator"),
        },
        {
          agendaItem: "wskaznik",
          text: "Do rozdziału 7 dodaje się wskaźnik „Sołectwa z połączeniem transportu zbiorowego w dni robocze przez cały rok”: 59% (2024) → 85% (2030).",
          recordedBy: account("ekspert"),
        },
        {
          agendaItem: "transport",
          text: "Powiat przygotuje projekt statutu związku powiatowo-gminnego ds. transportu i przekaże go gminom do końca stycznia.",
          recordedBy: account("koordynator"),
        },
        {
          agendaItem: "glosowanie",
          text: "Kandydatami w głosowaniu rady są: Strefa Inwestycyjna przy węźle S8, Branżowe Centrum Umiejętności Rolno-Spożywczych i Wspólny transport zbiorowy; głosowanie tajne, jednokrotnego wyboru, przez dwa tygodnie.",
          recordedBy: account("koordynator"),
        },
      ],
      approvals: [
        { person: account("koordynator"), at: warsawInstant(addDays(past, 1), "09:12") },
        { person: account("grupa"), at: warsawInstant(addDays(past, 1), "13:40") },
        { person: account("ekspert"), at: warsawInstant(addDays(past, 2), "08:05") },
        { person: named("Katarzyna Sawicka"), at: warsawInstant(addDays(past, 2), "10:18") },
      ],
    },
    {
      key: "zw-grupa-robocza-13",
      partnership: SLUG,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 13 — wstępne analizy wykonalności",
      date: next,
      time: "10:00",
      startsAt: warsawInstant(next, "10:00"),
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-13",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia i przyjęcie porządku obrad", link: null },
        {
          key: "klaster",
          title: "Klaster energii: wybór technologii biogazowni i lokalizacje",
          link: { kind: "project", project: "zw-klaster-energii" },
        },
        {
          key: "seniorzy",
          title: "„Bliżej seniora”: część finansowa analizy wykonalności",
          link: { kind: "project", project: "zw-blizej-seniora" },
        },
        {
          key: "szlak",
          title: "Szlak „Od Nurca do Narwi”: uzgodnienia z Narwiańskim Parkiem Narodowym",
          link: { kind: "project", project: "zw-szlak-nurca-narwi" },
        },
        { key: "rozne", title: "Sprawy różne", link: null },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
  ];
}
