import { describe, expect, it } from "vitest";
import { parseWrk } from "@/tests/bench/wrk";

const REPORT = `Running 10s test @ http://127.0.0.1:3701/en
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    60.19ms   12.02ms 180.44ms   80.00%
    Req/Sec   400.12     40.33   500.00     70.00%
  Latency Distribution
     50%  850.00us
     75%   62.00ms
     90%   70.00ms
     99%    1.20s
  8003 requests in 10.01s, 210.55MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:    799.50
Transfer/sec:     21.03MB
`;

describe("the benchmark's reading of wrk", () => {
  it("takes requests/s, percentiles in any unit, and counts every failure", () => {
    expect(parseWrk(REPORT)).toEqual({ requestsPerSecond: 799.5, p50Ms: 0.85, p99Ms: 1200, requests: 8003, errors: 9 });
  });

  it("counts no errors when wrk reports none", () => {
    const clean = REPORT.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean).errors).toBe(0);
  });
});
