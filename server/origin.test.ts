import http from "node:http";
import { and, desc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authTokens, outbox } from "../db/schema";
import { DEMO_PASSWORD } from "../db/seed";
import { testDrivers } from "../db/test/test-db";
import { get, linkIn, postForm, signIn } from "./test/http";
import { startTestServer, type TestServer } from "./test/test-server";

const EMAIL = "grupa@ziemia-wysokomazowiecka.demo";

/** A form POST with a Host (and Origin) of the caller's choosing, as curl sends it; `fetch` cannot. */
function postWithHost(
  server: TestServer,
  path: string,
  fields: Record<string, string>,
  headers: { host: string; origin?: string },
): Promise<number> {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: server.port,
        path,
        method: "POST",
        headers: {
          Host: headers.host,
          ...(headers.origin ? { Origin: headers.origin } : {}),
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe.each(testDrivers)("links in mail and the Origin check come from the configured origin, on %s (finding 2)", (driver) => {
  let server: TestServer;
  let configured: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    configured = await startTestServer(driver, { env: { PUBLIC_ORIGIN: "https://wspolnie.example.gov.pl" } });
  });
  afterAll(async () => {
    await server.stop();
    await configured.stop();
  });

  const mailsTo = async (target: TestServer, to: string) =>
    target.database.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.id));

  it("refuses a form whose Origin is the forged Host, and mails nothing", async () => {
    const before = (await mailsTo(server, EMAIL)).length;
    const status = await postWithHost(server, "/haslo", { email: EMAIL }, { host: "evil.example", origin: "http://evil.example" });
    expect(status).toBe(403);
    expect(await mailsTo(server, EMAIL)).toHaveLength(before);
  });

  it("builds the reset link from http://localhost:<port> without PUBLIC_ORIGIN, whatever the Host says", async () => {
    expect(await postWithHost(server, "/haslo", { email: EMAIL }, { host: "evil.example" })).toBe(200);
    const [mail] = await mailsTo(server, EMAIL);
    expect(mail.body).toContain(`http://localhost:${server.port}/haslo/`);
    expect(mail.body).not.toContain("evil.example");
  });

  it("builds the reset link from PUBLIC_ORIGIN when it is set", async () => {
    expect(await postWithHost(configured, "/haslo", { email: EMAIL }, { host: "evil.example" })).toBe(200);
    const [mail] = await mailsTo(configured, EMAIL);
    expect(mail.body).toMatch(/https:\/\/wspolnie\.example\.gov\.pl\/haslo\/[a-z2-7]+/);
    expect(mail.body).not.toContain("evil.example");
    expect(mail.body).not.toContain("127.0.0.1");
  });

  it("with PUBLIC_ORIGIN, accepts forms from that origin only", async () => {
    const foreign = await postWithHost(configured, "/jezyk", { lang: "en" }, { host: `127.0.0.1:${configured.port}`, origin: configured.url });
    expect(foreign).toBe(403);
    const own = await postWithHost(configured, "/jezyk", { lang: "en" }, { host: "wspolnie.example.gov.pl", origin: "https://wspolnie.example.gov.pl" });
    expect(own).toBe(302);
  });

  it("without PUBLIC_ORIGIN, accepts the loopback names of this server's own port only", async () => {
    for (const origin of [`http://localhost:${server.port}`, `http://127.0.0.1:${server.port}`, `http://[::1]:${server.port}`]) {
      expect(await postWithHost(server, "/jezyk", { lang: "en" }, { host: "evil.example", origin }), origin).toBe(302);
    }
    for (const origin of [`http://localhost:${server.port + 1}`, `https://localhost:${server.port}`, "http://localhost", "null"]) {
      expect(await postWithHost(server, "/jezyk", { lang: "en" }, { host: `localhost:${server.port}`, origin }), origin).toBe(403);
    }
  });
});

describe.each(testDrivers)("reset tokens, on %s (finding 2)", (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());
  const db = () => server.database.db;

  const requestLink = async (email: string) => {
    expect((await postForm(server, "/haslo", { email })).status).toBe(200);
    const [latest] = await db().select().from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.id)).limit(1);
    return linkIn(latest.body, "/haslo");
  };
  const unused = async (email: string) =>
    db()
      .select()
      .from(authTokens)
      .where(and(eq(authTokens.email, email), eq(authTokens.kind, "password_reset"), isNull(authTokens.usedAt)));

  it("a newly requested reset link invalidates the earlier ones", async () => {
    const email = "rada1@ziemia-wysokomazowiecka.demo";
    const first = await requestLink(email);
    const second = await requestLink(email);
    expect((await get(server, first)).status).toBe(410);
    expect((await get(server, second)).status).toBe(200);
    expect(await unused(email)).toHaveLength(1);
    const late = await postForm(server, first, { password: "stare-łącze-nie-działa-2026", confirm: "stare-łącze-nie-działa-2026" });
    expect(late.status).toBe(410);
    await signIn(server, email, DEMO_PASSWORD);
  });

  it("using a reset link invalidates every other reset link of the user", async () => {
    const email = "rada2@ziemia-wysokomazowiecka.demo";
    const link = await requestLink(email);
    // Two links outstanding at once (e.g. one requested on another server of the same database).
    const { createAuthToken } = await import("../app/lib/auth/accounts.server");
    const [{ userId }] = await unused(email);
    const other = `/haslo/${await createAuthToken(db(), { kind: "password_reset", email, userId })}`;
    expect((await get(server, other)).status).toBe(200);
    const done = await postForm(server, link, { password: "nowe-hasło-radnej-2026", confirm: "nowe-hasło-radnej-2026" });
    expect(done.status).toBe(302);
    expect((await get(server, other)).status).toBe(410);
    const reuse = await postForm(server, other, { password: "przejęte-hasło-2026", confirm: "przejęte-hasło-2026" });
    expect(reuse.status).toBe(410);
    expect(await unused(email)).toHaveLength(0);
    await signIn(server, email, "nowe-hasło-radnej-2026");
  });
});
