import { writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const APPLICANT = "koordynatorka@tykocin.pl";
const PASSWORD = "Narew-Tykocin-2027-wspolnie";
const NAME = "Partnerstwo Doliny Narwi";
const SLUG = "partnerstwo-doliny-narwi";

describe("selecting a partnership end to end", () => {
  let app: RunningApp;
  let applicant: Browser;
  let assessor: Browser;
  let admin: Browser;
  let coordinator: Browser;
  const files = mkdtempSync(path.join(os.tmpdir(), "wspolnie-selection-"));
  beforeAll(async () => {
    app = await startApp();
    applicant = await openBrowser();
    assessor = await openBrowser();
    admin = await openBrowser();
    coordinator = await openBrowser();
  }, 400_000);
  afterAll(async () => {
    await Promise.all([applicant, assessor, admin, coordinator].map((b) => b?.close()));
    await app?.stop("SIGTERM");
  });

  it("an applicant registers, fills the information form and submits it", async () => {
    const page = applicant.page;
    await visit(page, `${app.url}/nabor`);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Załóż konto wnioskodawcy" }).click();
    await page.waitForURL("**/nabor/rejestracja");
    await expectNoAxeViolations(page);
    await page.getByLabel("Imię i nazwisko").fill("Joanna Narwiańska");
    await page.getByLabel("E-mail").fill(APPLICANT);
    await page.getByLabel("Hasło (co najmniej 12 znaków)").fill(PASSWORD);
    await page.getByLabel("Powtórz hasło").fill(PASSWORD);
    await Promise.all([page.waitForURL((u) => u.pathname === "/nabor"), page.getByRole("button", { name: "Załóż konto" }).click()]);
    await expectNoAxeViolations(page);

    await page.getByLabel("Województwo").selectOption("20");
    await page.getByLabel("Nazwa partnerstwa").fill(NAME);
    await Promise.all([page.waitForURL("**/nabor/formularz/*"), page.getByRole("button", { name: "Utwórz szkic formularza" }).click()]);
    await expectNoAxeViolations(page);

    // Members by name with TERYT: all gminas of powiat białostocki but not the powiat → the warning.
    await page.locator("summary", { hasText: "(2002)" }).click();
    for (const box of await page.locator('input[name="memberTeryts"][value^="2002"]').all()) {
      if ((await box.getAttribute("value"))?.length === 7) await box.check();
    }
    await expect.poll(() => page.getByText(/Wszystkie gminy powiatu białostocki są członkami/).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Typ partnerstwa" }).textContent()).toContain("powiatowe niezintegrowane");
    await page.getByLabel("Powiat białostocki — sam powiat (2002)").check();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Typ partnerstwa" }).textContent()).toContain("powiatowe zintegrowane");
    await page.getByLabel("Lider partnerstwa (JST wiodąca)").selectOption("2002123");
    await page.getByLabel("obszar funkcjonalny małego miasta powiatowego").check();
    await page.getByLabel("Idea współpracy").fill("Wspólna turystyka doliny Narwi i usługi dla mieszkańców.");
    await page.getByLabel("Powiązania funkcjonalne między JST").fill("Dojazdy do Białegostoku, wspólna dolina rzeki.");
    for (const box of await page.locator('input[name="declarations"]').all()) await box.check();
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await expect.poll(() => page.getByText("Zapisano szkic.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Submitting without the letter of intent is refused; a text file named .pdf is refused by its content.
    await page.getByRole("button", { name: "Złóż formularz" }).click();
    await expect.poll(() => page.getByText("dodaj list intencyjny lub porozumienie").first().isVisible()).toBe(true);
    const fake = path.join(files, "list.pdf");
    writeFileSync(fake, "to nie jest PDF");
    await page.getByLabel("Plik").setInputFiles(fake);
    await page.getByRole("button", { name: "Dodaj załącznik" }).click();
    await expect.poll(() => page.getByText(/Niedozwolony typ pliku/).isVisible()).toBe(true);
    const real = path.join(files, "list-intencyjny.pdf");
    writeFileSync(real, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    await page.getByLabel("Plik").setInputFiles(real);
    await page.getByRole("button", { name: "Dodaj załącznik" }).click();
    await expect.poll(() => page.getByText("Dodano załącznik list-intencyjny.pdf.").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Złóż formularz" }).click();
    await expect.poll(() => page.getByText(/Formularz złożono .* i jest zablokowany/).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Zapisz szkic" }).count()).toBe(0);
    const pdf = await page.request.get(await page.getByRole("link", { name: "Pobierz potwierdzenie (PDF)" }).getAttribute("href").then((h) => `${app.url}${h}`));
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoAxeViolations(page);
  }, 300_000);

  it("the Podlaskie marshal office lands on its work, checks the form and recommends it", async () => {
    const page = assessor.page;
    await signIn(page, app.url, "um@podlaskie.demo");
    expect(new URL(page.url()).pathname).toBe("/nabor");
    // Its voivodeship's partnerships with their phase and public page.
    await expect.poll(() => page.getByRole("link", { name: "Strona publiczna: Ziemia Wysokomazowiecka" }).getAttribute("href")).toBe("/partnerstwa/ziemia-wysokomazowiecka");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Formularze do sprawdzenia: Nabór CWD Plus 2027" }).click();
    await page.waitForURL("**/wojewodztwo/20");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `Lista kontrolna: ${NAME}` }).click();
    await page.waitForURL("**/ocena");
    await expectNoAxeViolations(page);
    for (const radio of await page.getByLabel("spełnione (1)").all()) await radio.check();
    for (const key of ["1", "2", "3"]) {
      await page.getByLabel(`Punkty za kryterium ${key} (0–5)`).selectOption("4");
      await page.getByLabel(`Uzasadnienie oceny kryterium ${key}`).fill("Dobrze uzasadnione powiązania.");
    }
    await page.getByRole("button", { name: "Zapisz ocenę" }).click();
    await expect.poll(() => page.getByText("Zapisano ocenę.").isVisible()).toBe(true);
    await expect.poll(() => page.getByText("Wynik: spełnione, 12 z 15 pkt.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Wróć do listy województwa" }).click();
    await page.getByRole("button", { name: `Rekomenduj „${NAME}”` }).click();
    await expect.poll(() => page.getByText(`Rekomendowano „${NAME}”.`).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Przekaż rekomendacje do ministerstwa" }).click();
    await expect.poll(() => page.getByText("Przekazano rekomendacje do ministerstwa.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  }, 300_000);

  it("the ministry selects and announces; the new coordinator signs in to the workspace", async () => {
    const page = admin.page;
    await signIn(page, app.url, "admin@mfipr.demo");
    await visit(page, `${app.url}/nabor`);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Nabór CWD Plus 2027" }).click();
    await page.waitForURL(/\/nabor\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Wybierz „${NAME}”` }).click();
    await expect.poll(() => page.getByRole("button", { name: `Cofnij wybór „${NAME}”` }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Ogłoś listę wybranych partnerstw" }).click();
    await expect.poll(() => page.getByText("Ogłoszono 1 partnerstwo.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    let link = "";
    await expect
      .poll(() => {
        const match = app.output().match(new RegExp(`to ${APPLICANT.replace(/\./g, "\\.")}[^\\n]*Partnerstwo[\\s\\S]*?(http://\\S+/zaproszenie/[a-z2-7]+)`));
        link = match?.[1] ?? "";
        return link;
      })
      .not.toBe("");
    const other = coordinator.page;
    await visit(other, link);
    await other.getByRole("link", { name: "Zaloguj się i przyjmij zaproszenie" }).click();
    await other.getByLabel(/e-mail/i).fill(APPLICANT);
    await other.getByLabel(/hasło/i).first().fill(PASSWORD);
    await Promise.all([other.waitForURL("**/zaproszenie/*"), other.getByRole("button", { name: /zaloguj/i }).click()]);
    await expectNoAxeViolations(other);
    await Promise.all([other.waitForURL(`**/w/${SLUG}`), other.getByRole("button", { name: "Przyjmij zaproszenie" }).click()]);
    await expect.poll(() => other.getByRole("heading", { level: 1 }).textContent()).toBe(NAME);
    await expect.poll(() => other.getByRole("link", { name: "Strategia terytorialna" }).isVisible()).toBe(true);
    const phases = other.getByRole("table", { name: "Fazy z datami planowanymi i rzeczywistymi" });
    await expect.poll(() => phases.getByRole("row").count()).toBe(5);
    expect(await phases.textContent()).toContain("Wybór, metodyka, organizacja (trwa)");
    await expectNoAxeViolations(other);
    // The strategy opens with its template sections.
    await other.getByRole("link", { name: "Strategia terytorialna" }).click();
    await expect.poll(() => other.getByText("Cele strategiczne").first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(other);
  }, 300_000);
});
