/** "Wiele gmin – jeden cel" and "Augustowsko-Biebrzański Park Turystyczny": a past and an upcoming session each. */
import { addDays, warsawInstant, weekday } from "../dates";
import { person } from "../people";
import { doc, h3, p } from "../pm";
import type { DemoAttendance, DemoSession, IsoDate, PersonRef } from "../types";

const attended = (who: PersonRef, joined: string, left: string): DemoAttendance => ({
  person: who,
  intervals: [{ joined, left }],
  byPhone: false,
});

export function wgjcSessions(today: IsoDate): DemoSession[] {
  const slug = "wiele-gmin-jeden-cel";
  const account = (local: string): PersonRef => ({ email: `${local}@${slug}.demo` });
  const named = (name: string) => person(slug, name);
  const past = weekday(addDays(today, -19), -1);
  const next = weekday(addDays(today, 16), 1);
  return [
    {
      key: "wgjc-grupa-robocza-5",
      partnership: slug,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 5 — cele operacyjne",
      date: past,
      time: "12:00",
      startsAt: warsawInstant(past, "12:00"),
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-grupa-robocza-5",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie i przyjęcie porządku obrad", link: null },
        {
          key: "cele",
          title: "Uwagi rady do celów strategicznych",
          link: { kind: "strategy_section", section: "s04" },
        },
        {
          key: "operacyjne",
          title: "Propozycje celów operacyjnych",
          link: { kind: "strategy_section", section: "s05" },
        },
        {
          key: "stawiski",
          title: "Fiszka projektu: centrum usług społecznych w Stawiskach",
          link: { kind: "project", project: "wgjc-centrum-uslug-stawiski" },
        },
      ],
      minutes: doc(
        p(
          "Posiedzenie prowadził koordynator partnerstwa Krzysztof Koordynator. Uczestniczyło siedem osób, w tym jedna telefonicznie.",
        ),
        h3("Cele strategiczne"),
        p(
          "Barbara Burmistrz przekazała uwagę rady, aby cel CS3 wprost wymieniał kulturę kurpiowską. Grupa przyjęła " +
            "brzmienie „Środowisko i kultura kurpiowska jako kapitał rozwoju”.",
        ),
        h3("Cele operacyjne"),
        p(
          "Dr Michał Lewandowski przedstawił propozycje po trzy cele operacyjne dla każdego celu strategicznego. " +
            "Marcin Gadomski zaproponował wyodrębnienie celu dotyczącego terenów inwestycyjnych w Kolnie.",
        ),
        h3("Fiszka centrum usług w Stawiskach"),
        p(
          "Beata Kulesza (MGOPS Stawiski) przedstawiła diagnozę potrzeb seniorów; uzgodniono dowóz uczestników z Kolna i Jedwabnego.",
        ),
      ),
      attendance: [
        attended(account("koordynator"), "11:55", "13:32"),
        attended(account("rada2"), "12:00", "12:40"),
        attended(named("Anna Wiśniewska"), "11:58", "13:30"),
        attended(named("Marcin Gadomski"), "12:02", "13:30"),
        attended(named("Beata Kulesza"), "12:00", "13:15"),
        attended(named("dr Michał Lewandowski"), "11:59", "13:31"),
        { person: named("Dariusz Chrzanowski"), intervals: [{ joined: "12:30", left: "12:55" }], byPhone: true },
      ],
      decisions: [
        {
          agendaItem: "cele",
          text: "Cel CS3 otrzymuje brzmienie „Środowisko i kultura kurpiowska jako kapitał rozwoju”.",
          recordedBy: account("koordynator"),
        },
        {
          agendaItem: "operacyjne",
          text: "Ekspert przygotuje do kolejnego posiedzenia projekt rozdziału „Cele operacyjne” z uwzględnieniem zgłoszonych propozycji.",
          recordedBy: account("koordynator"),
        },
        {
          agendaItem: "stawiski",
          text: "Fiszka projektu centrum usług w Stawiskach zostaje przyjęta do pakietu z dowozem uczestników z Kolna i Jedwabnego.",
          recordedBy: account("koordynator"),
        },
      ],
      approvals: [
        { person: account("koordynator"), at: warsawInstant(addDays(past, 1), "08:30") },
        { person: account("rada2"), at: warsawInstant(addDays(past, 1), "15:02") },
        { person: named("dr Michał Lewandowski"), at: warsawInstant(addDays(past, 3), "11:47") },
      ],
    },
    {
      key: "wgjc-rada-3",
      partnership: slug,
      body: "council",
      title: "Posiedzenie rady partnerstwa nr 3 — diagnoza i pakiet projektów",
      date: next,
      time: "11:00",
      startsAt: warsawInstant(next, "11:00"),
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-rada-3",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia", link: null },
        { key: "diagnoza", title: "Przyjęcie diagnozy obszaru", link: { kind: "strategy_section", section: "s02" } },
        {
          key: "flagowy",
          title: "Projekt flagowy: zakres analizy sektorowej i zarysu wniosku",
          link: { kind: "project", project: "wgjc-droga-kolno-jedwabne" },
        },
        { key: "harmonogram", title: "Harmonogram prac nad strategią do końca komponentu I", link: null },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
  ];
}

export function abptSessions(today: IsoDate): DemoSession[] {
  const slug = "augustowsko-biebrzanski-park-turystyczny";
  const account = (local: string): PersonRef => ({ email: `${local}@${slug}.demo` });
  const named = (name: string) => person(slug, name);
  const past = weekday(addDays(today, -8), -1);
  const next = weekday(addDays(today, 6), 1);
  return [
    {
      key: "abpt-warsztat-diagnoza",
      partnership: slug,
      body: "working_group",
      title: "Warsztat grupy roboczej — diagnoza turystyki i wizja",
      date: past,
      time: "10:00",
      startsAt: warsawInstant(past, "10:00"),
      durationMinutes: 150,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-warsztat-diagnoza",
      status: "closed",
      agenda: [
        { key: "otwarcie", title: "Otwarcie warsztatu", link: null },
        {
          key: "dane",
          title: "Ruch turystyczny i baza noclegowa — dane i wnioski",
          link: { kind: "strategy_section", section: "s02" },
        },
        { key: "wizja", title: "Wizja partnerstwa", link: { kind: "strategy_section", section: "s03" } },
        {
          key: "szlak",
          title: "Pierwsza fiszka: Biebrzański szlak rowerowy",
          link: { kind: "project", project: "abpt-biebrzanski-szlak-rowerowy" },
        },
      ],
      minutes: doc(
        p("Warsztat prowadziła koordynatorka Magdalena Koordynatorka z ekspertką dr Ewą Kozłowską."),
        h3("Dane o ruchu turystycznym"),
        p(
          "Karolina Jurkiewicz przedstawiła dane o noclegach: ponad 70% przypada na Augustów i gminy Płaska i " +
            "Augustów. Piotr Jankowski (BPN) zwrócił uwagę na presję ruchu kajakowego w okresie lęgowym.",
        ),
        h3("Wizja"),
        p("Uczestnicy wybrali wariant wizji akcentujący turystykę całoroczną i odpowiedzialną."),
        h3("Biebrzański szlak rowerowy"),
        p(
          "Robert Kamiński przedstawił przebieg szlaku uzgodniony wstępnie z parkiem; gminy Lipsk i Suchowola potwierdziły udział.",
        ),
      ),
      attendance: [
        attended(account("koordynator"), "09:55", "12:31"),
        attended(account("rada1"), "10:00", "11:10"),
        attended(named("Karolina Jurkiewicz"), "09:58", "12:30"),
        attended(named("Robert Kamiński"), "10:01", "12:30"),
        attended(named("Agata Ostrowska"), "10:04", "12:20"),
        attended(named("Marta Sienkiewicz"), "10:00", "12:29"),
        { person: named("Jerzy Wasilewski"), intervals: [{ joined: "10:30", left: "11:30" }], byPhone: true },
        attended(named("Piotr Jankowski"), "10:15", "11:40"),
        attended(named("dr Ewa Kozłowska"), "09:57", "12:31"),
      ],
      decisions: [
        {
          agendaItem: "wizja",
          text: "Grupa przyjmuje wizję partnerstwa w wariancie „całoroczna, odpowiedzialna turystyka” i przekazuje ją radzie.",
          recordedBy: account("koordynator"),
        },
        {
          agendaItem: "szlak",
          text: "Gmina Goniądz będzie liderem projektu Biebrzańskiego szlaku rowerowego; przebieg zostanie uzgodniony z BPN i RDOŚ.",
          recordedBy: account("koordynator"),
        },
      ],
      approvals: [
        { person: account("koordynator"), at: warsawInstant(addDays(past, 1), "10:05") },
        { person: account("rada1"), at: warsawInstant(addDays(past, 2), "07:58") },
        { person: named("dr Ewa Kozłowska"), at: warsawInstant(addDays(past, 1), "16:44") },
      ],
    },
    {
      key: "abpt-grupa-robocza-4",
      partnership: slug,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 4 — cele strategiczne i fiszki projektów",
      date: next,
      time: "10:00",
      startsAt: warsawInstant(next, "10:00"),
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-grupa-robocza-4",
      status: "planned",
      agenda: [
        { key: "otwarcie", title: "Otwarcie posiedzenia", link: null },
        { key: "cele", title: "Cele strategiczne — uwagi gmin", link: { kind: "strategy_section", section: "s04" } },
        {
          key: "przystanie",
          title: "Fiszka: sieć przystani kajakowych",
          link: { kind: "project", project: "abpt-przystanie-kajakowe" },
        },
        {
          key: "marka",
          title: "Fiszka: wspólna marka i informacja turystyczna",
          link: { kind: "project", project: "abpt-wspolna-marka" },
        },
      ],
      minutes: null,
      attendance: [],
      decisions: [],
      approvals: [],
    },
  ];
}
