import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, waitSaved, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";

describe("search in the browser", () => {
  let app: RunningApp;
  let a: Browser;

  beforeAll(async () => {
    app = await startApp();
    a = await openBrowser();
    await a.page.setViewportSize({ width: 1280, height: 900 });
    a.page.on("dialog", (d) => void d.accept());
    await signIn(a.page, app.url, `koordynator@${SLUG}.demo`);
  });
  afterAll(async () => {
    await a?.close();
    await app?.stop();
  });

  it("finds a word typed without Polish letters in another form, and the result opens the editor at its section", async () => {
    const { page } = a;
    await page.goto(`${app.url}/w/${SLUG}/strategia`);
    await page.locator('[data-field="s14"]').waitFor();
    await page.locator('[data-field="s14"]').click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("Konsultacje prowadzono w świetlicach wiejskich i w żłobkach gminnych.");
    await waitSaved(page);

    // "zlobki": no Polish letters, another case than "żłobkach" in the text. The index follows once edits settle
    // (1.5 s) and the document is derived; the first derivation after the server starts also starts the derive
    // worker thread: 5.6 s on a quiet machine (2.2 s later on), over 15 s under a full browser run's load.
    await expect
      .poll(
        async () => {
          await page.goto(`${app.url}/w/${SLUG}/szukaj?q=zlobki`);
          return page.locator(".search-result").count();
        },
        { timeout: 40_000, interval: 500 },
      )
      .toBe(1);
    await visit(page, page.url());
    expect(await page.locator(".search-result__section").textContent()).toBe("Sekcja: Udział partnerów i konsultacje");
    expect(await page.locator(".search-result mark").textContent()).toBe("żłobkach");

    await Promise.all([page.waitForURL(/#sekcja-s14$/), page.locator(".search-result a").click()]);
    await page.locator('[data-field="s14"]').waitFor();
    // The section's heading has keyboard focus and is in view: at the top of the window (below the sticky editor
    // bar and the section's toolbar, which the heading's scroll margin leaves room for), or as high as the page can
    // scroll (s14 is the last section). Opened at the top, it would be far below the fold.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("naglowek-s14");
    const placed = () =>
      page.evaluate(() => {
        const heading = document.getElementById("naglowek-s14")!.getBoundingClientRect();
        const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        return heading.top >= -1 && heading.bottom <= window.innerHeight && (heading.top < 160 || atBottom) && window.scrollY > 500;
      });
    await expect.poll(placed).toBe(true);
    // And it stays there once the page has settled.
    await page.waitForTimeout(1000);
    expect(await placed()).toBe(true);
    await expectNoAxeViolations(page);
  });
});
