/**
 * Polish text for search: words are lower-cased, stripped of diacritics ("żłobków" → "zlobkow", so a query typed
 * without Polish letters finds them) and cut to a light stem by removing one inflectional ending
 * ("mleczarskiej", "mleczarska" → "mleczarsk"; "drogi", "dróg" → "drog"). PostgreSQL has no Polish stemmer
 * (snowball has none; the ispell dictionaries are not shipped with PostgreSQL or PGlite), so the same code runs
 * on the stored text when it is indexed and on the query: both databases then index and search identical
 * lexemes. Alternations that change a word's middle ("Białystok" / "Białegostoku") are left to trigram
 * similarity in the database (search.server.ts).
 *
 * A light stemmer on purpose: it never needs a dictionary, over-stems rarely, and a stem is matched as a prefix,
 * so "gmin" finds "gminny" too.
 */

import { MAX_QUERY_LENGTH } from "./search-limits";

const DIACRITICS: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };

/** Lower case without diacritics: "Żłobków" → "zlobkow". Other accented letters lose their marks too. */
export function unaccent(word: string): string {
  const lower = word.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => DIACRITICS[c]!);
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no further work (the common case, and fast)
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Inflectional endings (without diacritics), longest first. Nouns: -ami -ach -om -ow (-ów) -owi -em -iem -ie
 * -u -a -e -i -y -o; adjectives: -iego -iemu -ego -emu -iej -ej -ich -ych -imi -ymi -im -ym; -ii -ia -iu for
 * words like "strategii", "strategią".
 */
const ENDINGS = [
  "iego", "iemu",
  "ego", "emu", "iej", "ich", "ych", "imi", "ymi", "ami", "ach", "owi", "iem",
  "ej", "im", "ym", "om", "ow", "em", "ie", "ii", "ia", "iu",
  "a", "e", "i", "y", "o", "u",
];
const MIN_STEM = 3;

/** The stem of one already unaccented word: at most one ending removed, never shorter than three letters. */
export function stem(word: string): string {
  if (/^\d+$/.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** A word of a text with where it is: offsets into the original string. */
export interface Token {
  /** Unaccented, lower-case form. */
  form: string;
  stem: string;
  start: number;
  end: number;
}

/** The words of a text (letters and digits; "e-usługi" is two words), each with its form and stem. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = analysed(match[0]);
    if (word) tokens.push({ form: word.form, stem: word.stem, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Words repeat a lot in real text: their analysis is kept (a bounded cache, emptied when full). */
const cache = new Map<string, { form: string; stem: string } | null>();
function analysed(raw: string): { form: string; stem: string } | null {
  let word = cache.get(raw);
  if (word === undefined) {
    const form = unaccent(raw);
    word = /^[a-z0-9]+$/.test(form) ? { form, stem: stem(form) } : null;
    if (cache.size >= 50_000) cache.clear();
    cache.set(raw, word);
  }
  return word;
}

/** What is stored for a text: its unaccented forms and its stems, each space-separated (a to_tsvector input). */
export function analyse(text: string): { forms: string; stems: string } {
  const tokens = tokenize(text);
  return { forms: tokens.map((t) => t.form).join(" "), stems: tokens.map((t) => t.stem).join(" ") };
}

/** Words that say nothing on their own; dropped from a query unless it has nothing else. */
const STOPWORDS = new Set(
  (
    "a aby albo ale bo by być co czy dla do gdy i ich jak jako jego jej jest już lub ma na nad nie o od oraz " +
    "po pod przez przy się są ta tak te tego tej ten to tu tym u w we z za ze że"
  )
    .split(" ")
    .map(unaccent),
);

/** A query word: its form, and its stem (matched as a prefix when long enough). */
export interface QueryTerm {
  form: string;
  stem: string;
}

export { MAX_QUERY_LENGTH };
/** At most this many words of a query are used. */
const MAX_TERMS = 8;

/** The words of a query: at least two letters, stopwords dropped unless nothing else is left, at most eight. */
export function queryTerms(query: string): QueryTerm[] {
  const words = tokenize(query.slice(0, MAX_QUERY_LENGTH)).filter((t) => t.form.length >= 2);
  const meaningful = words.filter((t) => !STOPWORDS.has(t.form));
  const chosen = meaningful.length > 0 ? meaningful : words;
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const t of chosen) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    terms.push({ form: t.form, stem: t.stem });
  }
  return terms.slice(0, MAX_TERMS);
}
