import http from "node:http";

/**
 * Requests at a steady rate (not as fast as the server answers, as wrk
 * does): a fixed number per second whatever happens, over a small pool of
 * kept-alive connections, the way a proxy's visitors arrive. Every answer is
 * tallied by status, and every connection error and timeout is kept.
 */

export type LoadTally = {
  sent: number;
  answered: number;
  statuses: Record<number, number>;
  /** "GET /path: what went wrong", for the report. */
  failures: string[];
};

export type SteadyLoad = { tally: LoadTally; stop(): Promise<LoadTally> };

type Options = {
  baseUrl: string;
  perSecond: number;
  /** The path of the n-th request. */
  nextPath: (n: number) => string;
  /** A body a resident must never get, with a 200 or not (an error page). */
  isFailure?: (status: number, body: string) => string | null;
};

export function startSteadyLoad({ baseUrl, perSecond, nextPath, isFailure }: Options): SteadyLoad {
  const { hostname, port } = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const tally: LoadTally = { sent: 0, answered: 0, statuses: {}, failures: [] };
  const inFlight = new Set<Promise<void>>();

  function send(path: string): Promise<void> {
    tally.sent += 1;
    return new Promise((resolve) => {
      const request = http.get({ host: hostname, port, path, agent, timeout: 30_000 }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          tally.answered += 1;
          tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
          const failure = isFailure?.(status, body);
          if (failure) tally.failures.push(`GET ${path}: ${failure}`);
          resolve();
        });
        response.on("error", (error) => {
          tally.failures.push(`GET ${path}: ${error.message}`);
          resolve();
        });
      });
      request.on("timeout", () => request.destroy(new Error("no answer within 30 s")));
      request.on("error", (error: NodeJS.ErrnoException) => {
        tally.failures.push(`GET ${path}: ${error.code ?? error.message}`);
        resolve();
      });
    });
  }

  let n = 0;
  const timer = setInterval(() => {
    const pending = send(nextPath(n++));
    inFlight.add(pending);
    void pending.then(() => inFlight.delete(pending));
  }, 1000 / perSecond);

  return {
    tally,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      agent.destroy();
      return tally;
    },
  };
}
