import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createBlankStrategy,
  expectNoAxeViolations,
  openBrowser,
  signIn,
  startApp,
  twoPeopleOnStrategy,
  visit,
  waitSaved,
  type Browser,
  type RunningApp,
} from "./harness";

const SLUG = "ziemia-wysokomazowiecka";

/** Editor text of one section, without the remote carets' name labels. */
function sectionText(page: Page, field: string): Promise<string> {
  return page.evaluate((key) => {
    const element = document.querySelector(`[data-field="${key}"]`);
    if (!element) return "";
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return (copy.textContent ?? "").replace(/\u00a0/g, " ");
  }, field);
}

function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll("[data-field]")].map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return `${element.getAttribute("data-field")}:${copy.textContent}`;
    });
    return fields.join("\n");
  });
}

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-field="s01"]').waitFor();
  await waitSaved(page);
}


/** Puts the caret at the end of a section's text. */
async function focusEnd(page: Page, field: string) {
  await page.locator(`[data-field="${field}"]`).click();
  await page.keyboard.press("Control+End");
}

describe("the strategy editor in the browser", () => {
  let app: RunningApp;
  let a: Browser;
  let b: Browser;
  let editorUrl = "";

  beforeAll(async () => {
    // The demo strategy is a full draft; these tests write into empty sections of a document of their own.
    let blankPath = "";
    app = await startApp({}, async (db) => {
      blankPath = await createBlankStrategy(db, SLUG);
    });
    const people: [string, string] = [`koordynator@${SLUG}.demo`, `grupa@${SLUG}.demo`];
    ({ a, b, editorUrl } = await twoPeopleOnStrategy(app, SLUG, people, "s01", blankPath));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await app?.stop();
  });

  it("opens the demo strategy as a real draft: every section written, tables, two named versions and their difference", async () => {
    const { page } = a;
    await visit(page, `${app.url}/w/${SLUG}/strategia`);
    await page.locator('[data-field="s14"]').waitFor();
    await waitSaved(page);
    expect(await page.locator(".outline li").count()).toBe(14);
    expect(await page.locator('.outline li[data-empty="true"]').count()).toBe(0);
    expect(await sectionText(page, "s02")).toContain("Mlekovita");
    expect(await page.locator('[data-field="s07"] table th').first().textContent()).toBe("Cel");
    await expectNoAxeViolations(page);

    await visit(page, `${page.url()}/wersje`);
    const option = (name: string) => page.locator("#diff-to option", { hasText: name }).getAttribute("value");
    await page.locator("#diff-from").selectOption((await page.locator("#diff-from option", { hasText: "Wersja 1" }).getAttribute("value"))!);
    await page.locator("#diff-to").selectOption((await option("Wersja 2 — po konsultacjach"))!);
    await page.getByRole("button", { name: "Porównaj", exact: true }).click();
    await page.waitForURL(/roznice/);
    await expectNoAxeViolations(page);
    const changed = page.locator('.diff-section[data-changed="true"]');
    expect(await changed.locator("h2").allTextContents()).toEqual([
      "Cele strategiczne",
      "Cele operacyjne",
      "Oczekiwane rezultaty i wskaźniki",
      "Model struktury funkcjonalno-przestrzennej",
      "Udział partnerów i konsultacje",
    ]);
    expect((await changed.nth(2).locator("ins").allTextContents()).join(" ")).toContain("Sołectwa z połączeniem transportu");
  });

  it("two people type into the same section at once and see each other's text and caret within a second", async () => {
    await visit(a.page, editorUrl);
    await visit(b.page, editorUrl);
    await openEditor(a.page, editorUrl);
    await openEditor(b.page, editorUrl);

    await focusEnd(a.page, "s02");
    await focusEnd(b.page, "s02");
    await Promise.all([
      a.page.keyboard.type("Sieć dróg powiatowych ", { delay: 15 }),
      b.page.keyboard.type("Rynek pracy lokalny ", { delay: 15 }),
    ]);

    // Each new word reaches the other side within a second.
    const started = Date.now();
    await expect.poll(() => sectionText(b.page, "s02"), { timeout: 1000, interval: 25 }).toContain("Sieć dróg powiatowych");
    await expect.poll(() => sectionText(a.page, "s02"), { timeout: 1000, interval: 25 }).toContain("Rynek pracy lokalny");
    expect(Date.now() - started).toBeLessThan(1000);

    await a.page.keyboard.type("Zbyszek");
    const typedAt = Date.now();
    await expect.poll(() => sectionText(b.page, "s02"), { timeout: 1000, interval: 25 }).toContain("Zbyszek");
    expect(Date.now() - typedAt).toBeLessThan(1000);
    // Carets with names, in the other person's view.
    await expect.poll(() => b.page.locator('[data-field="s02"] .collaboration-carets__label').allTextContents(), { timeout: 1000 }).toContain("Anna Koordynatorka");
    await expect.poll(() => a.page.locator('[data-field="s02"] .collaboration-carets__label').allTextContents(), { timeout: 1000 }).toContain("Piotr Urzędnik");
    // Presence: who is here and in which section.
    await expect.poll(() => a.page.getByTestId("presence").textContent()).toContain("Piotr Urzędnik");
    expect(await a.page.getByTestId("presence").textContent()).toContain("w sekcji: Diagnoza");

    await waitSaved(a.page);
    await waitSaved(b.page);
    await expect.poll(async () => (await allText(a.page)) === (await allText(b.page))).toBe(true);
    // The outline no longer marks the section as empty.
    expect(await a.page.locator('.outline li[data-empty="false"] a').allTextContents()).toContain("Diagnoza");
    await expectNoAxeViolations(a.page);
    await expectNoAxeViolations(b.page);
  });

  it("keeps edits made offline across a reload and sends them when the connection returns", async () => {
    // The page itself is cached for offline reloads once the editor has started.
    await expect
      .poll(() => a.page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 10_000 })
      .toBe(true);
    await a.context.setOffline(true);
    await expect.poll(() => a.page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toContain("Brak połączenia");
    await focusEnd(a.page, "s03");
    await a.page.keyboard.type("Wizja bez sieci");
    await a.page.waitForTimeout(300); // y-indexeddb writes asynchronously
    await a.page.reload();
    await a.page.locator('[data-field="s03"]').waitFor();
    await expect.poll(() => sectionText(a.page, "s03"), { timeout: 5000 }).toContain("Wizja bez sieci");
    expect(await sectionText(b.page, "s03")).not.toContain("Wizja bez sieci");

    await a.context.setOffline(false);
    await expect.poll(() => sectionText(b.page, "s03"), { timeout: 15_000 }).toContain("Wizja bez sieci");
    await waitSaved(a.page);
    await expectNoAxeViolations(a.page);
  });

  it("names a version, diffs later edits, restores it live for the other person, and finds fresh words", async () => {
    await focusEnd(a.page, "s04");
    await a.page.keyboard.type("Stare brzmienie celu.");
    await waitSaved(a.page);

    await visit(a.page, `${editorUrl}/wersje`);
    await a.page.getByLabel("Nazwa wersji").fill("Przed konsultacjami");
    await a.page.getByRole("button", { name: "Zapisz nazwaną wersję" }).click();
    await expect.poll(() => a.page.getByRole("status").first().textContent()).toContain("Przed konsultacjami");
    await expectNoAxeViolations(a.page);

    await openEditor(a.page, editorUrl);
    await a.page.locator('[data-field="s04"]').click();
    await a.page.keyboard.press("Control+a");
    await a.page.keyboard.type("Nowe brzmienie celu.");
    await waitSaved(a.page);
    await expect.poll(() => sectionText(b.page, "s04")).toBe("Nowe brzmienie celu.");

    await visit(a.page, `${editorUrl}/wersje`);
    await a.page.getByRole("link", { name: /Porównaj z bieżącą: Przed konsultacjami/ }).click();
    await a.page.waitForURL(/roznice/);
    await expectNoAxeViolations(a.page);
    const s04 = a.page.locator('.diff-section[data-changed="true"]');
    expect(await s04.locator("h2").textContent()).toContain("Cele strategiczne");
    expect(await s04.locator("del").allTextContents()).toEqual([expect.stringContaining("Stare")]);
    expect(await s04.locator("ins").allTextContents()).toEqual([expect.stringContaining("Nowe")]);

    await visit(a.page, `${editorUrl}/wersje`);
    await a.page.getByRole("link", { name: /^Zobacz: Przed konsultacjami/ }).click();
    await a.page.getByRole("link", { name: "Przywróć tę wersję" }).click();
    await expectNoAxeViolations(a.page);
    await a.page.getByRole("button", { name: "Tak, przywróć tę wersję" }).click();
    await expect.poll(() => a.page.getByRole("status").first().textContent()).toContain("Przywrócono wersję");
    // The other person, still in the editor, sees the restored text arrive as a live edit.
    await expect.poll(() => sectionText(b.page, "s04"), { timeout: 5000 }).toBe("Stare brzmienie celu.");
    await expect.poll(() => b.page.getByTestId("restored-notice").count()).toBe(1);

    await focusEnd(b.page, "s05");
    await b.page.keyboard.type("Kwiatostan innowacji");
    await waitSaved(b.page);
    await expect
      .poll(
        async () => {
          await a.page.goto(`${app.url}/w/${SLUG}/szukaj?q=kwiatostan`);
          return a.page.locator(".search-result").count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(1);
    expect(await a.page.locator(".search-result__section").textContent()).toBe("Sekcja: Cele operacyjne");
    expect(await a.page.locator(".search-result mark").textContent()).toBe("Kwiatostan");
    await expectNoAxeViolations(a.page);
  });

  it("works from the keyboard alone: outline, section text, toolbar (Alt+F10, arrows, aria-pressed)", async () => {
    const { page } = a;
    await openEditor(page, editorUrl);
    await page.getByRole("link", { name: "Cele operacyjne" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("naglowek-s05");
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-field"))).toBe("s05");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Klawiatura");
    await page.keyboard.press("Alt+F10");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("bold");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("italic");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    // The command returns focus to the text (Tiptap focuses in the next animation frame); what is typed next is
    // bold, and the button says so.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-field"))).toBe("s05");
    await page.keyboard.type("Pogrubione");
    expect(await page.locator('[data-field="s05"] strong').textContent()).toBe("Pogrubione");
    expect(await page.locator('.toolbar [data-action="bold"]').getAttribute("aria-pressed")).toBe("true");
    await waitSaved(page);
    await expectNoAxeViolations(page);
  });

  it("shows the strategy read-only to a council member, with presence and no toolbar", async () => {
    const c = await openBrowser();
    try {
      await signIn(c.page, app.url, `rada1@${SLUG}.demo`);
      await visit(c.page, editorUrl);
      await c.page.locator('[data-field="s05"]').waitFor();
      expect(await c.page.locator('[data-field="s05"]').getAttribute("contenteditable")).toBe("false");
      expect(await c.page.getByText(/Nie możesz zmieniać treści tego dokumentu, ale możesz komentować/).count()).toBe(1);
      expect(await c.page.getByRole("toolbar").count()).toBe(0);
      await expect.poll(() => sectionText(c.page, "s05"), { timeout: 5000 }).toContain("Pogrubione");
      await expect.poll(() => c.page.getByTestId("presence").textContent()).toContain("Anna Koordynatorka");
      await expectNoAxeViolations(c.page);
    } finally {
      await c.close();
    }
  });
});
