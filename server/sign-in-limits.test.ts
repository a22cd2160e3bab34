import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD_LIMITS } from "../app/lib/auth/rate-limit.server";
import { auditLog } from "../db/schema";
import { DEMO_PASSWORD } from "../db/seed";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";

const ZW = "ziemia-wysokomazowiecka";

/** A same-origin form POST from the given client address, as a trusted proxy reports it. */
function postFrom(server: TestServer, address: string | null, path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
    headers: {
      Origin: server.url,
      ...(address ? { "X-Forwarded-For": address } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

const signInFrom = (server: TestServer, address: string | null, email: string, password: string) =>
  postFrom(server, address, "/login", { email, password });

describe.each(testDrivers)("sign-in limits that slow guessing without locking the real user out, on %s (finding 8)", (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    // Behind one proxy on loopback, so the test can speak from many addresses.
    server = await startTestServer(driver, { env: { TRUST_PROXY: "loopback" } });
  });
  afterAll(() => server.stop());

  it("wrong passwords from an attacker's address block that address for the account, not the real user elsewhere", async () => {
    const email = `rada1@${ZW}.demo`;
    for (let i = 0; i < PASSWORD_LIMITS.perAccountAndAddress.points; i++) {
      expect((await signInFrom(server, "203.0.113.5", email, `zgadywane-hasło-${i}`)).status).toBe(401);
    }
    const attacker = await signInFrom(server, "203.0.113.5", email, DEMO_PASSWORD);
    expect(attacker.status).toBe(429);
    expect(Number(attacker.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await attacker.text()).toMatch(/Zbyt wiele prób logowania. Spróbuj ponownie za \d+ min\./);
    // The council member at the office signs in as usual.
    expect((await signInFrom(server, "198.51.100.7", email, DEMO_PASSWORD)).status).toBe(302);
    // The attacker's address may still sign in to other accounts (it is not a lockout of the address).
    expect((await signInFrom(server, "203.0.113.5", `grupa@${ZW}.demo`, DEMO_PASSWORD)).status).toBe(302);
  });

  it("an address guessing across many accounts is slowed down", async () => {
    let status = 0;
    for (let i = 0; i <= PASSWORD_LIMITS.perAddress.points && status !== 429; i++) {
      status = (await signInFrom(server, "203.0.113.9", `ktos${i}@nigdzie.demo`, "zgadywane-hasło")).status;
    }
    expect(status).toBe(429);
    expect((await signInFrom(server, "203.0.113.9", `ekspert@${ZW}.demo`, DEMO_PASSWORD)).status).toBe(429);
    expect((await signInFrom(server, "198.51.100.8", `ekspert@${ZW}.demo`, DEMO_PASSWORD)).status).toBe(302);
  });

  it("many addresses guessing one account meet a slower per-account limit; addresses the account used before still get in", async () => {
    const email = `rada2@${ZW}.demo`;
    // The real user signed in from the office last week.
    expect((await signInFrom(server, "198.51.100.20", email, DEMO_PASSWORD)).status).toBe(302);
    let status = 0;
    let attempts = 0;
    for (let n = 0; status !== 429 && attempts <= PASSWORD_LIMITS.perAccount.points + 1; n++) {
      // A few guesses from each of many addresses: under the per-address limits every time.
      for (let i = 0; i < 2 && status !== 429; i++, attempts++) {
        status = (await signInFrom(server, `192.0.2.${n + 1}`, email, `zgadywane-hasło-${n}-${i}`)).status;
      }
    }
    expect(status).toBe(429);
    expect(attempts).toBe(PASSWORD_LIMITS.perAccount.points + 1);
    // A new address is held back, even with the right password …
    expect((await signInFrom(server, "192.0.2.250", email, DEMO_PASSWORD)).status).toBe(429);
    // … the address the account signed in from before is not.
    expect((await signInFrom(server, "198.51.100.20", email, DEMO_PASSWORD)).status).toBe(302);
    const [event] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, "sign_in_rate_limited"), eq(auditLog.subjectEmail, email)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(event.details).toMatchObject({ limit: "account" });
  });

  it("limits the current-password check on /konto the same way", async () => {
    const email = "koordynator@augustowsko-biebrzanski-park-turystyczny.demo";
    const cookie = await server.cookieFor(email);
    const change = (address: string, current: string) =>
      postFrom(server, address, "/konto", { intent: "password", current, password: "nowe-hasło-grupy-2026", confirm: "nowe-hasło-grupy-2026" }, cookie);
    for (let i = 0; i < PASSWORD_LIMITS.perAccountAndAddress.points; i++) {
      const wrong = await change("203.0.113.40", `zgadywane-hasło-${i}`);
      expect(wrong.status).toBe(400);
      expect(await wrong.text()).toContain("Obecne hasło jest nieprawidłowe.");
    }
    const limited = await change("203.0.113.40", DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/Zbyt wiele prób. Spróbuj ponownie za \d+ min\./);
    // The password was not changed by the blocked attempt.
    expect((await signInFrom(server, "198.51.100.50", email, DEMO_PASSWORD)).status).toBe(302);
  });
});

describe.each(testDrivers)("client addresses and TRUST_PROXY, on %s (finding 9)", (driver) => {
  it("without TRUST_PROXY, X-Forwarded-For is ignored: rotating it does not escape the per-address limit", async () => {
    const server = await startTestServer(driver);
    try {
      let status = 0;
      for (let i = 0; i <= PASSWORD_LIMITS.perAddress.points && status !== 429; i++) {
        status = (await signInFrom(server, `198.18.0.${i + 1}`, `ktos${i}@nigdzie.demo`, "zgadywane-hasło")).status;
      }
      expect(status).toBe(429);
      const events = await server.database.db.select().from(auditLog).where(eq(auditLog.event, "sign_in_failed"));
      expect(new Set(events.map((e) => e.ip))).toEqual(new Set(["127.0.0.1"]));
    } finally {
      await server.stop();
    }
  });

  it("with TRUST_PROXY naming the proxy hops, the address the proxy saw is the client's", async () => {
    for (const trust of ["1", "loopback", "127.0.0.1/8"]) {
      const server = await startTestServer(driver, { env: { TRUST_PROXY: trust } });
      try {
        await signInFrom(server, "198.51.100.1, 203.0.113.77", "nikt@nigdzie.demo", "zgadywane-hasło");
        const [event] = await server.database.db.select().from(auditLog).where(eq(auditLog.event, "sign_in_failed"));
        expect(event.ip, trust).toBe("203.0.113.77");
      } finally {
        await server.stop();
      }
    }
  });
});
