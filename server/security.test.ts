import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../db/test/test-db";
import { parseConfig } from "../app/lib/config.server";
import { expectedOrigin, isSameOrigin } from "./security";
import { startTestServer, type TestServer } from "./test/test-server";

const req = (headers: Record<string, string>) => ({ headers, socket: {} }) as unknown as IncomingMessage;

describe("origin checks", () => {
  it("expects the request's own origin, or the configured public origin", () => {
    const config = parseConfig({ NODE_ENV: "test" });
    expect(expectedOrigin(req({ host: "localhost:3000" }), config)).toBe("http://localhost:3000");
    expect(isSameOrigin("http://localhost:3000", req({ host: "localhost:3000" }), config)).toBe(true);
    expect(isSameOrigin("http://evil.example", req({ host: "localhost:3000" }), config)).toBe(false);
    const pub = parseConfig({ NODE_ENV: "production", PUBLIC_ORIGIN: "https://wspolnie.gov.pl" });
    expect(isSameOrigin("https://wspolnie.gov.pl", req({ host: "10.0.0.5:3000" }), pub)).toBe(true);
    expect(isSameOrigin("http://wspolnie.gov.pl", req({ host: "wspolnie.gov.pl" }), pub)).toBe(false);
  });
});

describe.each(testDrivers)("security headers and CSRF defence on %s", (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());

  it("sends a CSP that forbids framing, plugins and foreign form targets, plus nosniff and a referrer policy", async () => {
    for (const path of ["/", "/login", "/api/partnerships/ziemia-wysokomazowiecka/documents"]) {
      const res = await fetch(`${server.url}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).toContain("base-uri 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("refuses non-GET requests from another origin, or marked cross-site without an Origin", async () => {
    const cookie = await server.cookieFor("koordynator@ziemia-wysokomazowiecka.demo");
    const foreign = await fetch(`${server.url}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: "https://evil.example", Cookie: cookie },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await fetch(`${server.url}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { "Sec-Fetch-Site": "cross-site", Cookie: cookie },
    });
    expect(crossSite.status).toBe(403);
    // The session survived both attempts.
    expect((await fetch(`${server.url}/konto`, { redirect: "manual", headers: { Cookie: cookie } })).status).toBe(200);
  });
});
