import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { eq } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { documents, partnerships } from "../db/schema";
import { seedIfEmpty } from "../db/seed";
import { freePort } from "../server/free-port";

export { freePort };

export const DEMO_PASSWORD = "wspolnie-demo-2026";

/** The output of the servers this test file started: its tail is named when a page check fails. */
const runningOutputs = new Set<() => string>();

export interface RunningApp {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}


/**
 * Starts the real server process (`server/index.ts`) on a fresh embedded database with the demo data.
 * `prepare` runs on that database (seeded, before the server opens it), for data a test needs of its own.
 */
export async function startApp(
  env: Record<string, string> = {},
  prepare?: (db: Db) => Promise<void>,
): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "wspolnie-e2e-data-"));
  if (prepare) {
    const database = await createDb({ dataDir });
    try {
      await seedIfEmpty(database.db);
      await prepare(database.db);
    } finally {
      await database.close();
    }
  }
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      BUILD_DIR: inject("e2eBuildDir"),
      DATABASE_URL: "",
      // Production requires the public origin: links in mail and the Origin check use it.
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const currentOutput = () => output;
  runningOutputs.add(currentOutput);
  child.once("exit", () => runningOutputs.delete(currentOutput));
  const url = `http://127.0.0.1:${port}`;
  // A loaded machine may need longer (E2E_START_TIMEOUT_MS).
  const deadline = Date.now() + Number(process.env.E2E_START_TIMEOUT_MS ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          rmSync(dataDir, { recursive: true, force: true });
          return resolve(child.exitCode);
        }
        child.once("exit", (code) => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve(code);
        });
        child.kill(signal);
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile. One call = one independent user. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "wspolnie-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watchPage(page);
  context.on("page", watchPage);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** For a describe block: the app and one browser, started before its tests and closed after them. */
export function appWithBrowser(env: Record<string, string> = {}): { app: RunningApp; browser: Browser } {
  const running = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    running.app = await startApp(env);
    running.browser = await openBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.stop("SIGTERM");
  });
  return running;
}

/**
 * What went on inside each page of this file (uncaught errors, console errors, failed requests, sockets), closed
 * pages too: named when a check or a test fails.
 */
const pageProblems = new Map<Page, string[]>();
/** Hydration failures seen on each page: every page check fails on them. */
const hydrationFailures = new WeakMap<Page, string[]>();

/**
 * React's hydration errors as the production build reports them (#418 the markup differs, #419–#423 hydration
 * gave up, #425 a text differs) and as the development build words them. On such an error React throws the
 * server's markup away and draws the page again: a click landing meanwhile is lost (the session room's approve
 * button, CI 2026-12-01, where a `<form>` inside a `<p>` made the browser's markup differ from React's).
 */
const HYDRATION_ERROR = /Minified React error #(418|419|420|421|422|423|425)\b|Hydration failed|error while hydrating|Text content does not match/;

function watchPage(page: Page): void {
  const problems: string[] = [];
  const hydration: string[] = [];
  pageProblems.set(page, problems);
  hydrationFailures.set(page, hydration);
  const note = (text: string) => {
    problems.push(`${new Date().toISOString().slice(11, 23)} ${text.slice(0, 500)}`);
    if (HYDRATION_ERROR.test(text)) hydration.push(`${page.url()}: ${text.slice(0, 300)}`);
  };
  page.on("pageerror", (error) => note(`pageerror: ${error.stack ?? error.message}`));
  page.on("console", (message) => (message.type() === "error" ? note(`console.error: ${message.text()}`) : undefined));
  page.on("requestfailed", (request) => note(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`));
  // Which request a page's error page came from: a loader's or fetcher's 4xx/5xx shows no console error of its own.
  page.on("response", (response) => {
    if (response.status() >= 400) note(`response ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  // Full document loads (a client-side navigation has none): an unexpected one explains lost state.
  page.on("load", () => note(`document loaded: ${page.url()}`));
  // The editor's and the events' sockets: "no connection" in a failed check is explained by when they closed.
  page.on("websocket", (socket) => {
    const name = new URL(socket.url()).pathname;
    note(`websocket opened: ${name}`);
    socket.on("socketerror", (error) => note(`websocket error: ${name} ${error}`));
    socket.on("close", () => note(`websocket closed: ${name}`));
  });
}

/**
 * What the pages and servers of this file said lately: a page's last uncaught errors, console errors, failed
 * requests and socket closes, and the tail of each server's output. Printed with a failing page check and,
 * by e2e/setup.ts, with any failing test.
 */
export function diagnostics(onlyPage?: Page): string {
  const pages = onlyPage ? [onlyPage] : [...pageProblems.keys()];
  const problems = pages
    .map((page) => {
      const list = (pageProblems.get(page) ?? []).slice(-30);
      const url = page.isClosed() ? "(closed)" : page.url();
      return `${url}:\n    ${list.join("\n    ") || "(nothing)"}`;
    })
    .join("\n  ");
  const serverTail = [...runningOutputs].map((output) => output().split("\n").slice(-20).join("\n  ")).join("\n  ---\n  ");
  return `page problems:\n  ${problems || "(none)"}\nserver output (tail):\n  ${serverTail || "(none)"}`;
}

/** What each open page shows now (address, title, first heading): an error page in place of the expected one. */
export async function pageSummaries(): Promise<string> {
  const lines = await Promise.all(
    [...pageProblems.keys()]
      .filter((page) => !page.isClosed())
      .map(async (page) => {
        const heading = await page.locator("h1").first().textContent({ timeout: 1_000 }).catch(() => null);
        const title = await page.title().catch(() => "?");
        return `${page.url()}: title "${title}", heading "${heading ?? "(none)"}"`;
      }),
  );
  return `open pages:\n  ${lines.join("\n  ") || "(none)"}`;
}

/**
 * Fails the test on any WCAG 2.1 A/AA violation axe finds on the page as it is now, and on any hydration failure
 * the page has had (checked after axe, by when the page has long been hydrated).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect((hydrationFailures.get(page) ?? []).slice(0, 3), `hydration failures on ${page.url()}`).toEqual([]);
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`,
  );
  if (summary.length > 0) {
    // Say what the page showed and what broke in it: a violation on an error page is a symptom, not the cause.
    const heading = await page.locator("h1").first().textContent({ timeout: 1_000 }).catch(() => null);
    summary.push(`page heading: ${heading ?? "(none)"}; title: ${await page.title()}`, diagnostics(page));
  }
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Navigates and runs axe: every page a browser test visits is checked. */
export async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `status of ${url}`).toBeLessThan(400);
  await expectNoAxeViolations(page);
}

/** A session cookie of another person (signed in over HTTP, as a non-browser client would hold it). */
export async function sessionCookie(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl },
    body: new URLSearchParams({ email, password }),
  });
  expect(res.status).toBe(302);
  return res.headers.getSetCookie().find((c) => c.startsWith("wspolnie_session="))!.split(";")[0];
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/hasło|password/i).first().fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/login")), page.getByRole("button", { name: /zaloguj|sign in/i }).click()]);
}

/**
 * Waits for the editor's save state to say that the server has every edit (for someone who cannot edit, that
 * the document is connected live: they are not shown "Zapisano").
 */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toMatch(/Zapisano|Na żywo/);
}

/**
 * A second, empty strategy document in a demo partnership (whose own strategy is a full demo draft), for tests
 * that need empty sections. Returns its path in the workspace.
 */
export async function createBlankStrategy(db: Db, slug: string): Promise<string> {
  const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
  const [document] = await db
    .insert(documents)
    .values({ partnershipId: partnership.id, kind: "strategy", title: "Strategia — brudnopis testowy" })
    .returning();
  return `/w/${slug}/dokumenty/${document.id}`;
}

/**
 * Two people, each in a browser of their own, signed in to the same partnership; `a` has opened its strategy
 * (or the document at `documentPath`). Returns the editor URL of that document.
 */
export async function twoPeopleOnStrategy(
  app: RunningApp,
  slug: string,
  emails: [string, string],
  firstField = "s01",
  documentPath = `/w/${slug}/strategia`,
): Promise<{ a: Browser; b: Browser; editorUrl: string }> {
  const [a, b] = await Promise.all([openBrowser(), openBrowser()]);
  await signIn(a.page, app.url, emails[0]);
  await signIn(b.page, app.url, emails[1]);
  await a.page.goto(`${app.url}${documentPath}`);
  await a.page.locator(`[data-field="${firstField}"]`).waitFor();
  const editorUrl = a.page.url();
  expect(editorUrl).toMatch(/\/dokumenty\/[0-9a-f-]{36}$/);
  return { a, b, editorUrl };
}
