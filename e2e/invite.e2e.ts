import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const COORD = `koordynator@${SLUG}.demo`;
const INVITEE = "nowa.osoba@gmina-sokoly.pl";

describe("inviting a new member", () => {
  let app: RunningApp;
  let coordinator: Browser;
  let invitee: Browser;
  beforeAll(async () => {
    app = await startApp();
    coordinator = await openBrowser();
    invitee = await openBrowser();
  });
  afterAll(async () => {
    await coordinator?.close();
    await invitee?.close();
    await app?.stop("SIGTERM");
  });

  it("the coordinator invites; the link from the outbox sets a password and lands in the partnership", async () => {
    const page = coordinator.page;
    await visit(page, `${app.url}/login`);
    await signIn(page, app.url, COORD);
    expect(new URL(page.url()).pathname).toBe("/w");
    await expectNoAxeViolations(page);

    await visit(page, `${app.url}/w/${SLUG}`);
    await page.getByRole("link", { name: "Członkowie, role i grupy robocze" }).click();
    await page.waitForURL(`**/w/${SLUG}/czlonkowie`);
    await expectNoAxeViolations(page);

    const invite = page.getByRole("region", { name: "Zaproś osobę" });
    // The browser checks with the same schema as the server before sending.
    await invite.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect.poll(() => invite.getByText("Podaj adres e-mail.").isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await invite.getByLabel("E-mail").fill(INVITEE);
    await invite.getByLabel("Rola").selectOption("working_group_member");
    await invite.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect.poll(() => page.getByText(`Wysłano zaproszenie do ${INVITEE}.`).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // No SMTP_URL: the server prints the mail (with the link) to its console.
    let link = "";
    await expect
      .poll(() => {
        const match = app.output().match(new RegExp(`to ${INVITEE.replace(/\./g, "\\.")}[\\s\\S]*?(http://\\S+/zaproszenie/[a-z2-7]+)`));
        link = match?.[1] ?? "";
        return link;
      })
      .not.toBe("");

    const other = invitee.page;
    await visit(other, link);
    expect(await other.getByRole("heading", { level: 1 }).textContent()).toContain("Ziemia Wysokomazowiecka");
    await other.getByLabel("Imię i nazwisko").fill("Nowa Osoba");
    await other.getByLabel("Hasło", { exact: true }).fill("krótkie");
    await other.getByLabel("Powtórz hasło").fill("krótkie");
    await other.getByRole("button", { name: "Utwórz konto i dołącz" }).click();
    await expect.poll(() => other.getByText("Hasło musi mieć co najmniej 12 znaków.").isVisible()).toBe(true);
    await expectNoAxeViolations(other);

    await other.getByLabel("Hasło", { exact: true }).fill("sokoły-grupa-robocza-2026");
    await other.getByLabel("Powtórz hasło").fill("sokoły-grupa-robocza-2026");
    await Promise.all([
      other.waitForURL(`**/w/${SLUG}`),
      other.getByRole("button", { name: "Utwórz konto i dołącz" }).click(),
    ]);
    await expect.poll(() => other.getByRole("heading", { level: 1 }).textContent()).toBe("Ziemia Wysokomazowiecka");
    await expect.poll(() => other.getByText("członek grupy roboczej").first().isVisible()).toBe(true);
    await expectNoAxeViolations(other);

    await visit(other, `${app.url}/konto`);
    await expect.poll(() => other.getByText("Ta sesja").isVisible()).toBe(true);

    // The link works once.
    await other.goto(link);
    await expect.poll(() => other.getByText("zostało już wykorzystane").isVisible()).toBe(true);
    await expectNoAxeViolations(other);

    await visit(page, `${app.url}/w/${SLUG}/dziennik`);
    expect(await page.getByRole("cell", { name: "przyjęcie zaproszenia" }).count()).toBe(1);
  });

  it("resets a forgotten password with the mailed link, and the ministry sees it in the platform log", async () => {
    const browser = await openBrowser();
    try {
      const page = browser.page;
      const email = `rada1@${SLUG}.demo`;
      await visit(page, `${app.url}/login`);
      await page.getByRole("link", { name: "Nie pamiętasz hasła?" }).click();
      await page.waitForURL("**/haslo");
      await expectNoAxeViolations(page);
      await page.getByLabel("E-mail").fill(email);
      await page.getByRole("button", { name: "Wyślij link" }).click();
      await expect.poll(() => page.getByText("Jeśli konto o tym adresie istnieje").isVisible()).toBe(true);
      await expectNoAxeViolations(page);

      let link = "";
      await expect
        .poll(() => {
          const match = app.output().match(new RegExp(`to ${email.replace(/\./g, "\\.")}[\\s\\S]*?(http://\\S+/haslo/[a-z2-7]+)`));
          link = match?.[1] ?? "";
          return link;
        })
        .not.toBe("");
      await visit(page, link);
      await page.getByLabel("Nowe hasło", { exact: true }).fill("qwerty123456");
      await page.getByLabel("Powtórz nowe hasło").fill("qwerty123456");
      await page.getByRole("button", { name: "Zapisz nowe hasło" }).click();
      await expect.poll(() => page.getByText("To hasło jest zbyt popularne").isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await page.getByLabel("Nowe hasło", { exact: true }).fill("starosta-wysokie-2026");
      await page.getByLabel("Powtórz nowe hasło").fill("starosta-wysokie-2026");
      await Promise.all([page.waitForURL("**/login?reset=1"), page.getByRole("button", { name: "Zapisz nowe hasło" }).click()]);
      await expect.poll(() => page.getByText("Hasło zostało zmienione.").isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await signIn(page, app.url, email, "starosta-wysokie-2026");
      await visit(page, `${app.url}/w`);

      const admin = await openBrowser();
      try {
        await signIn(admin.page, app.url, "admin@mfipr.demo");
        await visit(admin.page, `${app.url}/admin/dziennik`);
        expect(await admin.page.getByRole("cell", { name: "ustawienie nowego hasła" }).count()).toBe(1);
      } finally {
        await admin.close();
      }
    } finally {
      await browser.close();
    }
  });
});
