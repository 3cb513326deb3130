import type { PlanNode, ScanSource } from "../plan/nodes.js";
import { dialectOf, type SqlDialect, type SqlDialectName } from "./dialect.js";
import { POSITION, slot } from "./names.js";
import { lowerPlan, type OutputColumn } from "./lower-plan.js";

/** Options of `toSql`. */
export interface ToSqlOptions {
  /** The SQL dialect: `"duckdb"` (default) or `"spark"`. */
  readonly dialect?: SqlDialectName;
}

/**
 * A plan as SQL text, its sources named: a Parquet file read whole by path is read by the engine
 * itself (its row number giving the row order); any other source is a table `quiver_source_N`,
 * which must hold the source's columns, named `c0`, `c1`, … in order, and a `__quiver_pos` column
 * numbering its rows.
 * @param plan - the plan as written
 * @param options - the dialect
 * @param output - how each result column leaves the query (an engine may want dates as numbers)
 * @returns the SQL and the sources that must be registered, in order of their names
 */
export function planToSql(plan: PlanNode, options: ToSqlOptions = {}, output?: OutputColumn): { sql: string; registered: ScanSource[] } {
  const registered: ScanSource[] = [];
  const relation = (source: ScanSource, d: SqlDialect): string => {
    if (source.fileFormat === "parquet" && source.path !== undefined) {
      const columns = source.schema.fields.map((f, i) => `${d.ident(f.name)} AS ${d.ident(slot(i))}`);
      return `(SELECT ${[...columns, d.ident(POSITION)].join(", ")} FROM ${d.parquetScan(source.path, POSITION)})`;
    }
    if (!registered.includes(source)) registered.push(source);
    return registeredName(registered.indexOf(source));
  };
  return { sql: lowerPlan(plan, dialectOf(options.dialect ?? "duckdb"), relation, output), registered };
}

/** The table name of the Nth registered source. */
export const registeredName = (n: number): string => `quiver_source_${n}`;
