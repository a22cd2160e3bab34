import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const TITLE = "Centrum opiekuńczo-mieszkalne w Klukowie";

/** Waits until frappe-gantt has drawn the chart and returns the bar labels it shows. */
async function ganttLabels(page: Page): Promise<string[]> {
  await page.locator('.gantt-chart[data-ready="true"]').first().waitFor();
  return page.locator(".gantt .bar-label").allTextContents();
}

describe("the project package", () => {
  let app: RunningApp;
  let piotr: Browser;
  let jan: Browser;
  let projectUrl = "";
  beforeAll(async () => {
    app = await startApp();
    [piotr, jan] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await piotr?.close();
    await jan?.close();
    await app?.stop("SIGTERM");
  });

  it("a working-group member creates a project with two dependent tasks, sees them on the Gantt chart and in the totals", async () => {
    const page = piotr.page;
    await signIn(page, app.url, `grupa@${SLUG}.demo`);
    await visit(page, `${app.url}/w/${SLUG}/projekty`);
    const socialBefore = await page.getByTestId("totals-by-area").getByRole("row", { name: /społeczny/ }).textContent();
    expect(socialBefore).toMatch(/społeczny\s*2/);

    await page.getByRole("link", { name: "Dodaj projekt" }).click();
    await page.waitForURL(`**/w/${SLUG}/projekty/nowy`);
    await page.getByLabel("Tytuł projektu").waitFor();
    await expectNoAxeViolations(page);
    // The browser checks with the server's schema before sending: a wrong field says which and why.
    await page.getByLabel("Tytuł projektu").fill(TITLE);
    await page.getByLabel("Koszt całkowity (zł)").fill("2 500 000");
    await page.getByLabel("Koszty kwalifikowalne (zł)").fill("3 000 000");
    await page.getByRole("button", { name: "Utwórz projekt" }).click();
    await expect.poll(() => page.getByText("Wybierz jedną z wartości z listy.").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await page.getByLabel("Typ projektu").selectOption("strategic");
    await page.getByLabel("Obszar", { exact: true }).selectOption("social");
    await page.getByLabel("Lider (JST)").selectOption("2013042");
    await page.getByRole("button", { name: "Utwórz projekt" }).click();
    await expect.poll(() => page.getByText("Koszty kwalifikowalne nie mogą przekraczać kosztu całkowitego.").count()).toBeGreaterThan(0);
    await page.getByLabel("Koszty kwalifikowalne (zł)").fill("2 000 000");
    await page.getByLabel("Wkład własny razem (zł)").fill("500 000");
    await page.getByRole("button", { name: "Dodaj wiersz: Wkład własny poszczególnych JST" }).click();
    const row = page.getByRole("group", { name: "Wkład własny poszczególnych JST nr 1" });
    await row.getByLabel("JST", { exact: true }).selectOption("2013042");
    await row.getByLabel("Kwota (zł)").fill("500 000");
    await page.getByLabel("Początek (RRRR-MM-DD)").fill("2027-01-01");
    await page.getByLabel("Koniec (RRRR-MM-DD)").fill("2028-12-31");
    await page.getByRole("button", { name: "Utwórz projekt" }).click();
    await page.waitForURL(/\/projekty\/[0-9a-f-]{36}\?utworzono=1/);
    projectUrl = page.url().split("?")[0];
    // The address changes a moment before the new page is drawn.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Zmień harmonogram" }).click();
    await page.waitForURL("**/harmonogram");
    await page.getByRole("form", { name: "Dodaj zadanie" }).waitFor();
    await expectNoAxeViolations(page);
    const addTask = async (name: string, start: string, end: string, after?: string) => {
      const form = page.getByRole("form", { name: "Dodaj zadanie" });
      await form.getByLabel("Nazwa").fill(name);
      await form.getByLabel("Początek (RRRR-MM-DD)").fill(start);
      await form.getByLabel("Koniec (RRRR-MM-DD)").fill(end);
      if (after) await form.getByLabel(after).check();
      await form.getByRole("button", { name: "Zapisz zadanie" }).click();
    };
    await addTask("Projekt budowlany", "2027-01-01", "2027-06-30");
    await page.waitForURL("**/harmonogram?zapisano=1");
    // A task that starts before its predecessor ends is refused, with the reason at the field.
    await addTask("Budowa", "2027-06-01", "2028-06-30", "Projekt budowlany");
    await expect.poll(() => page.getByText("Zadanie zaczyna się, zanim skończy się zadanie poprzedzające „Projekt budowlany”.").count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole("form", { name: "Dodaj zadanie" }).getByLabel("Początek (RRRR-MM-DD)").fill("2027-07-01");
    await page.getByRole("form", { name: "Dodaj zadanie" }).getByRole("button", { name: "Zapisz zadanie" }).click();
    await expect.poll(() => page.getByTestId("schedule-table").getByRole("row").count()).toBe(3);
    await expect.poll(() => ganttLabels(page)).toEqual(["Projekt budowlany", "Budowa"]);
    expect(await page.locator(".gantt .arrow").count()).toBe(1);
    const budowa = await page.getByTestId("schedule-table").getByRole("row", { name: /Budowa/ }).textContent();
    expect(budowa).toContain("Projekt budowlany");
    await expectNoAxeViolations(page);

    await visit(page, projectUrl);
    expect(await ganttLabels(page)).toEqual(["Projekt budowlany", "Budowa"]);

    // Maturity: the level cannot go above the evidence.
    await visit(page, `${projectUrl}/dojrzalosc`);
    await page.getByRole("form", { name: "Ustaw poziom" }).getByLabel("Nowy poziom").selectOption("2");
    await page.getByRole("form", { name: "Ustaw poziom" }).getByRole("button", { name: "Ustaw poziom" }).click();
    await expect.poll(() => page.getByText("Nie można ustawić poziomu 2: dowody pozwalają najwyżej na poziom 0.").count()).toBe(1);
    await expectNoAxeViolations(page);

    // The feasibility analysis opens in the co-editing editor with its template's sections.
    await visit(page, projectUrl);
    await page.getByRole("link", { name: `Wstępna analiza wykonalności: ${TITLE}` }).click();
    await page.locator('[data-field="technical"]').waitFor();
    expect(await page.getByRole("navigation", { name: "Spis sekcji" }).textContent()).toContain("Analiza instytucjonalna");
    await expectNoAxeViolations(page);

    await visit(page, `${app.url}/w/${SLUG}/projekty`);
    const projectRow = await page.getByRole("row", { name: new RegExp(TITLE) }).textContent();
    expect(projectRow).toContain("2\u00a0500\u00a0000,00\u00a0zł");
    const social = await page.getByTestId("totals-by-area").getByRole("row", { name: /społeczny/ }).textContent();
    expect(social).toMatch(/społeczny\s*3/);
    const klukowo = await page.getByTestId("totals-by-jst").getByRole("row", { name: /Klukowo/ }).textContent();
    // Klukowo leads no demo project: the cost of the projects it leads is this one's.
    expect(klukowo).toContain("2\u00a0500\u00a0000,00\u00a0zł");
    expect(await ganttLabels(page)).toContain(TITLE);
  });

  it("the coordinator sees who may edit what", async () => {
    const coordinator = await openBrowser();
    try {
      await signIn(coordinator.page, app.url, `koordynator@${SLUG}.demo`);
      await visit(coordinator.page, `${app.url}/w/${SLUG}/uprawnienia`);
      expect(await coordinator.page.getByLabel("Strategia (i protokoły): Rada partnerstwa").isChecked()).toBe(false);
      expect(await coordinator.page.getByLabel("Fiszki projektowe i opisy projektów: Rada partnerstwa").isChecked()).toBe(true);
    } finally {
      await coordinator.close();
    }
  });

  it("another member saving an older copy gets the conflict message with both values, and nothing is overwritten", async () => {
    await signIn(jan.page, app.url, `rada1@${SLUG}.demo`);
    // Both open the fiche at the same version.
    await visit(jan.page, `${projectUrl}/edytuj`);
    await visit(piotr.page, `${projectUrl}/edytuj`);
    await piotr.page.getByLabel("Lokalizacja").fill("Klukowo, ul. Szkolna 4");
    await piotr.page.getByRole("button", { name: "Zapisz fiszkę" }).click();
    await piotr.page.waitForURL(/\?zapisano=1/);

    await jan.page.getByLabel("Lokalizacja").fill("Klukowo, dawna szkoła");
    await jan.page.getByRole("button", { name: "Zapisz fiszkę" }).click();
    const alert = jan.page.getByRole("alert").filter({ hasText: "Ktoś zapisał tę fiszkę przed Tobą" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Piotr Urzędnik zapisał(a) zmiany");
    const locationRow = await alert.getByRole("row", { name: /Lokalizacja/ }).textContent();
    expect(locationRow).toContain("Klukowo, dawna szkoła");
    expect(locationRow).toContain("Klukowo, ul. Szkolna 4");
    // Jan's own value stays in his form.
    expect(await jan.page.getByLabel("Lokalizacja").inputValue()).toBe("Klukowo, dawna szkoła");
    await expectNoAxeViolations(jan.page);

    await visit(piotr.page, projectUrl);
    expect(await piotr.page.getByText("Klukowo, ul. Szkolna 4").count()).toBe(1);
    expect(await piotr.page.getByText("Klukowo, dawna szkoła").count()).toBe(0);
  });
});
