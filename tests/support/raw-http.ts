import net from "node:net";

/**
 * One HTTP/1.1 exchange over a bare socket, byte for byte as written: no
 * client library normalizes the path, drops a header or refuses a method.
 * Resolves when the server closes the connection, or with `timedOut` after
 * `timeoutMs` (the socket is then destroyed).
 */

export type RawAnswer = {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How long after the first byte was written the connection ended. */
  ms: number;
  timedOut: boolean;
};

type Options = {
  timeoutMs?: number;
  /** Written after the request, one part every `intervalMs`: a slow client. */
  trickle?: { parts: string[]; intervalMs: number };
};

function decodeChunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf("\r\n", at);
    if (lineEnd === -1) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString(), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export function rawRequest(
  port: number,
  request: string,
  { timeoutMs = 15_000, trickle }: Options = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.write(request);
      if (!trickle) return;
      let index = 0;
      const timer = setInterval(() => {
        if (index >= trickle.parts.length || socket.destroyed) return clearInterval(timer);
        socket.write(trickle.parts[index++]!);
      }, trickle.intervalMs);
      socket.once("close", () => clearInterval(timer));
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      let all = Buffer.concat(chunks);
      // An interim answer (100 Continue) comes before the real one.
      while (/^HTTP\/1\.[01] 1\d\d /.test(all.subarray(0, 13).toString("latin1")) && all.indexOf("\r\n\r\n") !== -1)
        all = all.subarray(all.indexOf("\r\n\r\n") + 4);
      const headEnd = all.indexOf("\r\n\r\n");
      const head = (headEnd === -1 ? all : all.subarray(0, headEnd)).toString("latin1").split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? "")?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body: Buffer = headEnd === -1 ? Buffer.alloc(0) : all.subarray(headEnd + 4);
      if (headers["transfer-encoding"]?.includes("chunked")) body = decodeChunked(body);
      resolve({ status, headers, body: body.toString("utf8"), ms: Date.now() - started, timedOut });
    });
  });
}

/** A plain request text: `GET /es HTTP/1.1` with Host and Connection: close (each replaced by a header given, or left out when given as ""). */
export function requestText(method: string, target: string, headers: Record<string, string> = {}, body = ""): string {
  const all = Object.entries({ Host: "127.0.0.1", Connection: "close", ...headers }).filter(
    ([, value]) => value !== "",
  );
  const lines = [`${method} ${target} HTTP/1.1`, ...all.map(([name, value]) => `${name}: ${value}`)];
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}
