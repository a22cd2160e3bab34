/**
 * The accessibility statement (deklaracja dostępności) in the structure the 2019 act and the minister's template
 * require: the introduction with the site's name and address, the publication and last-update dates, the
 * compliance status with the non-accessible content and its reasons, how the statement was prepared (date, last
 * review, self-assessment), keyboard shortcuts, feedback and contact, the request and complaint procedure,
 * architectural accessibility and mobile applications.
 */
export const STATEMENT_DATES = {
  published: "2026-09-01",
  updated: "2026-12-01",
  prepared: "2026-09-01",
  reviewed: "2026-12-01",
} as const;

const time = (iso: string, text: string) => <time dateTime={iso}>{text}</time>;

export function AccessibilityStatementPl({ origin }: { origin: string }) {
  return (
    <>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">Centrum Wsparcia Doradczego</span> zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z
        dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności
        dotyczy strony internetowej <a id="a11y-url" href={origin}>platformy Wspólnie</a>, w tym publicznych stron partnerstw, ich opublikowanych
        strategii, pakietów projektów i protokołów.
      </p>
      <ul>
        <li>Data publikacji strony internetowej: {time(STATEMENT_DATES.published, "1 września 2026")}.</li>
        <li>Data ostatniej istotnej aktualizacji: {time(STATEMENT_DATES.updated, "1 grudnia 2026")}.</li>
      </ul>
      <h2 id="a11y-status">Stan dostępności cyfrowej</h2>
      <p>Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej z powodu niezgodności lub wyłączeń wymienionych poniżej.</p>
      <h3>Treści niedostępne</h3>
      <ul>
        <li>
          Wykresy Gantta w przestrzeni pracy partnerstwa nie są w pełni dostępne dla czytników ekranu; obok każdego wykresu jest tabela z tymi
          samymi danymi.
        </li>
        <li>
          Załączniki dodawane przez partnerstwa (skany dokumentów) mogą nie być dostępne cyfrowo; opublikowane strategie i pakiety projektów są
          do pobrania jako dostępny PDF (z tagami) i DOCX.
        </li>
      </ul>
      <h3>Wyłączenia</h3>
      <p>Materiały opublikowane przed 23 września 2018 r. oraz treści stron trzecich, które nie są finansowane ani rozwijane przez podmiot.</p>
      <h2 id="a11y-przygotowanie">Przygotowanie deklaracji dostępności</h2>
      <ul>
        <li>Data sporządzenia deklaracji: {time(STATEMENT_DATES.prepared, "1 września 2026")}.</li>
        <li>Data ostatniego przeglądu deklaracji: {time(STATEMENT_DATES.reviewed, "1 grudnia 2026")}.</li>
      </ul>
      <p>
        Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny: każda strona jest automatycznie sprawdzana
        narzędziem axe w testach przeglądarkowych (WCAG 2.1 AA), a strony publiczne dodatkowo ręcznie — z klawiatury i czytnikiem ekranu.
      </p>
      <h2 id="a11y-skroty">Skróty klawiaturowe</h2>
      <p>
        Strona nie definiuje własnych skrótów. Wszystkie funkcje są dostępne z klawiatury; pierwszy klawisz Tab prowadzi do odnośnika „Przejdź
        do treści”. Edytor dokumentów obsługuje standardowe skróty (Ctrl+B, Ctrl+I, Ctrl+Z).
      </p>
      <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
      <p>
        W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest koordynator dostępności Centrum
        Wsparcia Doradczego, e-mail <a href="mailto:dostepnosc@wspolnie.gov.pl">dostepnosc@wspolnie.gov.pl</a>, telefon 22 273 70 00. Tą samą
        drogą można składać wnioski o udostępnienie informacji niedostępnej oraz składać skargi na brak zapewnienia dostępności. Wniosek można
        też złożyć formularzem poniżej.
      </p>
      <h3>Procedura wnioskowo-skargowa</h3>
      <p>
        Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jakiegoś jej elementu. Można także
        zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo
        dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp. Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o
        którą stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji
        za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.
      </p>
      <p>
        Podmiot publiczny zrealizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia jego wystąpienia. Jeżeli dotrzymanie tego
        terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa,
        przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie
        jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.
      </p>
      <p>
        W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji,
        wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub elementu strony internetowej.
        Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do{" "}
        <a href="https://bip.brpo.gov.pl/">Rzecznika Praw Obywatelskich</a>.
      </p>
      <h2 id="a11y-architektura">Dostępność architektoniczna</h2>
      <p>
        Platforma jest usługą internetową; partnerstwa nie przyjmują interesantów w jej ramach. Dostępność architektoniczną siedzib urzędów
        członkowskich opisują ich własne deklaracje dostępności.
      </p>
      <h2 id="a11y-aplikacje">Aplikacje mobilne</h2>
      <p>Podmiot nie udostępnia aplikacji mobilnych; strona działa w przeglądarce telefonu.</p>
    </>
  );
}

export function AccessibilityStatementEn({ origin }: { origin: string }) {
  return (
    <>
      <p id="a11y-wstep">
        The Advisory Support Centre undertakes to make its website accessible in accordance with the Polish Act of 4 April 2019 on the digital
        accessibility of websites and mobile applications of public bodies. This statement applies to the <a href={origin}>Wspólnie platform</a>,
        including the public pages of partnerships and their published strategies, project packages and minutes.
      </p>
      <ul>
        <li>Date of publication of the website: {time(STATEMENT_DATES.published, "1 September 2026")}.</li>
        <li>Date of the last significant update: {time(STATEMENT_DATES.updated, "1 December 2026")}.</li>
      </ul>
      <h2 id="a11y-status">Compliance status</h2>
      <p>The website is partially compliant with the act because of the non-compliances listed below.</p>
      <h3>Non-accessible content</h3>
      <ul>
        <li>Gantt charts in the workspace are not fully accessible to screen readers; a table with the same data is shown beside each chart.</li>
        <li>Attachments uploaded by partnerships (scans) may not be accessible; published strategies and packages are offered as tagged PDF and DOCX.</li>
      </ul>
      <h2 id="a11y-przygotowanie">Preparation of the statement</h2>
      <ul>
        <li>Statement prepared on {time(STATEMENT_DATES.prepared, "1 September 2026")}.</li>
        <li>Last reviewed on {time(STATEMENT_DATES.reviewed, "1 December 2026")}.</li>
      </ul>
      <p>The statement was prepared on the basis of a self-assessment: automated axe checks of every page (WCAG 2.1 AA) and manual keyboard and screen-reader checks of the public pages.</p>
      <h2 id="a11y-skroty">Keyboard shortcuts</h2>
      <p>No own shortcuts. Everything works with the keyboard; the first Tab reaches “Skip to content”.</p>
      <h2 id="a11y-kontakt">Feedback and contact</h2>
      <p>
        Contact the accessibility coordinator: <a href="mailto:dostepnosc@wspolnie.gov.pl">dostepnosc@wspolnie.gov.pl</a>, +48 22 273 70 00, or use the
        form below. Requests are answered within 7 days (at most 2 months when the body explains why); a refused request may be followed by a
        complaint and then a submission to the <a href="https://bip.brpo.gov.pl/">Commissioner for Human Rights</a>.
      </p>
      <h2 id="a11y-architektura">Architectural accessibility</h2>
      <p>The platform is an online service; the member offices describe their buildings in their own statements.</p>
      <h2 id="a11y-aplikacje">Mobile applications</h2>
      <p>None; the site works in a phone's browser.</p>
    </>
  );
}
