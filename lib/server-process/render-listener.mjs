// @ts-check
/**
 * A second way into the app's own HTTP server, for the page cache's
 * loopback renders only (lib/cache/serve-cached.ts): a listener on an
 * ephemeral 127.0.0.1 port whose connections are handed to that server.
 *
 * On SIGTERM the public listener closes at once (new connections refused,
 * so a proxy in front moves to another instance), while requests still
 * arrive on connections that were open. A cache miss among them renders
 * through a new loopback connection: this listener stays open until the
 * server has drained, so that render works instead of meeting a closed
 * port. It also works when the public port listens on another address.
 */
import net from "node:net";

// Read by lib/cache/serve-cached.ts (another bundle in the same process).
const ORIGIN_KEY = Symbol.for("encuentros.renderOrigin");

/**
 * @param {import("node:http").Server} server
 * @returns {net.Server}
 */
export function openRenderListener(server) {
  const listener = net.createServer((socket) => server.emit("connection", socket));
  listener.listen(0, "127.0.0.1", () => {
    const address = /** @type {net.AddressInfo} */ (listener.address());
    /** @type {Record<symbol, string>} */ (globalThis)[ORIGIN_KEY] = `http://127.0.0.1:${address.port}`;
  });
  // Never the reason the process stays up.
  listener.unref();
  return listener;
}
