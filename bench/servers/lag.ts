import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * The bench measures each server's event-loop delay per round: SIGUSR2 prints `LAG <p50> <p99> <max>` (ms) of
 * the delay since the previous SIGUSR2 to stdout and starts over.
 */
export function reportEventLoopDelay(): void {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  process.on("SIGUSR2", () => {
    const ms = (ns: number) => (ns / 1e6).toFixed(2);
    console.log(`LAG ${ms(lag.percentile(50))} ${ms(lag.percentile(99))} ${ms(lag.max)}`);
    lag.reset();
  });
}
