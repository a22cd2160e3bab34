/** "Wiele gmin – jeden cel" and "Augustowsko-Biebrzański Park Turystyczny": a past and an upcoming session each. */
import { addDays, weekday } from "../dates";
import { doc, h3, p } from "../pm";
import type { DemoSession, IsoDate } from "../types";
import { approval, byPhone, decision, item, peopleOf, present, projectItem, sectionItem, session } from "./builders";


export function wgjcSessions(today: IsoDate): DemoSession[] {
  const slug = "wiele-gmin-jeden-cel";
  const { account, named } = peopleOf(slug);
  const past = weekday(addDays(today, -19), -1);
  const next = weekday(addDays(today, 16), 1);
  return [
    session({
      key: "wgjc-grupa-robocza-5",
      partnership: slug,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 5 — cele operacyjne",
      date: past,
      time: "12:00",
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-grupa-robocza-5",
      status: "closed",
      agenda: [
        item("otwarcie", "Otwarcie i przyjęcie porządku obrad"),
        sectionItem("cele", "Uwagi rady do celów strategicznych", "s04"),
        sectionItem("operacyjne", "Propozycje celów operacyjnych", "s05"),
        projectItem("stawiski", "Fiszka projektu: centrum usług społecznych w Stawiskach", "wgjc-centrum-uslug-stawiski"),
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
        present(account("koordynator"), ["11:55", "13:32"]),
        present(account("rada2"), ["12:00", "12:40"]),
        present(named("Anna Wiśniewska"), ["11:58", "13:30"]),
        present(named("Marcin Gadomski"), ["12:02", "13:30"]),
        present(named("Beata Kulesza"), ["12:00", "13:15"]),
        present(named("dr Michał Lewandowski"), ["11:59", "13:31"]),
        byPhone(named("Dariusz Chrzanowski"), "12:30", "12:55"),
      ],
      decisions: [
        decision("cele", "Cel CS3 otrzymuje brzmienie „Środowisko i kultura kurpiowska jako kapitał rozwoju”.", account("koordynator")),
        decision("operacyjne", "Ekspert przygotuje do kolejnego posiedzenia projekt rozdziału „Cele operacyjne” z uwzględnieniem zgłoszonych propozycji.", account("koordynator")),
        decision("stawiski", "Fiszka projektu centrum usług w Stawiskach zostaje przyjęta do pakietu z dowozem uczestników z Kolna i Jedwabnego.", account("koordynator")),
      ],
      approvals: [
        approval(account("koordynator"), addDays(past, 1), "08:30"),
        approval(account("rada2"), addDays(past, 1), "15:02"),
        approval(named("dr Michał Lewandowski"), addDays(past, 3), "11:47"),
      ],
    }),
    session({
      key: "wgjc-rada-3",
      partnership: slug,
      body: "council",
      title: "Posiedzenie rady partnerstwa nr 3 — diagnoza i pakiet projektów",
      date: next,
      time: "11:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-wiele-gmin-jeden-cel-rada-3",
      status: "planned",
      agenda: [
        item("otwarcie", "Otwarcie posiedzenia"),
        sectionItem("diagnoza", "Przyjęcie diagnozy obszaru", "s02"),
        projectItem("flagowy", "Projekt flagowy: zakres analizy sektorowej i zarysu wniosku", "wgjc-droga-kolno-jedwabne"),
        item("harmonogram", "Harmonogram prac nad strategią do końca komponentu I"),
      ],
    }),
  ];
}

export function abptSessions(today: IsoDate): DemoSession[] {
  const slug = "augustowsko-biebrzanski-park-turystyczny";
  const { account, named } = peopleOf(slug);
  const past = weekday(addDays(today, -8), -1);
  const next = weekday(addDays(today, 6), 1);
  return [
    session({
      key: "abpt-warsztat-diagnoza",
      partnership: slug,
      body: "working_group",
      title: "Warsztat grupy roboczej — diagnoza turystyki i wizja",
      date: past,
      time: "10:00",
      durationMinutes: 150,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-warsztat-diagnoza",
      status: "closed",
      agenda: [
        item("otwarcie", "Otwarcie warsztatu"),
        sectionItem("dane", "Ruch turystyczny i baza noclegowa — dane i wnioski", "s02"),
        sectionItem("wizja", "Wizja partnerstwa", "s03"),
        projectItem("szlak", "Pierwsza fiszka: Biebrzański szlak rowerowy", "abpt-biebrzanski-szlak-rowerowy"),
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
        present(account("koordynator"), ["09:55", "12:31"]),
        present(account("rada1"), ["10:00", "11:10"]),
        present(named("Karolina Jurkiewicz"), ["09:58", "12:30"]),
        present(named("Robert Kamiński"), ["10:01", "12:30"]),
        present(named("Agata Ostrowska"), ["10:04", "12:20"]),
        present(named("Marta Sienkiewicz"), ["10:00", "12:29"]),
        byPhone(named("Jerzy Wasilewski"), "10:30", "11:30"),
        present(named("Piotr Jankowski"), ["10:15", "11:40"]),
        present(named("dr Ewa Kozłowska"), ["09:57", "12:31"]),
      ],
      decisions: [
        decision("wizja", "Grupa przyjmuje wizję partnerstwa w wariancie „całoroczna, odpowiedzialna turystyka” i przekazuje ją radzie.", account("koordynator")),
        decision("szlak", "Gmina Goniądz będzie liderem projektu Biebrzańskiego szlaku rowerowego; przebieg zostanie uzgodniony z BPN i RDOŚ.", account("koordynator")),
      ],
      approvals: [
        approval(account("koordynator"), addDays(past, 1), "10:05"),
        approval(account("rada1"), addDays(past, 2), "07:58"),
        approval(named("dr Ewa Kozłowska"), addDays(past, 1), "16:44"),
      ],
    }),
    session({
      key: "abpt-grupa-robocza-4",
      partnership: slug,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 4 — cele strategiczne i fiszki projektów",
      date: next,
      time: "10:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-abpt-grupa-robocza-4",
      status: "planned",
      agenda: [
        item("otwarcie", "Otwarcie posiedzenia"),
        sectionItem("cele", "Cele strategiczne — uwagi gmin", "s04"),
        projectItem("przystanie", "Fiszka: sieć przystani kajakowych", "abpt-przystanie-kajakowe"),
        projectItem("marka", "Fiszka: wspólna marka i informacja turystyczna", "abpt-wspolna-marka"),
      ],
    }),
  ];
}
