import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, sessionCookie, signIn, startApp, visit, waitSaved, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";

/**
 * Commenting with the keyboard alone (issue #17, items 3, 6, 11, 12): a council member — who may comment but not
 * edit — reaches the read-only text with Tab, selects with Shift+arrows, comments with Ctrl+Alt+M, picks an
 * @mention with ↓/Enter and replies, never touching a pointer; Esc closes the form and focus goes back; the
 * header count follows a resolution of their thread live; the coordinator's two boxes say which is which.
 */
describe("comments with the keyboard only", () => {
  let app: RunningApp;
  let council: Browser;
  let strategyUrl = "";
  let threadId = "";

  const cookieOf = (email: string) => sessionCookie(app.url, email);

  const active = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        field: el?.getAttribute("data-field") ?? null,
        id: el?.id ?? "",
        label: el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "",
        text: el?.textContent ?? "",
      };
    });

  /** Presses Tab until `done` holds; returns how many presses it took. */
  async function tabUntil(page: Page, done: (a: Awaited<ReturnType<typeof active>>) => boolean, max = 80): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await page.keyboard.press("Tab");
      if (done(await active(page))) return i;
    }
    throw new Error(`not reached in ${max} Tabs; focus on ${JSON.stringify(await active(page))}`);
  }

  const threads = (page: Page) => page.getByTestId("comment-threads").locator(":scope > li");

  beforeAll(async () => {
    app = await startApp();
    council = await openBrowser();
    await visit(council.page, `${app.url}/login`);
    await signIn(council.page, app.url, `rada1@${SLUG}.demo`);
    await expectNoAxeViolations(council.page);
    await council.page.goto(`${app.url}/w/${SLUG}/strategia`);
    await council.page.locator('[data-field="s01"]').waitFor();
    strategyUrl = council.page.url();
    // Any pointer use by the test would show here.
    await council.page.evaluate(() => {
      (window as unknown as { pointers: number }).pointers = 0;
      for (const type of ["pointerdown", "mousedown", "click"]) {
        document.addEventListener(type, (e) => {
          if ((e as MouseEvent).detail > 0) (window as unknown as { pointers: number }).pointers++;
        }, true);
      }
    });
  });
  afterAll(async () => {
    await council?.close();
    await app?.stop();
  });

  it("a council member reaches the text, selects a sentence, comments with an @mention and replies — keyboard only", async () => {
    const { page } = council;
    await page.getByTestId("comment-threads").or(page.getByText("Brak komentarzy w tym widoku.")).first().waitFor();
    const before = await threads(page).count();
    await expectNoAxeViolations(page);
    await expect.poll(() => page.getByTestId("save-state").textContent()).not.toContain("Łączenie");

    // Tab reaches the read-only text (it is focusable), which says how to select and comment.
    await tabUntil(page, (a) => a.field === "s01");
    expect(await page.locator('[data-field="s01"]').getAttribute("aria-describedby")).toBe("comment-keyboard-hint");
    expect(await page.locator("#comment-keyboard-hint").textContent()).toContain("Ctrl+Alt+M");

    // Select the first sentence of the first paragraph with Shift+→ (caret browsing: the text stays unchanged).
    const textBefore = await page.locator('[data-field="s01"]').textContent();
    const selection = () => page.evaluate(() => window.getSelection()?.toString() ?? "");
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    expect(await selection()).toBe("");
    let sentence = "";
    for (let i = 0; i < 300 && !sentence.endsWith("."); i++) {
      await page.keyboard.press("Shift+ArrowRight");
      sentence = await selection();
    }
    expect(sentence).toMatch(/^Partnerstwo Ziemia Wysokomazowiecka obejmuje .* na jego terenie\.$/);
    expect(await page.getByRole("button", { name: "Skomentuj zaznaczenie" }).isEnabled()).toBe(true);
    expect(await page.locator('[data-field="s01"]').textContent()).toBe(textBefore);

    // Ctrl+Alt+M opens the form with focus in the remark; ↓ and Enter pick the mention.
    await page.keyboard.press("Control+Alt+M");
    expect((await active(page)).label).toBe("Uwaga");
    expect(await page.locator(".comments-form__passage q").textContent()).toBe(sentence);
    await page.keyboard.type("Proszę o dane, @Ann");
    await page.getByRole("button", { name: "@Anna Koordynatorka" }).waitFor();
    await page.keyboard.press("ArrowDown");
    expect((await active(page)).text).toBe("@Anna Koordynatorka");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await active(page)).label).toBe("Uwaga");
    await page.keyboard.type("czy to aktualne?");
    expect(await page.getByLabel("Uwaga", { exact: true }).inputValue()).toBe("Proszę o dane, @Anna Koordynatorka czy to aktualne?");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Control+Enter");

    // The new thread appears and takes focus; Tab goes on to its reply box.
    await expect.poll(() => threads(page).count()).toBe(before + 1);
    await expect.poll(async () => (await active(page)).id).toMatch(/^watek-/);
    threadId = (await active(page)).id.slice("watek-".length);
    // (Show in text, Resolve, Edit and Delete of one's own comment come first.)
    const presses = await tabUntil(page, (a) => a.label === "Odpowiedź w wątku", 8);
    expect(presses).toBeLessThanOrEqual(5);
    await page.keyboard.type("Uzupełnię po posiedzeniu rady.");
    await page.keyboard.press("Control+Enter");
    const thread = page.locator(`#watek-${threadId}`);
    await expect.poll(() => thread.getByTestId("comment-body").allTextContents()).toEqual([
      "Proszę o dane, @Anna Koordynatorka czy to aktualne?",
      "Uzupełnię po posiedzeniu rady.",
    ]);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => (window as unknown as { pointers: number }).pointers)).toBe(0);
  });

  it("Esc closes the comment form and focus returns to the text and its selection; after Anuluj too (not to the top)", async () => {
    const { page } = council;
    // A section further down, so that a jump to the top of the page would show.
    const editor = page.locator('[data-field="s03"]');
    await editor.focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Shift+End");
    const passage = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(passage.length).toBeGreaterThan(3);
    const textInView = () =>
      page.evaluate(() => {
        const box = document.querySelector('[data-field="s03"]')!.getBoundingClientRect();
        return window.scrollY > 0 && box.top < window.innerHeight && box.bottom > 0;
      });
    await page.keyboard.press("Control+Alt+M");
    await page.getByLabel("Uwaga", { exact: true }).waitFor();
    expect((await active(page)).label).toBe("Uwaga");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByLabel("Uwaga", { exact: true }).count()).toBe(0);
    await expect.poll(async () => (await active(page)).field).toBe("s03");
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(passage);
    expect(await textInView()).toBe(true);
    // The selection is still there: the form opens again on the same passage.
    await page.keyboard.press("Control+Alt+M");
    await page.getByLabel("Uwaga", { exact: true }).waitFor();
    expect(await page.locator(".comments-form__passage q").textContent()).toBe(passage.trim());
    await tabUntil(page, (a) => a.text === "Anuluj", 6);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByLabel("Uwaga", { exact: true }).count()).toBe(0);
    await expect.poll(async () => (await active(page)).field).toBe("s03");
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(passage);
    expect(await textInView()).toBe(true);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => (window as unknown as { pointers: number }).pointers)).toBe(0);
  });

  it("the header count goes up live when the coordinator resolves the council member's thread; the notification says so", async () => {
    const { page } = council;
    const link = page.getByTestId("notifications-link");
    const unreadBefore = Number(/\((\d+)\)/.exec((await link.textContent()) ?? "")?.[1]);
    const documentId = /dokumenty\/([0-9a-f-]{36})/.exec(strategyUrl)![1];
    const res = await fetch(`${app.url}/api/documents/${documentId}/threads`, {
      method: "POST",
      headers: { Origin: app.url, Cookie: await cookieOf(`koordynator@${SLUG}.demo`), "Content-Type": "application/json" },
      body: JSON.stringify({ intent: "resolve", threadId }),
    });
    expect(res.status).toBe(200);
    await expect.poll(() => link.textContent(), { timeout: 10_000 }).toBe(`Powiadomienia (${unreadBefore + 1})`);
    await expect.poll(() => page.locator(`#watek-${threadId}`).getByTestId("thread-status").textContent()).toBe("rozwiązany");
    await visit(page, `${app.url}/powiadomienia`);
    expect(await page.locator(".notification__title", { hasText: "Anna Koordynatorka oznaczył(a) Twój wątek jako rozwiązany" }).count()).toBe(1);
  });

  it("the coordinator's two boxes under a thread say which is the discussion and which the official answer", async () => {
    const coordinator = await openBrowser();
    try {
      await signIn(coordinator.page, app.url, `koordynator@${SLUG}.demo`);
      await coordinator.page.goto(strategyUrl);
      const thread = coordinator.page.locator(`#watek-${threadId}`);
      await thread.waitFor();
      await expectNoAxeViolations(coordinator.page);
      // The editors are built once the live connection is up.
      await waitSaved(coordinator.page);
      // In the editable text too, Ctrl+Alt+M opens the form on the selection and Esc gives the text its focus back.
      await coordinator.page.locator('[data-field="s02"]').focus();
      await coordinator.page.keyboard.press("Control+Home");
      await coordinator.page.keyboard.press("Shift+End");
      const selected = await coordinator.page.evaluate(() => window.getSelection()?.toString() ?? "");
      expect(selected.length).toBeGreaterThan(3);
      const diagnose = async () =>
        JSON.stringify({
          active: await active(coordinator.page),
          selection: await coordinator.page.evaluate(() => window.getSelection()?.toString() ?? ""),
          button: await coordinator.page.getByRole("button", { name: "Skomentuj zaznaczenie" }).isEnabled(),
        });
      const beforeShortcut = await diagnose();
      await coordinator.page.keyboard.press("Control+Alt+M");
      await coordinator.page.getByLabel("Uwaga", { exact: true }).waitFor({ timeout: 10_000 }).catch(async (error) => {
        throw new Error(`${String(error)}\nbefore: ${beforeShortcut}\nafter: ${await diagnose()}`);
      });
      expect((await active(coordinator.page)).label).toBe("Uwaga");
      await coordinator.page.keyboard.press("Escape");
      await expect.poll(() => coordinator.page.getByLabel("Uwaga", { exact: true }).count()).toBe(0);
      await expect.poll(async () => (await active(coordinator.page)).field).toBe("s02");
      expect(await coordinator.page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(selected);
      const reply = thread.getByLabel("Odpowiedź w wątku");
      expect(await reply.evaluate((el) => el.getAttribute("aria-describedby"))).toBeTruthy();
      await thread.locator("summary").press("Enter");
      const answer = thread.getByLabel("Odpowiedź koordynatora");
      const description = (el: Element) =>
        (el.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
      expect(await reply.evaluate(description)).toContain("Komentarz w dyskusji");
      expect(await answer.evaluate(description)).toContain("Oficjalna odpowiedź do raportu z konsultacji");
      await expectNoAxeViolations(coordinator.page);
    } finally {
      await coordinator.close();
    }
  });
});
