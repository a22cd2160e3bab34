import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const TITLE = "Wybór projektu flagowego — głosowanie próbne";

/**
 * A council vote in four real browsers: the coordinator prepares and opens a poll on three projects, two council
 * members vote in their own browsers and each sees the turnout change live, a working-group member cannot vote,
 * the coordinator closes it, adopts the flagship and downloads the minutes. Every page is checked with axe.
 */
describe("a council vote in the browser", () => {
  let app: RunningApp;
  let coordinator: Browser;
  let rada1: Browser;
  let rada2: Browser;
  let grupa: Browser;

  beforeAll(async () => {
    app = await startApp();
    [coordinator, rada1, rada2] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
    await signIn(coordinator.page, app.url, `koordynator@${SLUG}.demo`);
    await signIn(rada1.page, app.url, `rada1@${SLUG}.demo`);
    await signIn(rada2.page, app.url, `rada2@${SLUG}.demo`);
  }, 300_000);
  afterAll(async () => {
    for (const b of [coordinator, rada1, rada2, grupa]) await b?.close();
    await app?.stop();
  });

  it("opens a poll, takes two ballots with live turnout, refuses a working-group member, closes, adopts and gives the minutes", async () => {
    const c = coordinator.page;
    await visit(c, `${app.url}/w/${SLUG}/glosowania`);
    await visit(c, `${app.url}/w/${SLUG}/glosowania/nowe`);
    await c.getByLabel("Tytuł").fill(TITLE);
    // A secret ballot by default; three candidates.
    const candidates = c.getByRole("checkbox", { name: /dojrzałość/ });
    for (const i of [0, 1, 2]) await candidates.nth(i).check();
    const label = (await c.locator(`label[for="${await candidates.nth(1).getAttribute("id")}"]`).textContent())!;
    const winner = label.slice(0, label.lastIndexOf(" — dojrzałość"));
    await Promise.all([c.waitForURL(/\/glosowania\/[0-9a-f-]{36}$/), c.getByRole("button", { name: "Utwórz głosowanie" }).click()]);
    const pollUrl = c.url();
    await expect.poll(() => c.getByTestId("poll-status").textContent()).toBe("Przygotowane");
    await expectNoAxeViolations(c);
    await c.getByRole("button", { name: "Otwórz głosowanie teraz" }).click();
    await expect.poll(() => c.getByTestId("poll-status").textContent(), { timeout: 10_000 }).toBe("Trwa");

    // Two council members open the poll; the turnout starts at zero.
    for (const m of [rada1.page, rada2.page]) {
      await visit(m, pollUrl);
      await expect.poll(() => m.getByTestId("turnout").textContent()).toBe("Zagłosowało 0 z 2 uprawnionych");
    }
    // The first votes; the second sees the turnout change without reloading, and so does the coordinator.
    await rada1.page.getByRole("radio", { name: winner }).check();
    await rada1.page.getByRole("button", { name: "Oddaj głos" }).click();
    await expect.poll(() => rada1.page.getByTestId("receipt").textContent(), { timeout: 10_000 }).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const receipt = (await rada1.page.getByTestId("receipt").textContent())!;
    await expect.poll(() => rada2.page.getByTestId("turnout").textContent(), { timeout: 10_000 }).toBe("Zagłosowało 1 z 2 uprawnionych");
    await expect.poll(() => c.getByTestId("turnout").textContent(), { timeout: 10_000 }).toBe("Zagłosowało 1 z 2 uprawnionych");
    await expectNoAxeViolations(rada1.page);
    await rada2.page.getByRole("radio", { name: winner }).check();
    await rada2.page.getByRole("button", { name: "Oddaj głos" }).click();
    await expect.poll(() => rada2.page.getByTestId("receipt").textContent(), { timeout: 10_000 }).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expect.poll(() => rada1.page.getByTestId("turnout").textContent(), { timeout: 10_000 }).toBe("Zagłosowało 2 z 2 uprawnionych");
    await expectNoAxeViolations(rada2.page);

    // A working-group member sees the poll but has no ballot.
    grupa = await openBrowser();
    await signIn(grupa.page, app.url, `grupa@${SLUG}.demo`);
    await visit(grupa.page, pollUrl);
    await expect.poll(() => grupa.page.getByTestId("not-eligible").isVisible()).toBe(true);
    expect(await grupa.page.getByRole("button", { name: "Oddaj głos" }).count()).toBe(0);

    // The coordinator closes, adopts the flagship and downloads the minutes.
    await c.getByRole("button", { name: "Zamknij głosowanie teraz" }).click();
    await expect.poll(() => c.getByTestId("poll-status").textContent(), { timeout: 10_000 }).toBe("Zamknięte");
    await expect.poll(() => c.getByTestId("poll-verdict").textContent()).toContain(`Zwycięża: ${winner}`);
    expect(await c.getByTestId("receipts").textContent()).toContain(receipt);
    await expect.poll(() => rada1.page.getByTestId("poll-status").textContent(), { timeout: 10_000 }).toBe("Zamknięte");
    await expectNoAxeViolations(c);
    await c.getByRole("button", { name: "Przyjmij zwycięski projekt jako flagowy" }).click();
    await expect.poll(() => c.getByTestId("adopted").textContent(), { timeout: 10_000 }).toContain(winner);
    await expectNoAxeViolations(c);
    const [download] = await Promise.all([c.waitForEvent("download"), c.getByRole("link", { name: "Protokół głosowania (DOCX)" }).click()]);
    const xml = await (await JSZip.loadAsync(readFileSync((await download.path())!))).file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain(TITLE);
    expect(text).toContain(receipt);
    expect(text).toContain("Głosowanie tajne: protokół nie zawiera informacji, kto jak głosował.");
    expect(text).toContain(`projektem flagowym partnerstwa jest „${winner}”`);
    await visit(c, `${app.url}/w/${SLUG}/glosowania`);
  }, 300_000);
});
