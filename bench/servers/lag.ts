import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * The bench measures each server per round: SIGUSR2 prints `LAG <p50> <p99> <max>` (ms) of the event-loop delay
 * since the previous SIGUSR2 to stdout, then `extra()` (if given) as one more line, and starts over.
 */
export function reportEventLoopDelay(extra?: () => string): void {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  process.on("SIGUSR2", () => {
    const ms = (ns: number) => (ns / 1e6).toFixed(2);
    if (extra) console.log(extra());
    console.log(`LAG ${ms(lag.percentile(50))} ${ms(lag.percentile(99))} ${ms(lag.max)}`);
    lag.reset();
  });
}
