import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/w/ziemia", "/w/ziemia"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
    ["", "/"],
  ])("%j → %j", (input, expected) => expect(safeRedirect(input)).toBe(expected));
});

/**
 * Finding 3: browsers drop tabs and newlines from URLs and treat "\" like "/", so "/\t/evil.example" became
 * "//evil.example". Whatever comes in, what goes out is a path on this site, or the fallback.
 */
describe("safeRedirect against hostile input", () => {
  const FALLBACK = "/w";
  const hostile: [string, unknown][] = [
    ["tab between the slashes", "/\t/evil.example"],
    ["tab first", "\t//evil.example"],
    ["newline between the slashes", "/\n/evil.example"],
    ["CR between the slashes", "/\r/evil.example"],
    ["CR LF header injection", "/w\r\nSet-Cookie: x=1"],
    ["NUL", "/w\u0000"],
    ["vertical tab", "/\u000b/evil.example"],
    ["form feed", "/\f/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["leading space", " //evil.example"],
    ["protocol-relative", "//evil.example"],
    ["triple slash", "///evil.example"],
    ["backslash after slash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash then slash", "\\/evil.example"],
    ["slash backslash backslash", "/\\\\evil.example"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded lower-case slash", "/%2f/evil.example"],
    ["double-encoded slashes", "/%252F%252Fevil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["encoded CR LF", "/w%0D%0ALocation:%20//evil.example"],
    ["https scheme", "https://evil.example"],
    ["http scheme, upper case", "HTTP://evil.example"],
    ["javascript", "javascript:alert(1)"],
    ["javascript with a slash", "/javascript:alert(1)//%0aalert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["vbscript", "vbscript:msgbox(1)"],
    ["scheme without slashes", "https:evil.example"],
    ["userinfo", "//user@evil.example"],
    ["at sign after slash", "/@evil.example"],
    ["full-width solidus", "/\uff0f\uff0fevil.example"],
    ["ideographic full stop host", "//evil\u3002example"],
    ["division slash", "/\u2215\u2215evil.example"],
    ["unicode line separator", "/\u2028/evil.example"],
    ["zero-width space", "/\u200b/evil.example"],
    ["right-to-left override", "/\u202eelpmaxe.live//"],
    ["broken UTF-8 (replacement character)", "/w\ufffd"],
    ["broken percent-encoding", "/w/%E0%A4%A"],
    ["lone surrogate", "/w/\ud800"],
    ["relative path", "w/ziemia"],
    ["dot segments escaping nothing", "/../../evil.example"],
    ["very long", `/${"a".repeat(5000)}`],
    ["a number", 42],
    ["an object", { toString: () => "//evil.example" }],
    ["undefined", undefined],
  ];

  it.each(hostile)("%s → a path on this site or the fallback", (_name, input) => {
    const result = safeRedirect(input as string, FALLBACK);
    expect(result === FALLBACK || isLocalPath(result), `${JSON.stringify(input)} → ${JSON.stringify(result)}`).toBe(true);
    // Every character survives a Location header unchanged.
    expect(result).toMatch(/^[\x21-\x7e]+$/);
    // Resolved the way a browser resolves a Location, it stays on this site.
    expect(new URL(result, "https://wspolnie.example.gov.pl/w/x").origin).toBe("https://wspolnie.example.gov.pl");
  });

  it.each([
    ["/w/ziemia-wysokomazowiecka/dokumenty/1?watek=2#s03", "/w/ziemia-wysokomazowiecka/dokumenty/1?watek=2#s03"],
    ["/w/ziemia-wysokomazowiecka/szukaj?q=gmina%20wiejska", "/w/ziemia-wysokomazowiecka/szukaj?q=gmina%20wiejska"],
    ["/w/ziemia-wysokomazowiecka/szukaj?q=łąka", "/w/ziemia-wysokomazowiecka/szukaj?q=%C5%82%C4%85ka"],
    ["/konto", "/konto"],
    ["/", "/"],
  ])("keeps the ordinary path %j (as %j)", (input, expected) => {
    expect(safeRedirect(input, FALLBACK)).toBe(expected);
  });

  it.each(hostile.filter(([, input]) => typeof input === "string").map(([name, input]) => [name, input as string]))(
    "%s: dangerous prefixes never come out",
    (_name, input) => {
      const result = safeRedirect(input, FALLBACK);
      expect(result.startsWith("//")).toBe(false);
      expect(result.startsWith("/\\")).toBe(false);
      expect(decodeOnce(result).replace(/[\t\n\r]/g, "").startsWith("//")).toBe(false);
      expect(/^\/+[\\/]/.test(decodeOnce(result))).toBe(false);
    },
  );
});

function isLocalPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
}

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
