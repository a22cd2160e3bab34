import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

const tmp = mkdtempSync(path.join(os.tmpdir(), "wspolnie-start-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real entry point and returns its exit code and output. */
function runServer(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", DATABASE_URL: "", BUILD_DIR: inject("buildDir"), ...env },
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

  it("a port in use", async () => {
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
