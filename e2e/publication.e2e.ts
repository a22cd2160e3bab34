import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STRATEGY_SECTIONS } from "../app/lib/strategy-sections";
import { appWithBrowser, expectNoAxeViolations, visit } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const HEADINGS = STRATEGY_SECTIONS.map((s, i) => `${i + 1}. ${s.pl}`);

async function download(page: Page, name: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFileSync((await file.path())!);
}

describe("the public pages, without signing in", () => {
  const running = appWithBrowser();

  it("finds a partnership in the catalogue by voivodeship and search, and opens its public page", async () => {
    const { page } = running.browser;
    await visit(page, `${running.app.url}/partnerstwa`);
    expect(await page.getByRole("heading", { name: "Województwo podlaskie" }).count()).toBe(1);
    await page.getByLabel("Szukaj partnerstwa lub jednostki").fill("Szepietowo");
    await Promise.all([page.waitForURL(/q=Szepietowo/), page.getByRole("button", { name: "Szukaj" }).click()]);
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Znaleziono 1 partnerstwo");
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(`**/partnerstwa/${SLUG}`), page.getByRole("link", { name: "Ziemia Wysokomazowiecka" }).click()]);
    await visit(page, page.url());
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Ziemia Wysokomazowiecka");
    expect(await page.getByRole("cell", { name: "2013011" }).count()).toBe(1);
    expect(await page.getByText("powiatowe zintegrowane").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Pakiet projektów" }).count()).toBe(1);
  });

  it("reads the published strategy with its table of contents, versions and the difference between them", async () => {
    const { page } = running.browser;
    await Promise.all([page.waitForURL(`**/partnerstwa/${SLUG}/strategia`), page.getByRole("link", { name: /^Strategia/ }).first().click()]);
    await visit(page, page.url());
    expect(await page.getByTestId("publication-meta").textContent()).toMatch(/^Wersja 2 · opublikowana 23 listopada 2026/);
    const toc = page.getByRole("navigation", { name: "Spis treści" });
    expect(await toc.getByRole("link").allTextContents()).toEqual(HEADINGS);
    for (const heading of HEADINGS) expect(await page.getByRole("heading", { level: 2, name: heading }).count()).toBe(1);

    await Promise.all([page.waitForURL(/roznice\?od=1&do=2/), page.getByRole("link", { name: "Zmiany względem wersji 1" }).click()]);
    await visit(page, page.url());
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Zmiany: wersja 1 → wersja 2");
    expect(await page.locator("ins").count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { level: 2, name: "7. Oczekiwane rezultaty i wskaźniki" }).count()).toBe(1);

    await visit(page, `${running.app.url}/partnerstwa/${SLUG}/strategia/wersje`);
    expect(await page.getByRole("link", { name: "Wersja 1" }).count()).toBe(1);
    await Promise.all([page.waitForURL(/wersje\/1$/), page.getByRole("link", { name: "Wersja 1" }).click()]);
    await visit(page, page.url());
    expect(await page.getByText("To nie jest najnowsza opublikowana wersja.").count()).toBe(1);
  });

  it("downloads the strategy as DOCX and PDF, both with every section heading", async () => {
    const { page } = running.browser;
    await visit(page, `${running.app.url}/partnerstwa/${SLUG}/strategia`);
    const docx = await download(page, /DOCX/);
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    const pdf = await download(page, /PDF/);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    for (const heading of HEADINGS) {
      expect(xml).toContain(heading.replace(/&/g, "&amp;"));
      expect(text).toContain(heading);
    }
  });

  it("reads the published project package and a project's page", async () => {
    const { page } = running.browser;
    await visit(page, `${running.app.url}/partnerstwa/${SLUG}/projekty`);
    const first = page.locator("table.data-table a").first();
    const title = (await first.textContent())!;
    await Promise.all([page.waitForURL(/\/projekt\//), first.click()]);
    await visit(page, page.url());
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await page.getByRole("rowheader", { name: "Koszt całkowity" }).count()).toBe(1);
  });

  it("shows the accessibility statement and takes an accessibility request with its 7-day deadline", async () => {
    const { page } = running.browser;
    await visit(page, `${running.app.url}/deklaracja-dostepnosci`);
    for (const name of ["Stan dostępności cyfrowej", "Przygotowanie deklaracji dostępności", "Informacje zwrotne i dane kontaktowe"]) {
      expect(await page.getByRole("heading", { name }).count()).toBe(1);
    }
    await page.getByLabel("Imię i nazwisko").fill("Jan Mieszkaniec");
    await page.getByLabel("Adres e-mail lub telefon do kontaktu").fill("jan@example.org");
    await page.getByLabel("Którego partnerstwa dotyczy").selectOption(SLUG);
    await page.getByLabel("Czego dotyczy wniosek").fill("Proszę o wersję tekstową tabeli wskaźników.");
    await page.getByRole("button", { name: "Wyślij wniosek" }).click();
    await expect.poll(() => page.getByTestId("request-sent").textContent()).toMatch(/Odpowiemy najpóźniej/);
    await expectNoAxeViolations(page);
  });
});
