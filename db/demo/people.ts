/**
 * People the demo sessions and polls need beyond the demo accounts (db/seed.ts): the other council members —
 * one per member JST, as the programme requires — and working-group members and experts. They have no
 * accounts; a feature that needs them to sign in (e.g. to vote) creates accounts from this list.
 */
import type { DemoPerson } from "./types";

const council = (name: string, teryt: string, institution: string, position: string): DemoPerson => ({
  name,
  role: "council_member",
  teryt,
  institution,
  position,
});

const member = (name: string, teryt: string | undefined, institution: string, position: string): DemoPerson => ({
  name,
  role: "working_group_member",
  ...(teryt ? { teryt } : {}),
  institution,
  position,
});

/** An expert or a guest: no member JST. */
const adviser =
  (role: "expert" | "guest") =>
  (name: string, institution: string, position: string): DemoPerson => ({ name, role, institution, position });
const expert = adviser("expert");
const guest = adviser("guest");

export const DEMO_PEOPLE: Record<string, readonly DemoPerson[]> = {
  "ziemia-wysokomazowiecka": [
    council("Marek Zaremba", "2013023", "Urząd Miejski w Ciechanowcu", "burmistrz Ciechanowca"),
    council("Agnieszka Kalinowska", "2013033", "Urząd Miejski w Czyżewie", "burmistrz Czyżewa"),
    council("Tadeusz Piekarski", "2013042", "Urząd Gminy Klukowo", "wójt gminy Klukowo"),
    council("Zbigniew Dmochowski", "2013052", "Urząd Gminy Kobylin-Borzymy", "wójt gminy Kobylin-Borzymy"),
    council("Krystyna Wyszyńska", "2013062", "Urząd Gminy Kulesze Kościelne", "wójt gminy Kulesze Kościelne"),
    council("Sławomir Rogalski", "2013072", "Urząd Gminy Nowe Piekuty", "wójt gminy Nowe Piekuty"),
    council("Dariusz Kossakowski", "2013082", "Urząd Gminy Sokoły", "wójt gminy Sokoły"),
    council("Grzegorz Dąbrowski", "2013093", "Urząd Miejski w Szepietowie", "burmistrz Szepietowa"),
    council("Robert Zalewski", "2013102", "Urząd Gminy Wysokie Mazowieckie", "wójt gminy Wysokie Mazowieckie"),
    member("Katarzyna Sawicka", "2013093", "Urząd Miejski w Szepietowie", "inspektorka ds. funduszy zewnętrznych"),
    member("Łukasz Grabowski", "2013023", "Urząd Miejski w Ciechanowcu", "kierownik referatu rozwoju"),
    member("Joanna Krajewska", "2013033", "Urząd Miejski w Czyżewie", "podinspektorka ds. inwestycji"),
    member("Monika Perkowska", "2013", "Powiatowe Centrum Pomocy Rodzinie w Wysokiem Mazowieckiem", "dyrektorka PCPR"),
    member("Paweł Olszewski", "2013", "Starostwo Powiatowe w Wysokiem Mazowieckiem", "naczelnik wydziału komunikacji"),
    member("Tomasz Wnorowski", undefined, "Podlaski Ośrodek Doradztwa Rolniczego w Szepietowie", "doradca ds. energii odnawialnej"),
  ],
  "wiele-gmin-jeden-cel": [
    council("Henryk Mroczkowski", "2006022", "Urząd Gminy Grabowo", "wójt gminy Grabowo"),
    council("Irena Chrostowska", "2006032", "Urząd Gminy Kolno", "wójt gminy Kolno"),
    council("Józef Dziekoński", "2006042", "Urząd Gminy Mały Płock", "wójt gminy Mały Płock"),
    council("Wojciech Gryszkiewicz", "2006053", "Urząd Miejski w Stawiskach", "burmistrz Stawisk"),
    council("Elżbieta Deptuła", "2006062", "Urząd Gminy Turośl", "wójt gminy Turośl"),
    council("Andrzej Szeligowski", "2007013", "Urząd Miejski w Jedwabnem", "burmistrz Jedwabnego"),
    member("Anna Wiśniewska", "2006", "Starostwo Powiatowe w Kolnie", "inspektorka ds. rozwoju"),
    member("Marcin Gadomski", "2006011", "Urząd Miejski w Kolnie", "kierownik referatu inwestycji"),
    member("Dariusz Chrzanowski", "2006", "Zarząd Dróg Powiatowych w Kolnie", "dyrektor"),
    member("Beata Kulesza", "2006053", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Stawiskach", "kierowniczka"),
    expert("dr Michał Lewandowski", "Centrum Wsparcia Doradczego", "ekspert ds. planowania strategicznego"),
  ],
  "augustowsko-biebrzanski-park-turystyczny": [
    member("Karolina Jurkiewicz", "2001011", "Urząd Miejski w Augustowie", "kierowniczka wydziału promocji i turystyki"),
    member("Robert Kamiński", "2008013", "Urząd Miejski w Goniądzu", "inspektor ds. turystyki"),
    member("Agata Ostrowska", "2001072", "Urząd Gminy Sztabin", "inspektorka ds. funduszy"),
    member("Marta Sienkiewicz", "2011083", "Urząd Miejski w Sokółce", "specjalistka ds. rozwoju"),
    member("Jerzy Wasilewski", "2008063", "Urząd Miejski w Mońkach", "zastępca burmistrza"),
    guest("Piotr Jankowski", "Biebrzański Park Narodowy", "kierownik działu udostępniania parku"),
    expert("dr Ewa Kozłowska", "Centrum Wsparcia Doradczego", "ekspertka ds. turystyki zrównoważonej"),
  ],
};

/** A named person of the demo as a PersonRef. */
export function person(slug: string, name: string) {
  const found = DEMO_PEOPLE[slug].find((p) => p.name === name);
  if (!found) throw new Error(`no demo person ${name} in ${slug}`);
  return { name: found.name, institution: found.institution, ...(found.teryt ? { teryt: found.teryt } : {}) };
}
