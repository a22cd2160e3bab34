import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../db/test/test-db";
import { startTestServer, type TestServer } from "./test/test-server";

describe.each(testDrivers)("HTTP shell on %s", (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());

  it("answers /healthz with the database kind", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: driver });
  });

  it("serves the home page in Polish by default and in English when chosen", async () => {
    const pl = await (await fetch(server.url)).text();
    expect(pl).toContain('<html lang="pl"');
    expect(pl).toContain("Przejdź do treści");
    const en = await (await fetch(server.url, { headers: { Cookie: "wspolnie_lang=en" } })).text();
    expect(en).toContain('<html lang="en"');
    expect(en).toContain("Skip to content");
  });

  it("remembers the language chosen with the switch", async () => {
    const res = await fetch(`${server.url}/jezyk`, {
      method: "POST",
      body: new URLSearchParams({ lang: "en", redirectTo: "/partnerstwa" }),
      redirect: "manual",
      headers: { Origin: server.url },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/partnerstwa");
    expect(res.headers.get("set-cookie")).toMatch(/wspolnie_lang=en;.*Max-Age=31536000/);
  });

  it("lists the partnerships with members, TERYT codes and the derived integration type", async () => {
    const html = await (await fetch(`${server.url}/partnerstwa`)).text();
    expect(html).toContain("Ziemia Wysokomazowiecka");
    expect(html).toContain("2007013");
    expect(html).toContain("powiatowe zintegrowane");
    expect(html).toContain("ponadpowiatowe częściowo zintegrowane");
    expect(html).toContain("ponadpowiatowe niezintegrowane");
  });

  it("refuses a cross-origin POST", async () => {
    const res = await fetch(`${server.url}/jezyk`, {
      method: "POST",
      body: new URLSearchParams({ lang: "en" }),
      redirect: "manual",
      headers: { Origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });

  it("sends security headers", async () => {
    const res = await fetch(server.url);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("answers 503 on /healthz when the database is gone", async () => {
    const other = await startTestServer(driver, { withPages: false });
    await other.database.close();
    const res = await fetch(`${other.url}/healthz`);
    expect(res.status).toBe(503);
    expect((await res.json()).reason).toMatch(/database unreachable/);
    await other.app.close();
  });
});
