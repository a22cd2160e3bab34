import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const COORD = `koordynator@${SLUG}.demo`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function fitsWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
}

async function expectFits(page: Page, what: string) {
  const { scroll, inner } = await fitsWidth(page);
  expect(scroll, `${what} at ${inner}px`).toBeLessThanOrEqual(inner);
}

// One app for the file (starting one takes long on a busy machine); the pages are measured before the members
// page changes anything.
let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
}, 240_000);
afterAll(async () => {
  await app?.stop("SIGTERM");
});

describe("members, versions and audit pages on a phone and a desktop", () => {
  let coordinator: Browser;
  let versionsPath = "";
  beforeAll(async () => {
    coordinator = await openBrowser();
    await signIn(coordinator.page, app.url, COORD);
    await coordinator.page.goto(`${app.url}/w/${SLUG}/strategia`);
    await coordinator.page.waitForURL(/\/dokumenty\/[0-9a-f-]{36}$/);
    versionsPath = `${new URL(coordinator.page.url()).pathname}/wersje`;
  });
  afterAll(async () => {
    await coordinator?.close();
  });

  it("fits 390 px and 1280 px without sideways scrolling: versions list, members, partnership audit log", async () => {
    const page = coordinator.page;
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      for (const path of [versionsPath, `/w/${SLUG}/czlonkowie`, `/w/${SLUG}/dziennik`]) {
        await visit(page, `${app.url}${path}`);
        await expectFits(page, path);
      }
    }
  });

  it("the platform log fits a 1280 px screen and a phone", async () => {
    const admin = await openBrowser();
    try {
      await signIn(admin.page, app.url, "admin@mfipr.demo");
      for (const size of [DESKTOP, PHONE]) {
        await admin.page.setViewportSize(size);
        await visit(admin.page, `${app.url}/admin/dziennik`);
        await expectFits(admin.page, "/admin/dziennik");
      }
    } finally {
      await admin.close();
    }
  });

  it("folds the header menu behind one button on a phone; on a desktop the menu is always there", async () => {
    const page = coordinator.page;
    await page.setViewportSize(PHONE);
    await visit(page, `${app.url}/w/${SLUG}`);
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Moje konto" }).isVisible()).toBe(false);
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThan(PHONE.height * 0.2);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("link", { name: "Moje konto" }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Moje konto" }).click();
    await page.waitForURL("**/konto");
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await expectFits(page, "/konto");

    await page.setViewportSize(DESKTOP);
    expect(await page.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Moje konto" }).isVisible()).toBe(true);
  });
});

describe("the members page", () => {
  let coordinator: Browser;
  beforeAll(async () => {
    coordinator = await openBrowser();
    await coordinator.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
    await signIn(coordinator.page, app.url, COORD);
  });
  afterAll(async () => {
    await coordinator?.close();
  });

  it("puts the invitation first, leads back to the partnership and names units by kind", async () => {
    const page = coordinator.page;
    await page.setViewportSize(DESKTOP);
    await visit(page, `${app.url}/w/${SLUG}/czlonkowie`);
    const invite = page.getByRole("region", { name: "Zaproś osobę" });
    const inviteTop = (await invite.boundingBox())!.y;
    const membersTop = (await page.getByRole("region", { name: "Członkowie partnerstwa i ich role" }).boundingBox())!.y;
    expect(inviteTop).toBeLessThan(membersTop);
    expect(inviteTop).toBeLessThan(DESKTOP.height);
    const units = await invite.getByLabel("Reprezentowana jednostka (dla członka rady)").locator("option").allTextContents();
    expect(units).toEqual(expect.arrayContaining(["Wysokie Mazowieckie (gmina miejska)", "wysokomazowiecki (powiat)"]));

    await page.getByRole("navigation", { name: "Ścieżka" }).getByRole("link", { name: /Ziemia Wysokomazowiecka/ }).click();
    await page.waitForURL(`**/w/${SLUG}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ziemia Wysokomazowiecka");
  });

  it("after an invitation the selects say “— wybierz —” again, and the link can be copied", async () => {
    const page = coordinator.page;
    await visit(page, `${app.url}/w/${SLUG}/czlonkowie`);
    const invite = page.getByRole("region", { name: "Zaproś osobę" });
    await invite.getByLabel("E-mail").fill("rada.kulesze@gmina-kulesze.pl");
    await invite.getByLabel("Rola").selectOption("council_member");
    await invite.getByLabel("Reprezentowana jednostka (dla członka rady)").selectOption("2013062");
    await invite.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect.poll(() => page.getByText("Wysłano zaproszenie do rada.kulesze@gmina-kulesze.pl.").isVisible()).toBe(true);
    const shown = (label: string) =>
      invite.getByLabel(label).evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : "";
      });
    await expect.poll(() => shown("Rola")).toBe("— wybierz rolę —");
    expect(await shown("Reprezentowana jednostka (dla członka rady)")).toBe("— wybierz jednostkę —");
    expect(await invite.getByLabel("E-mail").inputValue()).toBe("");
    const link = await invite.getByRole("textbox", { name: "Link zaproszenia dla rada.kulesze@gmina-kulesze.pl", exact: true }).inputValue();
    expect(link).toMatch(/\/zaproszenie\/[a-z2-7]+$/);
    await invite.getByRole("button", { name: "Kopiuj link" }).click();
    await expect.poll(() => invite.getByText("Skopiowano link do schowka.").isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectNoAxeViolations(page);
  });

  it("resends a pending invitation and gives a new link to copy", async () => {
    const page = coordinator.page;
    const pending = page.getByRole("region", { name: "Zaproszenia oczekujące" });
    await pending.getByRole("button", { name: "Wyślij ponownie zaproszenie dla rada.kulesze@gmina-kulesze.pl" }).click();
    await expect.poll(() => page.getByText("Wysłano ponownie zaproszenie do rada.kulesze@gmina-kulesze.pl.").isVisible()).toBe(true);
    const resentLink = await page.getByRole("textbox", { name: "Link zaproszenia dla rada.kulesze@gmina-kulesze.pl", exact: true }).inputValue();
    await expectNoAxeViolations(page);
    await page.getByRole("region", { name: "Zaproszenia oczekujące" }).getByRole("button", { name: "Utwórz nowy link zaproszenia dla rada.kulesze@gmina-kulesze.pl" }).click();
    await expect.poll(() => page.getByText("Nowy link zaproszenia dla rada.kulesze@gmina-kulesze.pl jest gotowy.").isVisible()).toBe(true);
    const fresh = await page.getByRole("textbox", { name: "Link zaproszenia dla rada.kulesze@gmina-kulesze.pl", exact: true }).inputValue();
    expect(fresh).not.toBe(resentLink);
    await page.getByRole("button", { name: "Kopiuj link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fresh);
  });

  it("the only coordinator cannot remove themselves; removing someone else asks first", async () => {
    const page = coordinator.page;
    await visit(page, `${app.url}/w/${SLUG}/czlonkowie`);
    const own = page.getByRole("row").filter({ hasText: "Anna Koordynatorka" });
    await own.getByText("Zmień rolę lub usuń").click();
    await expect.poll(() => page.getByText("Jedyny koordynator — nie można go usunąć ani zmienić jego roli.").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Tak, usuń: Anna Koordynatorka" }).count()).toBe(0);
    // Demoting oneself is refused with the reason.
    await own.getByLabel("Rola").selectOption("expert");
    await page.getByRole("button", { name: "Zapisz zmiany: Anna Koordynatorka" }).click();
    await expect.poll(() => page.getByText("Partnerstwo musi mieć koordynatora.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const row = page.getByRole("row").filter({ hasText: "Ewa Burmistrz" });
    await row.getByText("Zmień rolę lub usuń").click();
    await row.getByText("Usuń z partnerstwa").click();
    await expect.poll(() => row.getByText("Ewa Burmistrz (członek rady partnerstwa) straci dostęp").isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: "Tak, usuń: Ewa Burmistrz" }).click();
    await expect.poll(() => page.getByText(`Usunięto rada2@${SLUG}.demo z partnerstwa.`).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "Ewa Burmistrz" }).count()).toBe(0);
  });

  it("the partnership log lists sign-ins of its members, with details in words", async () => {
    const page = coordinator.page;
    await visit(page, `${app.url}/w/${SLUG}/dziennik`);
    expect(await page.getByRole("cell", { name: "logowanie", exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("cell", { name: "rola: członek rady partnerstwa" }).count()).toBeGreaterThan(0);
    expect(await page.locator("td code").count()).toBe(0);
    expect(await page.content()).not.toContain("{&quot;");
  });
});
