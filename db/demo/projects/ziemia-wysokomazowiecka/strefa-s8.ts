/** Ziemia Wysokomazowiecka: the project fiche „zw-strefa-s8” (shape: DemoProject). */
import { doc, p, ul } from "../../pm";
import type { DemoProject } from "../../types";
import { evidence, milestone, output, result, risk, task } from "../rows";
import { feasibility } from "../feasibility";
import { PARTNERSHIP, CS1 } from "./common";

export const zwStrefaS8: DemoProject = {
  key: "zw-strefa-s8",
  partnership: PARTNERSHIP,
  title: "Wysokomazowiecka Strefa Inwestycyjna przy węźle S8 — uzbrojenie terenów i droga dojazdowa",
  type: "strategic",
  area: "economic",
  goal: CS1,
  direction: { code: "K1.2.1", title: "Uzbrojenie i wspólna promocja terenów inwestycyjnych przy S8" },
  leadTeryt: "2013011",
  partnerTeryts: ["2013102", "2013"],
  otherPartners: [
    "Suwalska Specjalna Strefa Ekonomiczna S.A. (obsługa decyzji o wsparciu Polskiej Strefy Inwestycji)",
    "Spółdzielnia Mleczarska Mlekovita (konsultacja potrzeb kooperantów)",
  ],
  location:
    "Wysokie Mazowieckie i sąsiadujące obręby gminy wiejskiej Wysokie Mazowieckie, między drogą krajową nr 66 a węzłem S8",
  problem:
    "Gminy obszaru nie mają uzbrojonych terenów dla średnich i dużych inwestycji. Inwestorzy z branży spożywczej i " +
    "logistycznej, którzy pytają o lokalizację przy S8, wybierają Zambrów lub Łomżę, a młodzi mieszkańcy nie " +
    "znajdują pracy poza rolnictwem i wyjeżdżają.",
  targetGroups: [
    "inwestorzy z branży przetwórstwa spożywczego, logistyki i usług dla rolnictwa",
    "mieszkańcy szukający pracy poza rolnictwem, zwłaszcza młodzi i kobiety",
    "lokalni przedsiębiorcy i kooperanci branży mleczarskiej",
  ],
  integration: { beyondOneGmina: true, severalProblems: true, severalGroups: true, severalPotentials: true },
  scope: [
    "uzbrojenie 42 ha terenów w sieć wodociągową, kanalizację sanitarną i deszczową oraz przyłącza energetyczne",
    "budowa drogi dojazdowej o długości 1,6 km z rondem na drodze krajowej nr 66",
    "oświetlenie, droga dla rowerów do centrum miasta i przystanek komunikacji zbiorowej",
    "wspólna oferta inwestycyjna gmin i obsługa inwestora „w jednym okienku” w starostwie",
  ],
  indicators: [
    output("Powierzchnia uzbrojonych terenów inwestycyjnych", "ha", 0, 42, 2029, "protokół odbioru robót"),
    output("Długość wybudowanej drogi dojazdowej", "km", 0, 1.6, 2029, "protokół odbioru robót"),
    result("Inwestorzy, którzy nabyli lub wydzierżawili działki w strefie", "szt.", 0, 6, 2031, "umowy notarialne, urząd miasta"),
    result("Nowe miejsca pracy w strefie", "etaty", 0, 350, 2032, "ankieta inwestorów, dane ZUS"),
  ],
  costs: {
    total: 24_600_000,
    eligible: 20_000_000,
    ownContributions: [
      { teryt: "2013011", amount: 5_600_000 },
      { teryt: "2013102", amount: 2_000_000 },
      { teryt: "2013", amount: 1_000_000 },
    ],
  },
  funding: [
    {
      source: "FEP 2021–2027",
      measure: "instrument terytorialny dla partnerstw JST — tereny inwestycyjne",
      amount: 16_000_000,
    },
  ],
  start: "2026-10-01",
  end: "2029-06-30",
  risks: [
    risk("Wzrost cen robót budowlanych powyżej kosztorysu", "medium", "high", "rezerwa 10% w WPF miasta, podział robót na dwa etapy z możliwością odłożenia drugiego"),
    risk("Przedłużająca się zmiana planu miejscowego w gminie wiejskiej", "medium", "medium", "procedura planistyczna rozpoczęta przed złożeniem wniosku, uzgodnienia z GDDKiA na etapie projektu"),
    risk("Brak inwestorów po uzbrojeniu terenów", "low", "high", "wstępne rozmowy z trzema firmami, wspólna oferta z Polską Strefą Inwestycji, promocja na targach branżowych"),
  ],
  status: "preparation",
  maturity: {
    level: 3,
    evidence: [
      evidence(1, "Uchwała rady partnerstwa przyjmująca koncepcję projektu i szacunek kosztów", "2025-11-20", "https://bip.wysokiemazowieckie.pl/partnerstwo/uchwaly/2025/uchwala-rady-partnerstwa-nr-5-2025"),
      evidence(2, "Studium wykonalności uzbrojenia terenów inwestycyjnych przy węźle S8", "2026-04-15", "https://bip.wysokiemazowieckie.pl/zamowienia/2026/studium-wykonalnosci-strefa-s8"),
      evidence(3, "Program funkcjonalno-użytkowy i koncepcja zagospodarowania, przyjęte zarządzeniem burmistrza", "2026-09-30", "https://bip.wysokiemazowieckie.pl/zarzadzenia/2026/zarzadzenie-nr-118-2026"),
    ],
  },
  schedule: [
    task("plan", "Zmiana planu miejscowego dla terenów przy S8", "2026-10-01", "2027-06-30", "2013102"),
    task("projekt", "Dokumentacja projektowa, decyzja ZRID dla drogi i pozwolenia na sieci", "2026-11-02", "2027-09-30", "2013011"),
    milestone("wniosek", "Złożenie wniosku o dofinansowanie", "2027-10-15", "2013011", ["plan","projekt"]),
    task("przetarg", "Przetarg i wybór wykonawcy robót", "2028-01-10", "2028-04-28", "2013011", ["wniosek"]),
    task("roboty", "Roboty budowlane: droga dojazdowa, rondo i sieci", "2028-05-04", "2029-05-31", "2013011", ["przetarg"]),
    task("oferta", "Wspólna oferta inwestycyjna i promocja strefy", "2028-09-01", "2029-06-29", "2013", ["przetarg"]),
    milestone("odbior", "Odbiór końcowy i rozliczenie projektu", "2029-06-29", "2013011", ["roboty"]),
  ],
  description: doc(
    p(
      "Projekt przygotowuje pierwszą w powiecie strefę inwestycyjną o powierzchni pozwalającej przyjąć średniej " +
        "wielkości zakład przetwórczy lub centrum logistyczne. Tereny leżą między drogą krajową nr 66 a węzłem " +
        "S8, częściowo w granicach miasta, częściowo w gminie wiejskiej Wysokie Mazowieckie, i należą do obu gmin " +
        "oraz Skarbu Państwa.",
    ),
    p(
      "Miasto jako lider buduje drogę dojazdową i sieci, gmina wiejska zmienia plan miejscowy dla swojej części " +
        "terenów, a powiat prowadzi wspólną obsługę inwestora i promocję oferty wszystkich gmin partnerstwa. " +
        "Dochody z podatku od nieruchomości z nowych inwestycji gminy podzielą według klucza określonego w " +
        "porozumieniu, proporcjonalnie do powierzchni terenów w granicach każdej z nich.",
    ),
    p(
      "Strefa jest odpowiedzią na najczęściej wskazywaną w diagnozie słabość obszaru — zależność od jednej " +
        "branży i brak pracy poza rolnictwem — i najważniejszym projektem celu operacyjnego CO1.2.",
    ),
  ),
  feasibility: feasibility({
    technical: doc(
      p(
        "Tereny są płaskie, o nośnym podłożu (gliny zwałowe), bez kolizji z siecią Natura 2000. Uzbrojenie wymaga " +
          "rozbudowy miejskiej oczyszczalni ścieków o ok. 300 m³/d — przepustowość oczyszczalni pozwala na to bez " +
          "modernizacji części biologicznej. Przyłącze energetyczne 15 kV jest możliwe z GPZ Wysokie Mazowieckie.",
      ),
      ul(
        "droga dojazdowa klasy L, 1,6 km, z rondem na DK 66 (uzgodnienie z GDDKiA wymagane),",
        "wodociąg Ø160 i kanalizacja sanitarna grawitacyjno-tłoczna, 3,2 km,",
        "kanalizacja deszczowa z retencją i podczyszczaniem.",
      ),
    ),
    legal: doc(
      p(
        "Część miejska terenów ma obowiązujący plan miejscowy przeznaczający je pod zabudowę produkcyjno-usługową. " +
          "Część w gminie wiejskiej wymaga zmiany planu; uchwałę o przystąpieniu do sporządzenia zmiany podjęto we " +
          "wrześniu 2026 r. Drogę dojazdową zrealizuje się na podstawie decyzji ZRID, która przeniesie własność " +
          "działek pod drogę na miasto.",
      ),
    ),
    institutional: doc(
      p(
        "Liderem i beneficjentem jest Miasto Wysokie Mazowieckie, które ma doświadczenie w realizacji projektów " +
          "drogowych współfinansowanych z UE. Partnerów wiąże porozumienie określające zadania, podział wkładu " +
          "własnego i dochodów. Obsługę inwestorów prowadzi punkt w starostwie, wspólny dla wszystkich gmin.",
      ),
    ),
    financial: doc(
      p(
        "Koszt całkowity szacuje się na 24,6 mln zł, w tym 20,0 mln zł kosztów kwalifikowalnych. Przy " +
          "dofinansowaniu 80% kosztów kwalifikowalnych wkład własny partnerów wyniesie 8,6 mln zł, z czego 5,6 mln zł " +
          "zapewni miasto. Analiza wykazała dodatnią ekonomiczną wartość bieżącą netto projektu przy założeniu " +
          "sprzedaży co najmniej 60% terenów do 2032 r.",
      ),
    ),
  }),
};
