import type { RecordBatch } from "apache-arrow";
import { openIpcSource } from "../../io/scan/index.js";
import type { PlanNode } from "../../plan/nodes.js";
import { conformBatch } from "../conform.js";
import { planToSql, registeredName } from "../to-sql.js";
import { localRelationBytes } from "./local-relation.js";
import { SparkSession } from "./session.js";

/** Options of running a plan on Spark. */
export interface SparkRunOptions {
  /** The Spark Connect server: `sc://host:port`, with optional `;user_id=…;token=…;use_ssl=true`. */
  readonly remote: string;
  readonly signal?: AbortSignal;
}

/**
 * Runs a plan on Spark through Spark Connect and yields the result's record batches in the plan's
 * schema, the same answer as the engine's: the plan is lowered to Spark SQL; each in-memory source
 * is sent first as a local relation (Arrow IPC) and named as a temporary view of a fresh session;
 * the SQL runs as a `SQL` relation, and the Arrow batches Spark streams back are read by Quiver's
 * own IPC reader. The session is released at the end, whatever happens.
 * @param plan - the plan as written
 * @param options - the server, an abort signal
 * @throws RemoteEngineError naming Spark and its message when the server fails the query
 * @throws Error naming the package when the optional peer `@grpc/grpc-js` is not installed
 */
export async function* streamOnSpark(plan: PlanNode, options: SparkRunOptions): AsyncGenerator<RecordBatch> {
  const { sql, registered } = planToSql(plan, { dialect: "spark" });
  const session = await SparkSession.open(options.remote);
  try {
    for (const [n, source] of registered.entries()) {
      const data = await localRelationBytes(source, options.signal);
      const view = { input: { localRelation: { data } }, name: registeredName(n), isGlobal: false, replace: true };
      for await (const _ of session.execute({ command: { createDataframeView: view } }, options.signal));
    }
    const fields = plan.schema.fields;
    for await (const response of session.execute({ root: { sql: { query: sql } } }, options.signal)) {
      const data = response.arrowBatch?.data;
      if (data == null || data.length === 0) continue;
      const input = await openIpcSource(data, { name: "Spark's result", signal: options.signal });
      try {
        for await (const batch of input.batches({ signal: options.signal })) if (batch.numRows > 0) yield conformBatch(batch, fields);
      } finally {
        await input.close();
      }
    }
  } finally {
    await session.close();
  }
}
