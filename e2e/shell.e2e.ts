import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, startApp, visit, type Browser, type RunningApp } from "./harness";

describe("the public shell", () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startApp();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    const code = await app?.stop("SIGTERM");
    expect(code).toBe(0);
  });

  it("shows the home page and the partnership list in Polish with no axe violations", async () => {
    const { page } = browser;
    await visit(page, app.url);
    expect(await page.getAttribute("html", "lang")).toBe("pl");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Wspólnie");
    await page.getByRole("link", { name: "Zobacz partnerstwa" }).click();
    await page.waitForURL(/\/partnerstwa$/);
    await visit(page, page.url());
    expect(await page.getByRole("heading", { name: "Ziemia Wysokomazowiecka" }).count()).toBe(1);
    await page.getByText(/11 członków/).click();
    await expect.poll(() => page.getByRole("cell", { name: "2013011" }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it("switches to English, remembers it, and stays accessible", async () => {
    const { page } = browser;
    await page.goto(`${app.url}/partnerstwa`);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Partnerships");
    await visit(page, app.url);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("link", { name: "Browse partnerships" }).count()).toBe(1);
    await visit(page, `${app.url}/partnerstwa`);
    expect(await page.getByText("county-level, integrated").count()).toBe(1);
    await page.getByRole("button", { name: "Przełącz na język polski" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("pl");
  });

  it("reaches the skip link first from the keyboard", async () => {
    const { page } = browser;
    await page.goto(app.url);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Przejdź do treści");
  });

  it("names an error page in its title and keeps it accessible", async () => {
    const { page } = browser;
    const response = await page.goto(`${app.url}/nie-ma-takiej-strony`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nie znaleziono strony");
    expect(await page.title()).toBe("Nie znaleziono strony — Wspólnie");
    await expectNoAxeViolations(page);
  });
});
