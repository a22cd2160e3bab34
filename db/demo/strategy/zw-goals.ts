/** Ziemia Wysokomazowiecka, sections 3–5: Wizja i misja, Cele strategiczne, Cele operacyjne. */
import { doc, h3, p, ul } from "../pm";
import zwGoals from "./zw-goals.json";

/** The four strategic goals (DOMAIN.md) and their operational goals (data in zw-goals.json); project fiches refer to these codes. */
export const ZW_GOALS: readonly { code: string; title: string; operational: readonly { code: string; title: string }[] }[] = zwGoals;

/** The wording of CO2.2 in version 1 (before the consultations), reworded in version 2. */
export const CO22_V1 = "Rozwój usług opiekuńczych dla osób starszych";

export const zwVision = doc(
  h3("Wizja"),
  p(
    "_Ziemia Wysokomazowiecka w 2035 roku to zagłębie nowoczesnego rolnictwa i przetwórstwa żywności, w którym " +
      "młodzi chcą pracować i zakładać rodziny, seniorzy mogą godnie żyć u siebie, a czyste wody, powietrze i " +
      "zadbane miejscowości są wspólnym dobrem dziesięciu gmin i powiatu działających jak jedna wspólnota._",
  ),
  p(
    "Wizja została sformułowana na warsztatach przyszłościowych z udziałem radnych, sołtysów, przedsiębiorców i " +
      "młodzieży. Jej trzy filary — praca, opieka i czyste środowisko — odpowiadają na trzy najczęściej " +
      "wskazywane w badaniu ankietowym obawy mieszkańców: wyjazd dzieci za pracą, samotność w starości i " +
      "pogarszający się stan rzek i powietrza.",
  ),
  h3("Misja"),
  p(
    "_Wspólnie wykorzystujemy siłę naszego rolnictwa i położenia przy S8, aby tworzyć dobre miejsca pracy, " +
      "dostępne usługi i zdrowe środowisko — planując i realizując przedsięwzięcia ponad granicami gmin._",
  ),
  p(
    "Misja określa sposób działania partnerstwa: wspólne planowanie, wspólne przedsięwzięcia o zasięgu " +
      "ponadgminnym, przejrzyste zasady podziału kosztów i korzyści oraz stały udział mieszkańców.",
  ),
);

export function zwStrategicGoals(co22: string) {
  return doc(
    p(
      "Strategia wyznacza cztery cele strategiczne, odpowiadające czterem obszarom stosowanym w programie " +
        "doradztwa: gospodarce, społeczeństwu, środowisku i instytucjom. Cele są ze sobą powiązane — rozwój " +
        "energetyki z biogazu (cel 3) wzmacnia gospodarkę (cel 1), a wspólny transport (cel 4) umożliwia " +
        "dostęp do szkół, pracy i usług (cel 2).",
    ),
    h3("Cel strategiczny 1. Innowacyjna i zrównoważona gospodarka"),
    p(
      "Gospodarka obszaru rozwija się w oparciu o branżę mleczarsko-spożywczą, ale staje się bardziej " +
        "różnorodna: powstają nowe firmy przetwórcze i usługowe na przygotowanych terenach inwestycyjnych, " +
        "gospodarstwa wdrażają rozwiązania ograniczające koszty i emisje, a turystyka oparta na dziedzictwie " +
        "wsi i dolinach rzecznych daje dodatkowe dochody. **Oczekiwany efekt:** więcej dobrze płatnych miejsc " +
        "pracy poza rolnictwem i wyższe dochody własne gmin.",
    ),
    h3("Cel strategiczny 2. Aktywna społeczność dla rozwoju"),
    p(
      "Mieszkańcy mają dostęp do kształcenia, które prowadzi do pracy na miejscu, do usług społecznych i " +
        "zdrowotnych bez konieczności wyjazdu do Białegostoku oraz do oferty kultury i sportu, która zatrzymuje " +
        "młodych. Szczególną uwagę strategia poświęca seniorom: " +
        co22.charAt(0).toLowerCase() +
        co22.slice(1) +
        " ma pozwolić im jak najdłużej żyć we własnym domu. **Oczekiwany efekt:** zahamowanie odpływu młodych " +
        "i lepsza jakość życia osób starszych.",
    ),
    h3("Cel strategiczny 3. Czyste środowisko i wysokiej jakości przestrzeń do życia"),
    p(
      "Wody rzek i wody podziemne są chronione przed zanieczyszczeniami z gospodarstw i nieskanalizowanych " +
        "wsi, odpady rolnicze zamieniane są na energię, budynki publiczne i domy zużywają mniej energii, a " +
        "doliny Narwi i Nurca zachowują swoje walory przyrodnicze. **Oczekiwany efekt:** poprawa stanu wód, " +
        "mniejsza niska emisja i niższe rachunki za energię.",
    ),
    h3("Cel strategiczny 4. Partnerska Ziemia Wysokomazowiecka"),
    p(
      "Powiat i gminy wspólnie świadczą usługi, których żadna z nich nie zapewni sama — przede wszystkim " +
        "transport zbiorowy i cyfrowe usługi publiczne — i utrzymują trwałe struktury współpracy: radę " +
        "partnerstwa, grupy robocze i wspólny zespół przygotowujący projekty. **Oczekiwany efekt:** " +
        "partnerstwo jako stały sposób zarządzania rozwojem obszaru, a nie jednorazowy projekt.",
    ),
  );
}

export function zwOperationalGoals(co22: string) {
  const blocks = ZW_GOALS.flatMap((goal) => [
    h3(`${goal.code}. ${goal.title}`),
    ul(...goal.operational.map((o) => `**${o.code}.** ${o.code === "CO2.2" ? co22 : o.title}`)),
  ]);
  return doc(
    p(
      "Każdy cel strategiczny dzieli się na cele operacyjne, które wyznaczają konkretne obszary działań " +
        "partnerstwa w latach 2026–2035. Do celów operacyjnych przypisano kierunki działań (rozdział 6) i " +
        "wskaźniki (rozdział 7).",
    ),
    ...blocks,
    p(
      "Cele operacyjne o najwyższym priorytecie, na które partnerstwo skieruje pierwsze środki, to CO1.2, " +
        "CO2.2, CO3.2 i CO4.1 — odpowiadają one na problemy wskazane w diagnozie jako najpilniejsze i mają " +
        "przygotowane projekty w pakiecie.",
    ),
  );
}
