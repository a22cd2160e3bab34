import { isConfigProblem, start } from "./start";

const dev = process.argv.includes("--dev");

try {
  const started = await start(process.env, dev);
  const shownHost = started.config.HOST === "0.0.0.0" || started.config.HOST === "::" ? "localhost" : started.config.HOST;
  console.log(
    `Wspólnie is running at http://${shownHost}:${started.port} (database: ${started.database.kind}). ` +
      `Demo accounts are listed in README.md under «Demo accounts» (password: wspolnie-demo-2026).`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down, saving pending edits…`);
    started.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  if (isConfigProblem(error)) {
    console.error(`Wspólnie cannot start: ${error.message}`);
  } else {
    console.error("Wspólnie cannot start:", error);
  }
  process.exit(1);
}
