import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { startServerProcess } from "./test/process";

const tmp = mkdtempSync(path.join(os.tmpdir(), "wspolnie-start-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real entry point and returns its exit code and output. */
function runServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const merged: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      DATABASE_URL: "",
      PUBLIC_ORIGIN: "https://wspolnie.example.gov.pl",
      BUILD_DIR: inject("buildDir"),
      ...env,
    };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      env: merged as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("start-up refuses bad configuration with one clear line", () => {
  it("an unreachable DATABASE_URL", async () => {
    const result = await runServer({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Wspólnie cannot start: Cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  });

  it("an invalid DATABASE_URL", async () => {
    const result = await runServer({ DATABASE_URL: "mysql://x", PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Wspólnie cannot start: Invalid configuration: DATABASE_URL/);
  });

  it("an unwritable data directory", async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: use a path under a regular file instead, which nobody can create.
      const file = path.join(tmp, "a-file");
      await import("node:fs").then((fs) => fs.writeFileSync(file, ""));
      const result = await runServer({ DATA_DIR: path.join(file, "data"), PORT: "0" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^Wspólnie cannot start: The data directory .* is not writable/);
    } else {
      const dir = path.join(tmp, "readonly");
      await import("node:fs").then((fs) => fs.mkdirSync(dir));
      chmodSync(dir, 0o500);
      const result = await runServer({ DATA_DIR: path.join(dir, "data"), PORT: "0" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/not writable/);
    }
  });

  it("production without PUBLIC_ORIGIN (finding 2: links in mail need the real origin)", async () => {
    const result = await runServer({ PUBLIC_ORIGIN: undefined, DATA_DIR: path.join(tmp, "data-no-origin"), PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(
      /^Wspólnie cannot start: PUBLIC_ORIGIN must be set when NODE_ENV=production \(the address people open, e\.g\. https:\/\/wspolnie\.example\.gov\.pl\)\.$/,
    );
  });

  it("an invalid TRUST_PROXY", async () => {
    const result = await runServer({ TRUST_PROXY: "not an address", DATA_DIR: path.join(tmp, "data-trust"), PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(/^Wspólnie cannot start: Invalid configuration: TRUST_PROXY/);
  });

  it("a port in use", { timeout: 90_000 }, async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await runServer({ DATA_DIR: path.join(tmp, "data-port"), PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`Wspólnie cannot start: Port ${port} is already in use: set PORT to a free port.`);
    } finally {
      blocker.close();
    }
  });
});

describe("the embedded database", () => {
  it("refuses a second process on the same data directory", async () => {
    const { createDb } = await import("../db/client");
    const dir = path.join(tmp, "shared-data");
    const first = await createDb({ dataDir: dir, migrate: false });
    try {
      const result = await runServer({ DATA_DIR: dir, PORT: "0" });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/^Wspólnie cannot start: The data directory .* is in use by another process \(pid \d+\)\.$/);
    } finally {
      await first.close();
    }
  });
});

describe("the start-up line", () => {
  it("says that links in mail use http://localhost:PORT when PUBLIC_ORIGIN is not set (finding 2)", async () => {
    const server = await startServerProcess({ driver: "pglite", env: { NODE_ENV: "test", PUBLIC_ORIGIN: "" } });
    try {
      expect(server.output()).toContain(`Links in e-mails use http://localhost:${server.port} (set PUBLIC_ORIGIN to the address people open).`);
    } finally {
      await server.stop();
    }
  });

  it("serves the quick start (npm start: neither NODE_ENV nor PUBLIC_ORIGIN set), with links on http://localhost:PORT", async () => {
    const server = await startServerProcess({ driver: "pglite", env: { NODE_ENV: undefined, PUBLIC_ORIGIN: undefined } });
    try {
      expect(server.output()).toContain(`Links in e-mails use http://localhost:${server.port} (set PUBLIC_ORIGIN to the address people open).`);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("names the configured origin when PUBLIC_ORIGIN is set", async () => {
    const server = await startServerProcess({ driver: "pglite", env: { PUBLIC_ORIGIN: "https://wspolnie.example.gov.pl" } });
    try {
      expect(server.output()).toContain("Links in e-mails use https://wspolnie.example.gov.pl.");
    } finally {
      await server.stop();
    }
  });
});
