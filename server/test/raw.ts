import net from "node:net";

/**
 * Sends `text` as it is over a plain TCP connection (for request lines and headers `fetch` would refuse or
 * rewrite) and resolves with the status of the answer, or 0 when the server closed without one.
 */
export function rawRequest(port: number, text: string | Buffer, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in ${timeoutMs} ms to ${JSON.stringify(String(text).slice(0, 200))}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve(match ? Number(match[1]) : 0);
    };
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (/^HTTP\/1\.[01] \d{3}/.test(received)) {
        socket.destroy();
        finish();
      }
    });
    socket.on("error", () => finish());
    socket.on("close", () => finish());
    socket.write(text);
  });
}

/** A GET request with the given request target and extra header lines (CRLF added). */
export function rawGet(target: string, headers: string[] = []): string {
  return [`GET ${target} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close", ...headers, "", ""].join("\r\n");
}
