import { beforeEach } from "vitest";
import { diagnostics, pageSummaries } from "./harness";

// Any failing browser test prints what its pages and servers said last (e2e/harness.ts `diagnostics`): a
// failure in CI, which cannot be rerun by hand, then names its cause.
beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    console.error(`\n--- diagnostics of the failed test ---\n${await pageSummaries()}\n${diagnostics()}\n---`);
  });
});
