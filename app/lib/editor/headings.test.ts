import { describe, expect, it } from "vitest";
import { deriveFromJson } from "./derive.server";
import { demoteHeadings } from "./headings";

describe("demoteHeadings", () => {
  it("puts a section's own headings one level below its <h2> title, text untouched", () => {
    const { fields } = deriveFromJson("strategy", {
      s01: {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Cel <h2> w tekście" }] },
          { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Podcel" }] },
          { type: "paragraph", content: [{ type: "text", text: "Treść" }] },
        ],
      },
    });
    const html = demoteHeadings(fields.find((f) => f.key === "s01")!.html);
    expect(html).toBe("<h3>Cel &lt;h2&gt; w tekście</h3><h4>Podcel</h4><p>Treść</p>");
  });

  it("stops at <h6> and leaves other tags starting with h alone", () => {
    expect(demoteHeadings("<h6>a</h6><hr><header>b</header>", 2)).toBe("<h6>a</h6><hr><header>b</header>");
    expect(demoteHeadings('<h4 class="x">a</h4>')).toBe('<h5 class="x">a</h5>');
  });
});
