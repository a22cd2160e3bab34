/**
 * Load run of a published strategy page (issue #15): autocannon, 32 connections, against our server (the real
 * app, production build, PGlite with the demo: Ziemia Wysokomazowiecka's strategy, version 2) and against a bare
 * Node http server answering the same bytes and headers — the ceiling of this machine. Prints requests/s and
 * latency percentiles of both. `npm run bench:public` (builds the app first when build/ is missing).
 *   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "../server/free-port";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PAGE = "/partnerstwa/ziemia-wysokomazowiecka/strategia";

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${out}`)));
  });
}

async function run(name: string, url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 });
  const line = `${name.padEnd(26)} ${Math.round(result.requests.average).toString().padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms   non-2xx ${result.non2xx}   errors ${result.errors}`;
  console.log(line);
  return result;
}

if (!existsSync("build/server/index.js")) {
  console.log("building the app (npm run build)…");
  const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(1);
}
const dataDir = mkdtempSync(path.join(os.tmpdir(), "wspolnie-bench-public-"));
const port = await freePort();
const ours = await startProcess(
  ["--import", "tsx", "server/index.ts"],
  { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "production", DATABASE_URL: "", PUBLIC_ORIGIN: `http://127.0.0.1:${port}` },
  /running at http:\/\/[^:]+:(\d+)/,
);
const ourUrl = `http://127.0.0.1:${ours.port}${PAGE}`;
const first = await fetch(ourUrl);
if (first.status !== 200) throw new Error(`${PAGE} answered ${first.status}`);
const body = Buffer.from(await first.arrayBuffer());
const headers = Object.fromEntries([...first.headers].filter(([k]) => ["content-type", "etag", "cache-control", "vary"].includes(k)));
// The bare server: the same bytes and headers from node:http, nothing else.
const bare = await startProcess(
  [
    "-e",
    `const http=require("node:http");const body=Buffer.from(process.env.BODY,"base64");const headers=JSON.parse(process.env.HEADERS);` +
      `const s=http.createServer((q,r)=>{r.writeHead(200,headers);r.end(body)});s.listen(0,"127.0.0.1",()=>console.log("READY "+s.address().port));`,
  ],
  { BODY: body.toString("base64"), HEADERS: JSON.stringify(headers) },
  /READY (\d+)/,
);
console.log(`page ${PAGE}: ${body.length} bytes, ETag ${headers.etag}; ${CONNECTIONS} connections, ${SECONDS} s each, ${os.cpus().length} CPUs`);
try {
  await run("warm-up (ours)", ourUrl);
  await run("Wspólnie (stored HTML)", ourUrl);
  await run("bare node:http, same bytes", `http://127.0.0.1:${bare.port}/`);
} finally {
  ours.child.kill("SIGTERM");
  bare.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(dataDir, { recursive: true, force: true });
}
