import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdFromToken } from "../app/lib/auth/session.server";
import { auditLog, authTokens, outbox, sessions, users } from "../db/schema";
import { DEMO_PASSWORD } from "../db/seed";
import { testDrivers } from "../db/test/test-db";
import { get, linkIn, postForm, sessionCookieFrom, signIn } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const COORD = "koordynator@ziemia-wysokomazowiecka.demo";
const GROUP = "grupa@ziemia-wysokomazowiecka.demo";

describe.each(testDrivers)("accounts and sessions on %s", (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());
  const db = () => server.database.db;

  it("signs in through POST /login and sets an HttpOnly SameSite=Lax cookie", async () => {
    const res = await postForm(server, "/login", { email: COORD, password: DEMO_PASSWORD, redirectTo: "/konto" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/konto");
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("wspolnie_session="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const page = await get(server, "/konto", sessionCookieFrom(res));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Anna Koordynatorka");
  });

  it("never redirects off-site after sign-in", async () => {
    const res = await postForm(server, "/login", { email: COORD, password: DEMO_PASSWORD, redirectTo: "//evil.example/x" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/w");
  });

  it("never redirects off-site through a tab, a newline, a backslash or an encoded slash (finding 3)", async () => {
    const hostile = ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "\\\\evil.example", "/%2F%2Fevil.example", "/%09/evil.example"];
    for (const redirectTo of hostile) {
      const res = await postForm(server, "/login", { email: COORD, password: DEMO_PASSWORD, redirectTo });
      expect(res.status).toBe(302);
      expect(res.headers.get("location"), JSON.stringify(redirectTo)).toBe("/w");
    }
    const cookie = await signIn(server, COORD, DEMO_PASSWORD);
    const signedIn = await get(server, "/login?redirectTo=%2F%09%2Fevil.example", cookie);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("location")).toBe("/w");
    const page = await (await get(server, "/login?redirectTo=%2F%09%2Fevil.example")).text();
    expect(page).toMatch(/name="redirectTo" value="\/w"/);
  });

  it("stores only the SHA-256 of the session token, never the token", async () => {
    const cookie = await signIn(server, COORD, DEMO_PASSWORD);
    const token = cookie.split("=")[1];
    const rows = await db().select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.map((r) => r.id)).toContain(sessionIdFromToken(token));
    // The stored id does not work as a cookie.
    const res = await get(server, "/konto", `wspolnie_session=${sessionIdFromToken(token)}`);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/login/);
  });

  it("answers a wrong password and an unknown e-mail with the same generic message", async () => {
    const wrong = await postForm(server, "/login", { email: COORD, password: "not-the-password-1" });
    const unknown = await postForm(server, "/login", { email: "nobody@nowhere.demo", password: "not-the-password-1" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.text(), await unknown.text()];
    expect(a).toContain("Nieprawidłowy adres e-mail lub hasło.");
    expect(b).toContain("Nieprawidłowy adres e-mail lub hasło.");
    expect(a).not.toContain("not-the-password-1");
    const failed = await db().select().from(auditLog).where(eq(auditLog.event, "sign_in_failed"));
    expect(failed.map((f) => f.subjectEmail)).toEqual(expect.arrayContaining([COORD, "nobody@nowhere.demo"]));
    expect(JSON.stringify(failed)).not.toContain("not-the-password-1");
  });

  it("translates validation messages", async () => {
    const res = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "not-an-email", password: "x" }),
      headers: { Origin: server.url, Cookie: "wspolnie_lang=en" },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Enter a valid e-mail address");
  });

  it("refuses a cross-origin sign-in", async () => {
    const res = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: COORD, password: DEMO_PASSWORD }),
      redirect: "manual",
      headers: { Origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("rate-limits sign-in per e-mail with a clear message, even for the right password", async () => {
    const email = "rada2@ziemia-wysokomazowiecka.demo";
    for (let i = 0; i < 5; i++) {
      expect((await postForm(server, "/login", { email, password: `wrong-password-${i}` })).status).toBe(401);
    }
    const blocked = await postForm(server, "/login", { email, password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await blocked.text()).toMatch(/Zbyt wiele prób logowania. Spróbuj ponownie za \d+ min\./);
    expect(sessionCookieFrom(blocked)).toBe("");
    const [event] = await db().select().from(auditLog).where(eq(auditLog.event, "sign_in_rate_limited"));
    expect(event.subjectEmail).toBe(email);
  });

  it("rate-limits sign-in per IP address across e-mails, counting failures only", async () => {
    const other = await startTestServer(driver);
    try {
      // Many successful sign-ins from one office address are fine.
      for (let i = 0; i < 35; i++) {
        expect((await postForm(other, "/login", { email: GROUP, password: DEMO_PASSWORD })).status).toBe(302);
      }
      let status = 0;
      for (let i = 0; i < 31 && status !== 429; i++) {
        status = (await postForm(other, "/login", { email: `person${i}@nowhere.demo`, password: "wrong-password-x" })).status;
      }
      expect(status).toBe(429);
      const res = await postForm(other, "/login", { email: COORD, password: DEMO_PASSWORD });
      expect(res.status).toBe(429);
    } finally {
      await other.stop();
    }
  });

  it("logs out: the session row is gone and the cookie no longer works", async () => {
    const cookie = await signIn(server, GROUP, DEMO_PASSWORD);
    const res = await postForm(server, "/logout", {}, cookie);
    expect(res.status).toBe(302);
    expect(res.headers.getSetCookie().join()).toMatch(/wspolnie_session=;.*Max-Age=0/);
    // Offline copies of documents do not outlive the session on a shared computer.
    expect(res.headers.get("clear-site-data")).toBe('"cache", "storage"');
    const id = sessionIdFromToken(cookie.split("=")[1]);
    expect(await db().select().from(sessions).where(eq(sessions.id, id))).toEqual([]);
    expect((await get(server, "/konto", cookie)).status).toBe(302);
    const events = await db().select().from(auditLog).where(eq(auditLog.subjectEmail, GROUP));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["sign_in", "sign_out"]));
  });

  it("revokes another session from the account page: it stops working at once and its sockets are closed", async () => {
    const closed: string[][] = [];
    const original = server.app.collab.closeSessions;
    server.app.collab.closeSessions = (ids) => {
      closed.push([...ids]);
      original(ids);
    };
    try {
      const a = await server.cookieFor("ekspert@ziemia-wysokomazowiecka.demo");
      const b = await server.cookieFor("ekspert@ziemia-wysokomazowiecka.demo");
      expect((await get(server, "/w/ziemia-wysokomazowiecka", b)).status).toBe(200);
      const page = await (await get(server, "/konto", a)).text();
      const bId = sessionIdFromToken(b.split("=")[1]);
      expect(page).toContain(bId);
      expect(page).toContain("Ta sesja");
      const res = await postForm(server, "/konto", { intent: "revoke", sessionId: bId }, a);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Sesja została zakończona.");
      expect(closed).toContainEqual([bId]);
      const after = await get(server, "/w/ziemia-wysokomazowiecka", b);
      expect(after.status).toBe(302);
      expect(after.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
      expect((await get(server, "/konto", a)).status).toBe(200);
      const events = await db().select().from(auditLog).where(eq(auditLog.event, "session_revoked"));
      expect(events.map((e) => e.subjectEmail)).toContain("ekspert@ziemia-wysokomazowiecka.demo");
    } finally {
      server.app.collab.closeSessions = original;
    }
  });

  it("cannot revoke somebody else's session", async () => {
    const mine = await server.cookieFor("rada1@ziemia-wysokomazowiecka.demo");
    const theirs = await server.cookieFor("rada1@wiele-gmin-jeden-cel.demo");
    const theirId = sessionIdFromToken(theirs.split("=")[1]);
    await postForm(server, "/konto", { intent: "revoke", sessionId: theirId }, mine);
    expect((await get(server, "/konto", theirs)).status).toBe(200);
  });

  it("signs out everywhere", async () => {
    const email = "rada1@augustowsko-biebrzanski-park-turystyczny.demo";
    const a = await server.cookieFor(email);
    const b = await server.cookieFor(email);
    const res = await postForm(server, "/konto", { intent: "revoke_all" }, a);
    expect(res.status).toBe(302);
    expect((await get(server, "/konto", a)).status).toBe(302);
    expect((await get(server, "/konto", b)).status).toBe(302);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it("refuses short, common and mismatched new passwords with translated messages, and changes a good one", async () => {
    const email = "rada2@wiele-gmin-jeden-cel.demo";
    const cookie = await server.cookieFor(email);
    const other = await server.cookieFor(email);
    const attempt = (password: string, confirm = password, current = DEMO_PASSWORD) =>
      postForm(server, "/konto", { intent: "password", current, password, confirm }, cookie);
    const short = await attempt("krótkie1");
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Hasło musi mieć co najmniej 12 znaków.");
    const common = await attempt("qwerty123456");
    expect(common.status).toBe(400);
    expect(await common.text()).toContain("To hasło jest zbyt popularne");
    const mismatch = await attempt("zielona-łąka-nad-narwią", "zielona-łąka-nad-narwia");
    expect(await mismatch.text()).toContain("Hasła nie są takie same.");
    const wrongCurrent = await attempt("zielona-łąka-nad-narwią", "zielona-łąka-nad-narwią", "wrong-current-pass");
    expect(await wrongCurrent.text()).toContain("Obecne hasło jest nieprawidłowe.");
    const ok = await attempt("zielona-łąka-nad-narwią");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Hasło zostało zmienione.");
    expect((await get(server, "/konto", cookie)).status).toBe(200);
    expect((await get(server, "/konto", other)).status).toBe(302);
    await signIn(server, email, "zielona-łąka-nad-narwią");
  });

  it("mails a single-use reset link, answers the same for unknown addresses, and the link expires", async () => {
    const email = "rada1@wiele-gmin-jeden-cel.demo";
    const before = await db().select().from(outbox);
    const unknown = await postForm(server, "/haslo", { email: "ghost@nowhere.demo" });
    const known = await postForm(server, "/haslo", { email });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    const sent = "Jeśli konto o tym adresie istnieje";
    expect(await unknown.text()).toContain(sent);
    expect(await known.text()).toContain(sent);
    const mails = (await db().select().from(outbox)).slice(before.length);
    expect(mails.map((m) => m.to)).toEqual([email]);
    const path = linkIn(mails[0].body, "/haslo");
    const token = path.split("/").pop()!;
    // Only the hash is stored.
    expect(JSON.stringify(await db().select().from(authTokens))).not.toContain(token);

    expect((await get(server, path)).status).toBe(200);
    const weak = await postForm(server, path, { password: "1qaz2wsx3edc", confirm: "1qaz2wsx3edc" });
    expect(weak.status).toBe(400);
    const done = await postForm(server, path, { password: "nowe-hasło-rady-2026", confirm: "nowe-hasło-rady-2026" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/login?reset=1");
    const again = await postForm(server, path, { password: "inne-hasło-rady-2026", confirm: "inne-hasło-rady-2026" });
    expect(again.status).toBe(410);
    expect((await get(server, path)).status).toBe(410);
    await signIn(server, email, "nowe-hasło-rady-2026");

    await postForm(server, "/haslo", { email });
    const [latest] = await db().select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    const expiring = linkIn(latest.body, "/haslo");
    await db()
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(authTokens.email, email), eq(authTokens.kind, "password_reset")));
    expect((await get(server, expiring)).status).toBe(410);
    const late = await postForm(server, expiring, { password: "spóźnione-hasło-2026", confirm: "spóźnione-hasło-2026" });
    expect(late.status).toBe(410);
    const events = await db().select().from(auditLog).where(eq(auditLog.subjectEmail, email));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["password_reset_requested", "password_reset_done"]));
  });
});
