import { isConfigProblem, start } from "./start";

// The last resort: every request and message handles its own failures; should one still escape, it is logged
// and the server keeps serving everyone else (acknowledged edits are already durable either way).
process.on("unhandledRejection", (reason) => {
  console.error("Wspólnie: unhandled rejection (the server keeps running):", reason);
});
process.on("uncaughtException", (error) => {
  console.error("Wspólnie: uncaught exception (the server keeps running):", error);
});

const dev = process.argv.includes("--dev");

try {
  const started = await start(process.env, dev);
  const shownHost = started.config.HOST === "0.0.0.0" || started.config.HOST === "::" ? "localhost" : started.config.HOST;
  const links = started.config.PUBLIC_ORIGIN
    ? `Links in e-mails use ${started.app.origin()}.`
    : `Links in e-mails use ${started.app.origin()} (set PUBLIC_ORIGIN to the address people open).`;
  console.log(
    `Wspólnie is running at http://${shownHost}:${started.port} (database: ${started.database.kind}). ${links} ` +
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
