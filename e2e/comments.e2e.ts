import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, startApp, twoPeopleOnStrategy, visit, waitSaved, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";
const PASSAGE = "Kluczowym problemem jest dostępność transportu publicznego.";
const XSS = "<img src=x onerror=alert(1)>";


async function openEditor(page: Page, url: string) {
  // The editor's service worker can abort a navigation that races its activation: try again then.
  for (let attempt = 1; ; attempt++) {
    try {
      await visit(page, url);
      break;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes("ERR_ABORTED")) throw error;
      await page.waitForTimeout(500);
    }
  }
  await page.locator('[data-field="s02"]').waitFor();
  await page.getByTestId("comment-threads").or(page.getByText("Brak komentarzy w tym widoku.")).first().waitFor();
  await waitSaved(page);
}

function threads(page: Page) {
  return page.getByTestId("comment-threads").locator(":scope > li");
}

describe("comments in the browser", () => {
  let app: RunningApp;
  let a: Browser;
  let b: Browser;
  let editorUrl = "";
  const dialogs: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    // A: the coordinator (edits and comments); B: the expert (comments on the strategy without edit rights).
    ({ a, b, editorUrl } = await twoPeopleOnStrategy(app, SLUG, [`koordynator@${SLUG}.demo`, `ekspert@${SLUG}.demo`], "s02"));
    // Any alert would be injected script; the editor's own "unsaved edits" prompt on leaving a page is not.
    for (const browser of [a, b]) {
      browser.page.on("dialog", (d) => {
        if (d.type() === "beforeunload") return void d.accept();
        dialogs.push(d.message());
        void d.dismiss();
      });
    }
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await app?.stop();
  });

  it("A comments on a passage; B sees it live, replies with @A; A is notified; B resolves; both see it resolved", async () => {
    await openEditor(a.page, editorUrl);
    await openEditor(b.page, editorUrl);

    // A writes a passage and comments on it.
    await a.page.locator('[data-field="s02"]').click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.type(PASSAGE);
    await waitSaved(a.page);
    await a.page.locator('[data-field="s02"] p', { hasText: "Kluczowym problemem" }).click({ clickCount: 3 });
    await a.page.getByRole("button", { name: "Skomentuj zaznaczenie" }).click();
    await a.page.getByLabel("Uwaga", { exact: true }).fill(`Dodać dane o liniach autobusowych. ${XSS}`);
    await expectNoAxeViolations(a.page);
    await a.page.getByRole("button", { name: "Dodaj komentarz" }).click();
    await expect.poll(() => threads(a.page).count()).toBe(1);
    await expect.poll(() => a.page.locator('[data-field="s02"] .comment-highlight').count()).toBeGreaterThan(0);

    // B sees the thread and the highlight without reloading, within a second or two.
    const seenFrom = Date.now();
    await expect.poll(() => threads(b.page).count(), { timeout: 3000, interval: 50 }).toBe(1);
    expect(Date.now() - seenFrom).toBeLessThan(3000);
    await expect.poll(() => b.page.locator('[data-field="s02"] .comment-highlight').textContent()).toContain("dostępność transportu");
    // The hostile body is text, not markup.
    await expect.poll(() => threads(b.page).first().getByTestId("comment-body").first().textContent()).toBe(
      `Dodać dane o liniach autobusowych. ${XSS}`,
    );
    expect(await b.page.locator('.comments-sidebar img[src="x"]').count()).toBe(0);
    await expectNoAxeViolations(b.page);

    // A turns the commented paragraph into a heading (H2 from the toolbar) and back (Ctrl+Alt+2): the editor
    // replaces the paragraph each time, and the thread stays attached and highlighted for both.
    await a.page.locator('[data-field="s02"] p', { hasText: "Kluczowym problemem" }).click();
    await a.page.getByRole("button", { name: "Nagłówek 2. stopnia" }).click();
    for (const page of [a.page, b.page]) {
      // (A's caret, drawn inside the passage on B's screen, splits the highlight into pieces.)
      await expect.poll(async () => (await page.locator('[data-field="s02"] h2 .comment-highlight').allTextContents()).join("")).toContain("dostępność transportu");
      expect(await threads(page).first().getByTestId("thread-detached").count()).toBe(0);
    }
    await a.page.locator('[data-field="s02"] h2', { hasText: "Kluczowym problemem" }).click();
    await a.page.keyboard.press("Control+Alt+2");
    for (const page of [a.page, b.page]) {
      await expect.poll(async () => (await page.locator('[data-field="s02"] p .comment-highlight').allTextContents()).join("")).toContain("dostępność transportu");
      expect(await threads(page).first().getByTestId("thread-detached").count()).toBe(0);
    }
    await waitSaved(a.page);

    // B replies with an @mention of A, using the suggestion list.
    const reply = b.page.getByLabel("Odpowiedź w wątku");
    await reply.click();
    await reply.pressSequentially("@Anna");
    await b.page.getByRole("button", { name: "@Anna Koordynatorka" }).click();
    await reply.pressSequentially("proszę o źródło danych.");
    await expect.poll(() => reply.inputValue()).toBe("@Anna Koordynatorka proszę o źródło danych.");
    await b.page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
    await expect.poll(() => threads(a.page).first().getByTestId("comment-body").count(), { timeout: 3000 }).toBe(2);

    // A sees the notification: the header count and the notifications page.
    await a.page.reload();
    await expect.poll(() => a.page.getByTestId("notifications-link").textContent()).toBe("Powiadomienia (1)");
    await a.page.getByTestId("notifications-link").click();
    await a.page.waitForURL(/\/powiadomienia$/);
    await visit(a.page, a.page.url());
    await expect.poll(() => a.page.locator(".notification__title", { hasText: "Maria Ekspertka wspomniał(a) o Tobie" }).count()).toBe(1);
    await a.page.getByRole("link", { name: /^Otwórz/ }).first().click();
    await a.page.waitForURL(/\/dokumenty\/[0-9a-f-]{36}\?watek=/);
    await a.page.locator('[data-field="s02"]').waitFor();
    await expect.poll(() => a.page.getByTestId("notifications-link").textContent()).toBe("Powiadomienia (0)");
    await expect.poll(() => threads(a.page).count()).toBe(1);
    await expectNoAxeViolations(a.page);

    // B resolves; both see it resolved without reloading.
    await b.page.getByRole("button", { name: "Oznacz jako rozwiązany" }).click();
    await expect.poll(() => threads(b.page).first().getByTestId("thread-status").textContent()).toBe("rozwiązany");
    await expect.poll(() => threads(a.page).first().getByTestId("thread-status").textContent(), { timeout: 3000 }).toBe("rozwiązany");
    await expect.poll(() => a.page.getByRole("button", { name: "Otwórz ponownie" }).count()).toBe(1);
    // Filters: the resolved thread is under "Rozwiązane", not under "Otwarte"; "Wspominające mnie" finds it for A.
    await a.page.getByRole("radio", { name: "Otwarte" }).check();
    await expect.poll(() => a.page.getByText("Brak komentarzy w tym widoku.").count()).toBe(1);
    await a.page.getByRole("radio", { name: "Rozwiązane" }).check();
    await expect.poll(() => threads(a.page).count()).toBe(1);
    await a.page.getByRole("radio", { name: "Wspominające mnie" }).check();
    await expect.poll(() => threads(a.page).count()).toBe(1);
    await a.page.getByRole("radio", { name: "Wszystkie" }).check();
    // Choosing the thread brings its passage into view, highlighted as the active one.
    await threads(a.page).first().getByRole("button", { name: "Pokaż w tekście" }).click();
    await expect.poll(() => a.page.locator('[data-field="s02"] .comment-highlight--active').count()).toBeGreaterThan(0);
    await expect.poll(() => a.page.locator('[data-field="s02"] .comment-highlight--active').first().isVisible()).toBe(true);
    await expectNoAxeViolations(a.page);
    await expectNoAxeViolations(b.page);
    expect(dialogs).toEqual([]);
  });

  it("B edits and then deletes own reply (with confirmation); A deletes the passage and both see the thread detached with its quote", async () => {
    const bThread = threads(b.page).first();
    const replyItem = bThread.locator(".comment").nth(1);
    await replyItem.getByRole("button", { name: "Edytuj" }).click();
    const edit = b.page.getByLabel("Nowa treść komentarza");
    await edit.fill("@Anna Koordynatorka proszę o źródło danych GUS.");
    await b.page.getByRole("button", { name: "Zapisz", exact: true }).click();
    await expect
      .poll(() => threads(a.page).first().getByTestId("comment-body").nth(1).textContent(), { timeout: 3000 })
      .toBe("@Anna Koordynatorka proszę o źródło danych GUS.");
    await expect.poll(() => threads(a.page).first().locator(".comment").nth(1).textContent()).toContain("(edytowano)");
    // Someone else's comment offers no edit or delete.
    expect(await bThread.locator(".comment").first().getByRole("button", { name: "Usuń" }).count()).toBe(0);

    await replyItem.getByRole("button", { name: "Usuń" }).click();
    await expectNoAxeViolations(b.page);
    await replyItem.getByRole("button", { name: "Potwierdź usunięcie komentarza" }).click();
    await expect
      .poll(() => threads(a.page).first().locator(".comment").nth(1).textContent(), { timeout: 3000 })
      .toContain("(komentarz usunięty)");
    expect(await threads(a.page).first().textContent()).not.toContain("źródło danych GUS");

    // A deletes the whole commented paragraph: the thread stays, detached, with its quote.
    await a.page.locator('[data-field="s02"] p', { hasText: "Kluczowym problemem" }).click();
    await a.page.keyboard.press("Control+a");
    await a.page.keyboard.press("Backspace");
    await expect.poll(() => a.page.locator('[data-field="s02"]').textContent()).not.toContain("Kluczowym");
    await waitSaved(a.page);
    for (const page of [a.page, b.page]) {
      await expect.poll(() => threads(page).first().getByTestId("thread-detached").count(), { timeout: 3000 }).toBe(1);
      expect(await threads(page).first().locator(".comment-thread__quote").textContent()).toContain(PASSAGE);
      expect(await page.locator('[data-field="s02"] .comment-highlight').count()).toBe(0);
      await expectNoAxeViolations(page);
    }
  });
});
