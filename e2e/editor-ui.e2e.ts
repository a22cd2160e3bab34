import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBlankStrategy, expectNoAxeViolations, openBrowser, signIn, startApp, visit, waitSaved, type Browser, type RunningApp } from "./harness";

// Issue #17, editor parts: the phone layout, keyboard formatting in the right section, a way out of lists,
// the link dialog, the read-only banner, "Zapisano" only for editors, heading levels in a saved version.
const SLUG = "ziemia-wysokomazowiecka";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** [scrollWidth, innerWidth]: the page scrolls sideways when the first is larger. */
function widths(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth] as [number, number]);
}

async function expectFitsWidth(page: Page) {
  const [scroll, inner] = await widths(page);
  expect(scroll, `page width on ${page.url()} at ${inner} px`).toBeLessThanOrEqual(inner);
}

/** "ok" when the element is inside the window and nothing is drawn over its middle; else what is wrong. */
function inView(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return "not rendered";
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
      return `outside the window: top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} of ${window.innerHeight}`;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
    return hit && (hit === element || element.contains(hit)) ? "ok" : `covered by ${hit?.outerHTML.slice(0, 80)}`;
  });
}

const activeField = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-field") ?? null);

async function openEditor(page: Page, url: string, lastField = "s14") {
  await visit(page, url);
  await page.locator(`[data-field="${lastField}"]`).waitFor();
  await waitSaved(page);
}

/** Selects a paragraph of a section, and checks that "Comment on selection" and then the comment box are in view. */
async function expectCommentBoxInView(page: Page, field: string) {
  await page.locator(`[data-field="${field}"] p`).first().click({ clickCount: 3 });
  const action = page.getByRole("button", { name: "Skomentuj zaznaczenie" });
  await expect.poll(() => action.isEnabled()).toBe(true);
  expect(await inView(action)).toBe("ok");
  await action.click();
  const box = page.getByLabel("Uwaga", { exact: true });
  await box.waitFor();
  expect(await inView(box)).toBe("ok");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Anuluj" }).click();
}

describe("the editor on a phone, from the keyboard, and for people who cannot edit", () => {
  let app: RunningApp;
  let a: Browser;
  let blankUrl = "";
  const prompts: string[] = [];

  beforeAll(async () => {
    let blankPath = "";
    app = await startApp({}, async (db) => {
      blankPath = await createBlankStrategy(db, SLUG);
    });
    blankUrl = `${app.url}${blankPath}`;
    a = await openBrowser();
    a.page.on("dialog", (dialog) => {
      if (dialog.type() !== "beforeunload") prompts.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await signIn(a.page, app.url, `koordynator@${SLUG}.demo`);
  }, 300_000); // seeding the demo data is slow when the machine is busy
  afterAll(async () => {
    await a?.close();
    await app?.stop();
  });

  it("fits a 390 px phone: editor, saved version and diff; the section list collapses; the comment box opens in view", async () => {
    const { page } = a;
    await page.setViewportSize(PHONE);
    await openEditor(page, `${app.url}/w/${SLUG}/strategia`);
    const docUrl = page.url();
    await expectFitsWidth(page);

    // The section list is a closed "Sekcje" disclosure, not a panel pinned over the text.
    const toggle = page.getByRole("button", { name: "Sekcje (14)" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(".outline__list").isVisible()).toBe(false);
    expect(await page.locator(".outline").evaluate((el) => getComputedStyle(el).position)).not.toBe("sticky");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator(".outline__list").isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Diagnoza", exact: true }).click();
    // The list closes and the section's heading is on screen, under nothing.
    await expect.poll(() => page.locator(".outline__list").isVisible()).toBe(false);
    await expect.poll(() => inView(page.locator("#naglowek-s02"))).toBe("ok");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("naglowek-s02");

    // "Comment on selection" is at hand next to the text, not thousands of pixels below it.
    await expectCommentBoxInView(page, "s02");
    await expectFitsWidth(page);

    await visit(page, `${docUrl}/wersje`);
    const versionHref = await page.locator('a[href*="/wersje/"]').first().getAttribute("href");
    const versionId = versionHref!.split("/").pop()!;
    await visit(page, `${app.url}${versionHref}`);
    await expectFitsWidth(page);
    await visit(page, `${docUrl}/roznice?od=${versionId}&do=biezaca`);
    await expectFitsWidth(page);
  }, 240_000); // several pages, each checked by axe

  it("fits 1280×900 with the section list open, and the comment box opens in view beside a section far down", async () => {
    const { page } = a;
    await page.setViewportSize(DESKTOP);
    await openEditor(page, `${app.url}/w/${SLUG}/strategia`);
    const docUrl = page.url();
    await expectFitsWidth(page);
    expect(await page.locator(".outline__list").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Sekcje (14)" }).isVisible()).toBe(false);
    await expectCommentBoxInView(page, "s10");

    await visit(page, `${docUrl}/wersje`);
    const versionHref = await page.locator('a[href*="/wersje/"]').first().getAttribute("href");
    await visit(page, `${app.url}${versionHref}`);
    await expectFitsWidth(page);
    await visit(page, `${docUrl}/roznice?od=${versionHref!.split("/").pop()}&do=biezaca`);
    await expectFitsWidth(page);
  }, 240_000); // several pages, each checked by axe

  it("formats, from the keyboard alone, the section the user came from: Shift+Tab reaches its toolbar, named for it", async () => {
    const { page } = a;
    await openEditor(page, blankUrl);
    // Tab from the top of the page into "Diagnoza" (s02), through "Wprowadzenie" (s01).
    for (let i = 0; i < 80 && (await activeField(page)) !== "s02"; i++) await page.keyboard.press("Tab");
    expect(await activeField(page)).toBe("s02");
    await page.keyboard.type("Cel rozwoju");
    await page.keyboard.press("Shift+Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        action: el?.getAttribute("data-action"),
        toolbar: el?.closest('[role="toolbar"]')?.getAttribute("aria-label"),
        section: el?.closest("section")?.id,
      };
    });
    expect(focus).toEqual({ action: "bold", toolbar: "Formatowanie: sekcja Diagnoza", section: "sekcja-s02" });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("h2");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeField(page)).toBe("s02");
    expect(await page.locator('[data-field="s02"] h2').textContent()).toBe("Cel rozwoju");
    expect(await page.locator('[data-field="s01"] h2').count()).toBe(0);
    expect(await page.getByRole("toolbar").count()).toBe(1);
    await waitSaved(page);
    await expectNoAxeViolations(page);
  });

  it("in a list Tab indents, and after Esc Tab leaves the editor; the help says so", async () => {
    const { page } = a;
    await openEditor(page, blankUrl);
    await page.locator('[data-field="s03"]').click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("- Pierwszy punkt");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Drugi punkt");
    await page.keyboard.press("Tab");
    expect(await page.locator('[data-field="s03"] ul ul').count()).toBe(1);
    expect(await activeField(page)).toBe("s03");
    // A third item that Tab could indent again: after Esc, Tab leaves instead.
    await page.keyboard.press("Enter");
    await page.keyboard.type("Trzeci punkt");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await activeField(page)).toBe("s04");
    expect(await page.locator('[data-field="s03"] ul ul ul').count()).toBe(0);
    expect(await page.locator('[data-field="s03"] ul ul li').count()).toBe(2);
    expect(await page.locator(".editor-help").textContent()).toContain("naciśnij Esc, a potem Tab");
    await waitSaved(page);
  });

  it("adds a link through a labelled dialog (no prompt()), refusing an unsafe address", async () => {
    const { page } = a;
    await page.locator('[data-field="s04"]').click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Strona gminy");
    await page.keyboard.press("Shift+Home");
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Strona gminy");
    await page.keyboard.press("Alt+F10");
    await page.keyboard.press("Home");
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("link");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Odnośnik" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("url");
    await page.keyboard.type("javascript:alert(1)");
    await page.keyboard.press("Enter");
    expect(await dialog.getByRole("alert").textContent()).toContain("Podaj adres strony");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Control+a");
    await page.keyboard.type("gmina.pl/strategia");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => activeField(page)).toBe("s04");
    expect(await page.locator('[data-field="s04"] a').getAttribute("href")).toBe("https://gmina.pl/strategia");
    expect(await page.locator('[data-field="s04"] a').textContent()).toBe("Strona gminy");
    // Esc closes the dialog without a change and gives the text its focus back.
    await page.keyboard.press("Alt+F10");
    await page.keyboard.press("Home");
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => activeField(page)).toBe("s04");
    expect(prompts).toEqual([]);
    await waitSaved(page);
  });

  it("clears a saved version's name, and shows the section's own headings one level below its title", async () => {
    const { page } = a;
    await visit(page, `${blankUrl}/wersje`);
    await page.getByLabel("Nazwa wersji").fill("Z nagłówkiem");
    await page.getByRole("button", { name: "Zapisz nazwaną wersję" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Z nagłówkiem");
    await expect.poll(() => page.getByLabel("Nazwa wersji").inputValue()).toBe("");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /^Zobacz: Z nagłówkiem/ }).click();
    await page.waitForURL(/\/wersje\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);
    const s02 = page.locator('.version-content section[aria-labelledby="v-s02"]');
    expect(await s02.locator("h2").allTextContents()).toEqual(["Diagnoza"]);
    expect(await s02.locator("h3").allTextContents()).toEqual(["Cel rozwoju"]);
    expect(await page.locator(".version-content .prose h2").count()).toBe(0);

    await page.getByRole("link", { name: "Porównaj z bieżącą treścią" }).click();
    await page.waitForURL(/roznice/);
    await expectNoAxeViolations(page);
    // The diff's only level-2 headings are the section titles.
    expect(await page.locator("main h2").count()).toBe(await page.locator(".diff-section > h2").count());
  });

  it("keeps the page working when the editor cannot load: its own area says so, and a reload brings it back", async () => {
    // A browser of its own: the editor's service worker (offline copies) would answer from its cache in one that
    // has opened the editor before, past the blocked route.
    const fresh = await openBrowser();
    try {
      const { page } = fresh;
      await signIn(page, app.url, `koordynator@${SLUG}.demo`);
      await page.setViewportSize(DESKTOP);
      // The editor's code is its own chunk, loaded in the browser after the page: make that load fail.
      const editorChunk = "**/assets/CollaborativeEditor-*.js";
      await page.route(editorChunk, (route) => route.abort());
      try {
        await visit(page, `${app.url}/w/${SLUG}/strategia`);
        const alert = page.getByRole("alert").filter({ hasText: "Edytor przestał działać" });
        await alert.waitFor();
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        expect(await page.getByRole("navigation", { name: "Spis sekcji" }).count()).toBe(1);
        await expectNoAxeViolations(page);
      } finally {
        await page.unroute(editorChunk);
      }
      await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Wczytaj stronę ponownie" }).click()]);
      await page.locator('[data-field="s14"]').waitFor();
      expect(await page.getByRole("alert").filter({ hasText: "Edytor przestał działać" }).count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it("tells a council member why the text is read-only and who edits it, in a banner that is not green; no 'Zapisano'", async () => {
    // The coordinator edits: no banner, and the save state says "Zapisano".
    await openEditor(a.page, blankUrl);
    expect(await a.page.getByTestId("read-only-banner").count()).toBe(0);
    expect(await a.page.getByTestId("save-state").textContent()).toContain("Zapisano");

    const c = await openBrowser();
    try {
      await signIn(c.page, app.url, `rada1@${SLUG}.demo`);
      await openEditor(c.page, blankUrl);
      const banner = c.page.getByTestId("read-only-banner");
      const text = await banner.textContent();
      expect(text).toContain("Twoja rola: członek rady partnerstwa");
      expect(text).toContain("Treść mogą zmieniać: koordynator(-ka), członek grupy roboczej.");
      const colours = await banner.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderColor]);
      expect(colours).not.toContain("rgb(231, 243, 234)"); // the success notice's green
      expect(colours).not.toContain("rgb(30, 107, 52)");
      const state = await c.page.getByTestId("save-state").textContent();
      expect(state).not.toContain("Zapisano");
      expect(state).toContain("Na żywo");
      expect(await c.page.getByText("Zapisano", { exact: false }).count()).toBe(0);
      await expectNoAxeViolations(c.page);
    } finally {
      await c.close();
    }
  });
});
