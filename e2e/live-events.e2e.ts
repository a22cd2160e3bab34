import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, openBrowser, sessionCookie, signIn, startApp, visit, type Browser, type RunningApp } from "./harness";

const SLUG = "ziemia-wysokomazowiecka";

/**
 * The event channel in a real browser, on pages with no document open: the version list refreshes when someone
 * names a version (partnership scope), and the header's notification count follows a mention (user scope).
 */
describe("live events on pages without a document", () => {
  let app: RunningApp;
  let council: Browser;

  const cookieOf = (email: string) => sessionCookie(app.url, email);

  beforeAll(async () => {
    app = await startApp();
    council = await openBrowser();
    await signIn(council.page, app.url, `rada1@${SLUG}.demo`);
  });
  afterAll(async () => {
    await council?.close();
    await app?.stop();
  });

  it("refreshes the version list and the notification count as things happen elsewhere", async () => {
    const { page } = council;
    const documents = await (await fetch(`${app.url}/api/partnerships/${SLUG}/documents`, { headers: { Cookie: await cookieOf(`grupa@${SLUG}.demo`) } })).json();
    const strategy = (documents.documents as { id: string; kind: string }[]).find((d) => d.kind === "strategy")!;
    await visit(page, `${app.url}/w/${SLUG}/dokumenty/${strategy.id}/wersje`);
    const link = page.getByTestId("notifications-link");
    const unreadBefore = Number(/\((\d+)\)/.exec((await link.textContent()) ?? "")?.[1]);
    expect(unreadBefore).toBeGreaterThanOrEqual(0);

    // The coordinator names a version in another browser: the council member's list shows it without a reload.
    const coordinator = await cookieOf(`koordynator@${SLUG}.demo`);
    const named = await fetch(`${app.url}/w/${SLUG}/dokumenty/${strategy.id}/wersje`, {
      method: "POST",
      headers: { Origin: app.url, Cookie: coordinator },
      body: new URLSearchParams({ name: "Wersja na posiedzenie rady" }),
    });
    expect(named.status).toBe(200);
    await expect
      .poll(() => page.getByTestId("version-row").allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining("Wersja na posiedzenie rady"));

    // The expert mentions the council member: the header's count goes up at once.
    const comment = await fetch(`${app.url}/api/documents/${strategy.id}/threads`, {
      method: "POST",
      headers: { Origin: app.url, Cookie: await cookieOf(`ekspert@${SLUG}.demo`), "Content-Type": "application/json" },
      body: JSON.stringify({ intent: "create", field: "s01", quote: "", body: "Proszę o opinię, @Jan Starosta" }),
    });
    expect(comment.status).toBe(201);
    const unread = unreadBefore + 1;
    await expect.poll(() => link.textContent(), { timeout: 10_000 }).toBe(`Powiadomienia (${unread})`);
    expect(await link.getAttribute("aria-label")).toContain(`${unread} nieprzeczytan`);
    await expectNoAxeViolations(page);
  });
});
