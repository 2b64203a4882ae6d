import net from "node:net";

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * A port nobody listens on, from a range the resilience tests own
 * (RESILIENCE_PORTS="from-to", default 3300-3399), tried from a random
 * point so parallel runs rarely pick the same one.
 */
export async function freePort(): Promise<number> {
  const [from, to] = (process.env.RESILIENCE_PORTS ?? "3300-3399").split("-").map(Number) as [number, number];
  const size = to - from + 1;
  const offset = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i += 1) {
    const port = from + ((offset + i) % size);
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port in ${from}-${to}`);
}
