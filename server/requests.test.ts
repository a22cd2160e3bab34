import type { RequestHandler } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../db/seed";
import { testDrivers } from "../db/test/test-db";
import { postForm } from "./test/http";
import { rawGet, rawRequest } from "./test/raw";
import { startTestServer, type TestServer } from "./test/test-server";

const COORD = "koordynator@ziemia-wysokomazowiecka.demo";

/** Fails on its own path, after an await: Express 4 would never see the rejection. */
const failingMiddleware: RequestHandler = async (req, _res, next) => {
  if (req.path !== "/__failing") return next();
  await new Promise((resolve) => setTimeout(resolve, 1));
  throw new Error("an unexpected failure inside one request");
};

describe.each(testDrivers)("requests that do not decode, on %s (finding 1)", (driver) => {
  let server: TestServer;
  const logged: unknown[][] = [];
  const originalError = console.error;
  beforeAll(async () => {
    server = await startTestServer(driver, { before: [failingMiddleware], env: { MAX_BODY_BYTES: "65536" } });
    console.error = (...args: unknown[]) => {
      logged.push(args);
    };
  });
  afterAll(async () => {
    console.error = originalError;
    await server.stop();
  });
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { redirect: "manual", signal: AbortSignal.timeout(5000), ...init });
  const alive = async () => expect((await send("/healthz")).status).toBe(200);

  it("treats a session cookie that does not percent-decode as absent", async () => {
    const cookie = { Cookie: "wspolnie_session=%E0%A4%A" };
    expect((await send("/login", { headers: cookie })).status).toBe(200);
    const page = await send("/konto", { headers: cookie });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect((await send("/api/partnerships/ziemia-wysokomazowiecka/documents", { headers: cookie })).status).toBe(401);
    for (const value of ["%", "%zz", "%C0%AF", "%ED%A0%80", "\u0000"]) {
      expect((await send("/login", { headers: { Cookie: `wspolnie_session=${encodeURI(value)}` } })).status).toBe(200);
    }
    await alive();
  });

  it("never answers 5xx to a redirectTo with CR/LF, control characters or broken UTF-8", async () => {
    const cookie = await server.cookieFor(COORD);
    for (const value of ["%0A", "%0D%0ASet-Cookie:%20x=1", "/w%0D%0ALocation:%20//evil.example", "%E0%A4%A", "/%FF%FE", "/w%00"]) {
      const signedIn = await send(`/login?redirectTo=${value}`, { headers: { Cookie: cookie } });
      expect(signedIn.status, value).toBe(302);
      expect(signedIn.headers.get("location"), value).toBe("/w");
      const anonymous = await send(`/login?redirectTo=${value}`);
      expect(anonymous.status, value).toBe(200);
    }
    const signIn = await postForm(server, "/login", { email: COORD, password: DEMO_PASSWORD, redirectTo: "/konto\r\nSet-Cookie: x=1" });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("location")).toBe("/w");
    const language = await postForm(server, "/jezyk", { lang: "en", redirectTo: "/\u00ff\ud800" });
    expect(language.status).toBe(302);
    await alive();
  });

  it("answers a Host header that is not a host, and request targets that are not paths, with 4xx at most", async () => {
    const requests = [
      "GET /login HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n",
      "GET /login HTTP/1.1\r\nHost: evil.example:99999999\r\nConnection: close\r\n\r\n",
      "GET /login HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n",
      "GET /login HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n",
      "GET /login HTTP/1.1\r\nConnection: close\r\n\r\n",
      rawGet("http://evil.example/login"),
      rawGet("*"),
      rawGet("//evil.example/w"),
      rawGet("/w/%E0%A4%A"),
      rawGet("/api/documents/%E0%A4%A/threads"),
      rawGet("/login?redirectTo=%E0%A4%A&reset=%"),
      rawGet("/login", ["X-Forwarded-Host: a b", "X-Forwarded-Proto: gopher"]),
    ];
    for (const request of requests) {
      const status = await rawRequest(server.port, request);
      expect(status, request).toBeGreaterThanOrEqual(200);
      expect(status, request).toBeLessThan(500);
    }
    await alive();
  });

  it("refuses Remix's legacy ?_data requests with 400, whatever the method (fuzz seed 962151)", async () => {
    for (const [method, path] of [
      ["PATCH", "/zaproszenie/abc/?_data=routes%2Fzaproszenie.%24token"],
      ["PATCH", "/zaproszenie/abc?_data="],
      ["PUT", "/login?_data=routes%2Flogin"],
      ["GET", "/login?_data=routes%2Flogin"],
      ["DELETE", "/?_data=root"],
    ] as const) {
      const res = await fetch(server.url + path, { method, headers: { origin: server.url } });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(await res.text()).toContain("_data");
    }
    expect((await fetch(`${server.url}/login`)).status).toBe(200);
  });

  it("refuses a page POST that is not a form (415), a broken multipart form (400) and a body over the limit (413)", async () => {
    const post = (path: string, type: string | null, body: BodyInit | undefined) =>
      send(path, { method: "POST", body, headers: { Origin: server.url, ...(type ? { "Content-Type": type } : {}) } });
    expect((await post("/login", "text/plain", "email=x")).status).toBe(415);
    expect((await post("/login", "application/json", "{")).status).toBe(415);
    expect((await post("/login", "multipart/form-data; boundary=zz", "garbage")).status).toBe(400);
    expect((await post("/jezyk", "multipart/form-data", "garbage")).status).toBe(400);
    // An empty body without a type is an empty form: the action answers as it does to any empty form.
    const empty = await post("/login", null, undefined);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Podaj adres e-mail");
    const big = await post("/login", "application/x-www-form-urlencoded", `email=${"a".repeat(70_000)}`);
    expect(big.status).toBe(413);
    // A well-formed multipart form still works.
    const form = new FormData();
    form.set("lang", "en");
    form.set("redirectTo", "/partnerstwa");
    const multipart = await send("/jezyk", { method: "POST", body: form, headers: { Origin: server.url } });
    expect(multipart.status).toBe(302);
    expect(multipart.headers.get("location")).toBe("/partnerstwa");
    // API routes take JSON; a broken one is a 400 with a reason, never a 5xx.
    const api = await send("/api/documents/00000000-0000-4000-8000-000000000000/threads", {
      method: "POST",
      body: "{",
      headers: { Origin: server.url, "Content-Type": "application/json", Cookie: await server.cookieFor(COORD) },
    });
    expect(api.status).toBe(404);
    await alive();
  });

  it("answers an unexpected failure in one request with 500, logs it, and keeps serving everyone else", async () => {
    const failed = await send("/__failing");
    expect(failed.status).toBe(500);
    expect(await failed.text()).toMatch(/Wystąpił nieoczekiwany błąd/);
    expect(logged.flat().some((entry) => String(entry instanceof Error ? entry.message : entry).includes("an unexpected failure"))).toBe(true);
    await alive();
    expect((await send("/login")).status).toBe(200);
  });
});
