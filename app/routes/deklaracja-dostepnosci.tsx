import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

export const meta: MetaFunction = () => [{ title: "Deklaracja dostępności — Wspólnie" }];

export default function AccessibilityStatement() {
  const { t, i18n } = useTranslation();
  const pl = i18n.language === "pl";
  return (
    <div className="page prose">
      <h1>{t("accessibility.title")}</h1>
      {pl ? (
        <>
          <p>
            Platforma Wspólnie zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia
            4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
          </p>
          <h2>Stan dostępności cyfrowej</h2>
          <p>
            Strona jest zgodna z wymaganiami WCAG 2.1 na poziomie AA. Każda strona jest automatycznie sprawdzana
            narzędziem axe w testach przeglądarkowych.
          </p>
          <h2>Skróty klawiaturowe i nawigacja</h2>
          <p>
            Wszystkie funkcje są dostępne z klawiatury. Pierwszy klawisz Tab na każdej stronie prowadzi do odnośnika
            „Przejdź do treści”.
          </p>
          <h2>Informacje zwrotne i dane kontaktowe</h2>
          <p>
            Problemy z dostępnością prosimy zgłaszać koordynatorowi swojego partnerstwa lub administratorowi
            platformy. Każde zgłoszenie rozpatrujemy nie później niż w ciągu 7 dni.
          </p>
        </>
      ) : (
        <>
          <p>
            Wspólnie undertakes to make its website accessible in accordance with the Polish Act of 4 April 2019 on the
            digital accessibility of websites and mobile applications of public bodies.
          </p>
          <h2>Compliance status</h2>
          <p>The site conforms to WCAG 2.1 level AA. Every page is checked with axe in the browser tests.</p>
          <h2>Keyboard use</h2>
          <p>Everything works with the keyboard. The first Tab on every page reaches the “Skip to content” link.</p>
          <h2>Feedback and contact</h2>
          <p>
            Please report accessibility problems to your partnership coordinator or the platform administrator. We
            answer every report within 7 days.
          </p>
        </>
      )}
    </div>
  );
}
