import { describe, expect, it } from "vitest";
import { normaliseLinkHref } from "./link";

describe("normaliseLinkHref", () => {
  it("keeps web and e-mail addresses", () => {
    expect(normaliseLinkHref(" https://www.wysokie-mazowieckie.pl/strategia ")).toBe("https://www.wysokie-mazowieckie.pl/strategia");
    expect(normaliseLinkHref("http://bip.gmina.pl/?a=1#x")).toBe("http://bip.gmina.pl/?a=1#x");
    expect(normaliseLinkHref("mailto:sekretariat@gmina.pl")).toBe("mailto:sekretariat@gmina.pl");
  });

  it("adds https:// to an address typed without a scheme", () => {
    expect(normaliseLinkHref("gmina.pl/strategia")).toBe("https://gmina.pl/strategia");
    expect(normaliseLinkHref("www.podlaskie.eu")).toBe("https://www.podlaskie.eu/");
  });

  it("refuses other schemes, empty input, spaces and hosts without a domain", () => {
    for (const bad of ["", "   ", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://gmina.pl", "gmina pl", "strategia", "mailto:nikt", "vbscript:x"]) {
      expect(normaliseLinkHref(bad), bad).toBeNull();
    }
  });
});
