import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CapturedStatement } from "./query-capture";

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

export type TableScan = { table: string; scan: string; index?: string };

function indexesUnder(node: PlanNode): string[] {
  return (node.Plans ?? []).flatMap((child) => [
    ...(child["Index Name"] ? [child["Index Name"]] : []),
    ...indexesUnder(child),
  ]);
}

/** How the statement reaches each table, from PostgreSQL's own EXPLAIN (FORMAT JSON), planned with the captured parameters. */
export async function explainTableScans(db: PrismaClient, { sql, params }: CapturedStatement): Promise<TableScan[]> {
  const [row] = await db.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    ...params,
  );
  if (!row) throw new Error(`EXPLAIN returned nothing for ${sql}`);
  const scans: TableScan[] = [];
  const walk = (node: PlanNode) => {
    if (node["Relation Name"]) {
      // A bitmap heap scan names the table; the index is on its bitmap index scan child(ren).
      const index = node["Index Name"] ?? indexesUnder(node).join(", ");
      scans.push({ table: node["Relation Name"], scan: node["Node Type"], ...(index ? { index } : {}) });
    }
    node.Plans?.forEach(walk);
  };
  walk(row["QUERY PLAN"][0].Plan);
  return scans;
}
