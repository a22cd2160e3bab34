/** Ziemia Wysokomazowiecka: a closed working-group session with approved minutes, and the next one planned. */
import { addDays, weekday } from "../dates";
import { doc, h3, p, ul } from "../pm";
import type { DemoSession, IsoDate } from "../types";
import { approval, byPhone, decision, item, peopleOf, present, projectItem, sectionItem, session } from "./builders";

const SLUG = "ziemia-wysokomazowiecka";
const { account, named } = peopleOf(SLUG);

export function zwSessions(today: IsoDate): DemoSession[] {
  const past = weekday(addDays(today, -12), -1);
  const next = weekday(addDays(today, 9), 1);
  return [
    session({
      key: "zw-grupa-robocza-12",
      partnership: SLUG,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 12 — strategia po konsultacjach i projekty strategiczne",
      date: past,
      time: "10:00",
      durationMinutes: 120,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-12",
      status: "closed",
      agenda: [
        item("otwarcie", "Otwarcie posiedzenia i przyjęcie porządku obrad"),
        sectionItem("konsultacje", "Wyniki konsultacji społecznych i zmiany w projekcie strategii", "s14"),
        sectionItem("wskaznik", "Nowy wskaźnik dostępności transportu zbiorowego", "s07"),
        projectItem("transport", "Harmonogram projektu „Wspólny transport zbiorowy”", "zw-transport"),
        sectionItem("glosowanie", "Przygotowanie głosowania rady nad projektem flagowym", "s10"),
        item("rozne", "Sprawy różne i termin kolejnego posiedzenia"),
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
        byPhone(named("Paweł Olszewski"), "10:40", "11:20"),
        present(named("Tomasz Wnorowski"), ["10:10", "11:45"]),
      ],
      decisions: [
        decision("konsultacje", "Grupa robocza przyjmuje raport z konsultacji i rekomenduje radzie partnerstwa przyjęcie wersji 2 strategii wraz z nowym brzmieniem celu CO2.2.", account("koordynator")),
        decision("wskaznik", "Do rozdziału 7 dodaje się wskaźnik „Sołectwa z połączeniem transportu zbiorowego w dni robocze przez cały rok”: 59% (2024) → 85% (2030).", account("ekspert")),
        decision("transport", "Powiat przygotuje projekt statutu związku powiatowo-gminnego ds. transportu i przekaże go gminom do końca stycznia.", account("koordynator")),
        decision("glosowanie", "Kandydatami w głosowaniu rady są: Strefa Inwestycyjna przy węźle S8, Branżowe Centrum Umiejętności Rolno-Spożywczych i Wspólny transport zbiorowy; głosowanie tajne, jednokrotnego wyboru, przez dwa tygodnie.", account("koordynator")),
      ],
      approvals: [
        approval(account("koordynator"), addDays(past, 1), "09:12"),
        approval(account("grupa"), addDays(past, 1), "13:40"),
        approval(account("ekspert"), addDays(past, 2), "08:05"),
        approval(named("Katarzyna Sawicka"), addDays(past, 2), "10:18"),
      ],
    }),
    session({
      key: "zw-grupa-robocza-13",
      partnership: SLUG,
      body: "working_group",
      title: "Posiedzenie grupy roboczej nr 13 — wstępne analizy wykonalności",
      date: next,
      time: "10:00",
      durationMinutes: 90,
      videoUrl: "https://meet.jit.si/wspolnie-ziemia-wysokomazowiecka-grupa-robocza-13",
      status: "planned",
      agenda: [
        item("otwarcie", "Otwarcie posiedzenia i przyjęcie porządku obrad"),
        projectItem("klaster", "Klaster energii: wybór technologii biogazowni i lokalizacje", "zw-klaster-energii"),
        projectItem("seniorzy", "„Bliżej seniora”: część finansowa analizy wykonalności", "zw-blizej-seniora"),
        projectItem("szlak", "Szlak „Od Nurca do Narwi”: uzgodnienia z Narwiańskim Parkiem Narodowym", "zw-szlak-nurca-narwi"),
        item("rozne", "Sprawy różne"),
      ],
    }),
  ];
}
