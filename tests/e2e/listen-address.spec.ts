import net from "node:net";
import os from "node:os";
import { expect, test } from "@playwright/test";
import { listeningAddresses } from "./support/listening-sockets";

/**
 * The suite's own server runs in local mode (SITE_URL on 127.0.0.1, demo
 * admin with the README's password): nothing of it may answer on the
 * machine's other addresses.
 */

const port = Number(process.env.E2E_PORT ?? 3100);

function connect(host: string): Promise<"connected" | string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3_000 }, () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    socket.on("timeout", () => {
      socket.destroy();
      resolve("timeout");
    });
  });
}

test("in local mode the server listens on the loopback interface only", async () => {
  expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
  expect(await connect("127.0.0.1")).toBe("connected");
  const others = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && !address.internal)
    .map((address) => address!.address);
  for (const address of others) expect(await connect(address), address).not.toBe("connected");
});
