/** Ziemia Wysokomazowiecka, section 6: Kierunki działań. Project fiches refer to the direction codes. */
import { doc, h3, p, ul } from "../pm";

export const ZW_DIRECTIONS = [
  { code: "K1.1.1", goal: "CO1.1", title: "Wsparcie nowych ogniw przetwórstwa i usług dla rolnictwa" },
  { code: "K1.1.2", goal: "CO1.1", title: "Promocja produktów lokalnych i krótkich łańcuchów dostaw" },
  { code: "K1.2.1", goal: "CO1.2", title: "Uzbrojenie i wspólna promocja terenów inwestycyjnych przy S8" },
  { code: "K1.2.2", goal: "CO1.2", title: "Przebudowa dróg powiatowych i gminnych obsługujących ruch gospodarczy" },
  { code: "K1.3.1", goal: "CO1.3", title: "Szlaki rowerowe i kajakowe w dolinach Narwi i Nurca" },
  { code: "K1.3.2", goal: "CO1.3", title: "Wspólny produkt turystyczny „Ziemia Wysokomazowiecka – wieś z tradycją”" },
  { code: "K2.1.1", goal: "CO2.1", title: "Branżowe centrum kształcenia zawodowego rolno-spożywczego" },
  { code: "K2.1.2", goal: "CO2.1", title: "Staże, praktyki i doradztwo zawodowe we współpracy z pracodawcami" },
  { code: "K2.2.1", goal: "CO2.2", title: "Sieć usług opiekuńczych i dziennych domów pomocy" },
  { code: "K2.2.2", goal: "CO2.2", title: "Teleopieka, rehabilitacja domowa i profilaktyka zdrowotna" },
  { code: "K2.3.1", goal: "CO2.3", title: "Wsparcie KGW, OSP i organizacji młodzieżowych" },
  { code: "K3.1.1", goal: "CO3.1", title: "Kanalizacja i przydomowe oczyszczalnie w zlewniach rzek" },
  { code: "K3.1.2", goal: "CO3.1", title: "Doradztwo w zakresie nawożenia i przechowywania nawozów naturalnych" },
  { code: "K3.2.1", goal: "CO3.2", title: "Biogazownie rolnicze i klaster energii" },
  { code: "K3.2.2", goal: "CO3.2", title: "Termomodernizacja i OZE w budynkach publicznych" },
  { code: "K3.3.1", goal: "CO3.3", title: "Ochrona i udostępnienie dolin rzecznych, zadrzewienia śródpolne" },
  { code: "K4.1.1", goal: "CO4.1", title: "Wspólny system transportu zbiorowego z węzłami przesiadkowymi" },
  { code: "K4.1.2", goal: "CO4.1", title: "Wspólne e-usługi i dane przestrzenne" },
  { code: "K4.2.1", goal: "CO4.2", title: "Wspólne biuro projektów i monitoring strategii" },
] as const;

const describe: Record<string, string> = {
  "K1.1.1":
    "Przyciąganie inwestorów z branży przetwórstwa mięsa, serów dojrzewających, pasz i usług serwisowych, " +
    "inkubator przetwórstwa dla rolników, wspólne stoisko partnerstwa na targach branżowych.",
  "K1.2.1":
    "Uzbrojenie ok. 40 ha terenów przy węźle S8 w Wysokiem Mazowieckiem, jednolita oferta inwestycyjna " +
    "wszystkich gmin i obsługa inwestora „w jednym okienku” w starostwie.",
  "K2.2.1":
    "Dzienne domy pomocy w Ciechanowcu i Szepietowie, mieszkania wspomagane, usługi opiekuńcze świadczone " +
    "wspólnie przez kilka ośrodków pomocy społecznej, wolontariat sąsiedzki przy KGW.",
  "K3.2.1":
    "Biogazownie rolnicze przetwarzające gnojowicę i odpady przetwórstwa, klaster energii zrzeszający " +
    "gminy, spółdzielnie i przedsiębiorców, wykorzystanie ciepła w budynkach publicznych.",
  "K4.1.1":
    "Powiatowo-gminny związek ds. transportu, sieć linii autobusowych skoordynowanych z pociągami w Czyżewie " +
    "i Szepietowie, przystanki z parkingami „parkuj i jedź”, przewozy na żądanie dla małych wsi.",
};

export const zwDirections = doc(
  p(
    "Kierunki działań wskazują, jakimi przedsięwzięciami partnerstwo będzie realizować cele operacyjne. Są " +
      "podstawą do oceny zgodności projektów ze strategią: każdy projekt pakietu musi realizować co najmniej " +
      "jeden kierunek, a projekty strategiczne — kierunek o zasięgu ponadgminnym.",
  ),
  ...["CO1", "CO2", "CO3", "CO4"].flatMap((prefix, i) => [
    h3(`Kierunki działań w celu strategicznym ${i + 1}`),
    ul(
      ...ZW_DIRECTIONS.filter((d) => d.goal.startsWith(prefix)).map((d) =>
        describe[d.code] ? [p(`**${d.code}** ${d.title}.`), p(describe[d.code])] : `**${d.code}** ${d.title}.`,
      ),
    ),
  ]),
  h3("Zasady wyboru przedsięwzięć"),
  p(
    "Pierwszeństwo mają przedsięwzięcia, które spełniają test zintegrowania stosowany w programie doradztwa: " +
      "oddziałują na więcej niż jedną gminę, rozwiązują więcej niż jeden problem, służą więcej niż jednej " +
      "grupie mieszkańców i wykorzystują więcej niż jeden potencjał obszaru. Rada partnerstwa ocenia je " +
      "również pod kątem dojrzałości i zdolności partnerów do zapewnienia wkładu własnego.",
  ),
);
