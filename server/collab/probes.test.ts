import { afterEach, describe, expect, it, vi } from "vitest";

describe("latency probes", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("are off (null, helpers just call through) unless WSP_PROBES=1", async () => {
    vi.stubEnv("WSP_PROBES", "");
    const { probes, probeSync } = await import("./probes");
    expect(probes).toBeNull();
    expect(probeSync("delivery", () => 42)).toBe(42);
  });

  it("record synchronous spans, label PGlite calls with the suspect they run for, and reset", async () => {
    vi.stubEnv("WSP_PROBES", "1");
    const { probes, probeAsync, probeSync, instrumentPglite } = await import("./probes");
    expect(probes).not.toBeNull();
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    probeSync("delivery", () => busy(5));
    const fakePglite = { execProtocolRawSync: (n: number) => (busy(3), n + 1) };
    instrumentPglite(fakePglite);
    await probeAsync("commit", async () => {
      await Promise.resolve();
      expect(fakePglite.execProtocolRawSync(1)).toBe(2);
    });
    fakePglite.execProtocolRawSync(2);
    // The loop histogram samples on a 10 ms timer: hold the loop once it is running.
    await new Promise((resolve) => setTimeout(resolve, 30));
    busy(40);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const snapshot = probes!.snapshot(true);
    expect(snapshot.spans.map((s) => s.suspect).filter((s) => s !== "gc")).toEqual(["delivery", "pglite:commit", "pglite:other"]);
    expect(snapshot.totals.delivery.ms).toBeGreaterThanOrEqual(4.5);
    expect(snapshot.totals["commit (wall)"].count).toBe(1);
    expect(snapshot.loop.max).toBeGreaterThan(20);
    expect(probes!.snapshot(false).spans.filter((s) => s.suspect !== "gc")).toEqual([]);
  });
});
