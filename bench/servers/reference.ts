/**
 * The reference server, @y/websocket-server 0.1.1, in memory, in its own process: PORT. GET /__probes as ours
 * (event loop, GC, and the handling of each message as "delivery").
 */
import http from "node:http";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
import { probes, probeSync } from "../../server/collab/probes";

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => {
  if (probes && req.url?.startsWith("/__probes")) {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(probes.snapshot(req.url.includes("reset=1"))));
    return;
  }
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("okay");
});
server.on("upgrade", (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    // The same "delivery" probe as ours (server/collab/room.ts): the handling of each incoming message.
    const on = ws.on.bind(ws);
    ws.on = ((event: string, listener: (...args: unknown[]) => void) =>
      on(event, event === "message" ? (...args: unknown[]) => probeSync("delivery", () => listener(...args)) : listener)) as typeof ws.on;
    const docName = (req.url ?? "").replace(/^\/collab\//, "").split("?")[0];
    setupWSConnection(ws, req, { docName });
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(`READY ${address.port}`);
});
process.on("SIGTERM", () => process.exit(0));
