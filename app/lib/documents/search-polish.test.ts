import { describe, expect, it } from "vitest";
import { analyse, queryTerms, stem, tokenize, unaccent } from "./search-polish";
import { snippet } from "./search-snippet";

const stemOf = (word: string) => stem(unaccent(word));

describe("Polish normalising", () => {
  it("drops diacritics and case", () => {
    expect(unaccent("ŻŁOBKÓW")).toBe("zlobkow");
    expect(unaccent("Gęś, źdźbło, ćma, łąka, Ńń")).toBe("ges, zdzblo, cma, laka, nn");
    expect(unaccent("Kraków-Café")).toBe("krakow-cafe");
  });

  it.each([
    [["mleczarska", "mleczarskiej", "mleczarskie", "mleczarskiego", "mleczarskim", "mleczarskich", "mleczarskimi"], "mleczarsk"],
    [["drogi", "dróg", "drogą", "drogach", "drogami", "drogom"], "drog"],
    [["żłobków", "zlobkow", "żłobki", "żłobkach", "żłobkami"], "zlobk"],
    [["gmina", "gminy", "gminie", "gminę", "gminą", "gmin", "gminami"], "gmin"],
    [["strategia", "strategii", "strategię", "strategią"], "strateg"],
    [["powiat", "powiatu", "powiatem", "powiatowi"], "powiat"],
  ])("gives the forms of a word one stem: %j → %s", (forms, expected) => {
    expect(new Set(forms.map(stemOf))).toEqual(new Set([expected]));
  });

  it("never cuts a word below three letters and leaves numbers alone", () => {
    expect(stemOf("rok")).toBe("rok");
    expect(stemOf("ma")).toBe("ma");
    expect(stemOf("2030")).toBe("2030");
  });

  it("tokenizes with offsets into the original text", () => {
    const text = "Żłobek „Słonko” — e-usługi 2030";
    expect(tokenize(text).map((t) => [t.form, text.slice(t.start, t.end)])).toEqual([
      ["zlobek", "Żłobek"],
      ["slonko", "Słonko"],
      ["e", "e"],
      ["uslugi", "usługi"],
      ["2030", "2030"],
    ]);
    expect(analyse("Drogi gminne")).toEqual({ forms: "drogi gminne", stems: "drog gminn" });
  });

  it("takes query words of two letters and more, without stopwords unless that leaves nothing, at most eight", () => {
    expect(queryTerms("drogi w gminie i na wsi")).toEqual([
      { form: "drogi", stem: "drog" },
      { form: "gminie", stem: "gmin" },
      { form: "wsi", stem: "wsi" },
    ]);
    expect(queryTerms("na")).toEqual([{ form: "na", stem: "na" }]);
    expect(queryTerms("x")).toEqual([]);
    expect(queryTerms("drogi drogą dróg")).toHaveLength(1);
    expect(queryTerms("jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć")).toHaveLength(8);
    // Anything that is not a letter or digit is gone: nothing reaches to_tsquery but [a-z0-9].
    expect(queryTerms("a:* & !b | (c) 'd' 100%_").every((t) => /^[a-z0-9]+$/.test(t.stem))).toBe(true);
  });
});

describe("snippets", () => {
  it("mark every form of the words and keep lines apart", () => {
    const parts = snippet("Cele:\nDrogi gminne\nRemont dróg powiatowych", queryTerms("droga"));
    expect(parts).toEqual([
      { text: "Cele:", match: false },
      { text: "\n", match: false },
      { text: "Drogi", match: true },
      { text: " gminne", match: false },
      { text: "\n", match: false },
      { text: "Remont ", match: false },
      { text: "dróg", match: true },
      { text: " powiatowych", match: false },
    ]);
  });

  it("show the passage with most of the query's words, cut at words with an ellipsis", () => {
    const filler = "Lorem ipsum dolor sit amet. ".repeat(20);
    const parts = snippet(`Drogi. ${filler}Remont dróg i żłobków w gminach. ${filler}`, queryTerms("drogi żłobki"));
    const text = parts.map((p) => p.text).join("");
    expect(text).toMatch(/^… .*Remont dróg i żłobków w gminach\..* …$/);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["dróg", "żłobków"]);
  });
});
