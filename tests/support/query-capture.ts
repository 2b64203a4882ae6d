import { createAdapterFactory } from "@/lib/db/adapter";
import type { DatabaseTarget } from "@/lib/db/target";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type CapturedStatement = { sql: string; params: unknown[] };

export type CapturingClient = {
  db: PrismaClient;
  /** Runs `work` and returns the SQL statements Prisma sent meanwhile, in order. */
  capture(work: () => Promise<unknown>): Promise<CapturedStatement[]>;
};

/**
 * A Prisma client that records every statement it sends, through Prisma's own
 * query events (emitted by the query compiler with driver adapters since
 * Prisma 6.x): the SQL exactly as run, with its parameters.
 */
export function createCapturingClient(target: DatabaseTarget): CapturingClient {
  const db = new PrismaClient({ adapter: createAdapterFactory(target), log: [{ emit: "event", level: "query" }] });
  let recording: CapturedStatement[] | undefined;
  db.$on("query", (event) => {
    recording?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  return {
    db,
    async capture(work) {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = undefined;
      }
    },
  };
}
