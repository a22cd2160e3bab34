/** The reference server, @y/websocket-server 0.1.1, in memory, in its own process: PORT. GET /__probes as ours. */
import http from "node:http";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
import { probes } from "../../server/collab/probes";

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
    const docName = (req.url ?? "").replace(/^\/collab\//, "").split("?")[0];
    setupWSConnection(ws, req, { docName });
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(`READY ${address.port}`);
});
process.on("SIGTERM", () => process.exit(0));
