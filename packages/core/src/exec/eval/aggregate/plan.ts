/**
 * Aggregate expressions as plans: the aggregate calls in an expression (its leaves) are reduced
 * row by row, and whatever row-wise expression surrounds them (`alias`, `cast`,
 * `col("a").sum().div(col("a").count())`, `col("x").argmin().add(1)`) is evaluated once at the
 * end over the finished values, one row per group.
 */
import { type Data, type DataType, Field, RecordBatch, Schema, Struct } from "apache-arrow";
import { type Expr, FUNCTIONS, col, formatExpr, typeOf, withChildren, childrenOf } from "../../../expr/index.js";
import { make } from "../build.js";
import { compileScalar } from "../compile.js";
import { type AggregateCall, aggregateCall } from "./reductions.js";

/** An aggregate expression ready to run. */
export interface AggregatePlan {
  /** The output type, `typeOf(expr, schema)`. */
  readonly type: DataType;
  /** The aggregate calls, in order of appearance. */
  readonly calls: readonly AggregateCall[];
  /** The output, one row per group, from each call's finished values. */
  finish(values: readonly Data[], groupCount: number): Data;
}

// Finished call values are columns of this name in the final evaluation; no user column can clash.
const SLOT = "\u0000aggregate ";

/**
 * Plans an aggregate expression.
 * @param expr - an expression whose every column reference is inside an aggregate call
 * @param schema - the input schema
 * @returns the plan, with fresh reductions
 * @throws TypeError for a column used outside an aggregate, or as `aggregateCall`
 */
export function planAggregate(expr: Expr, schema: Schema): AggregatePlan {
  const type = typeOf(expr, schema);
  const calls: AggregateCall[] = [];
  const fields: Field[] = [];
  const rewrite = (e: Expr): Expr => {
    const node = e.node;
    if (node.kind === "function" && FUNCTIONS[node.name].kind === "aggregate") {
      const call = aggregateCall(e, schema);
      fields.push(new Field(SLOT + calls.length, call.reduction.type, true));
      calls.push(call);
      return col(fields[fields.length - 1].name);
    }
    if (node.kind === "column") {
      throw new TypeError(
        `${formatExpr(expr)} uses ${formatExpr(e)} outside an aggregate: an aggregate expression gives one value per group, ` +
          `so every column in it must be aggregated (e.g. ${formatExpr(e)}.first())`,
      );
    }
    return withChildren(e, childrenOf(e).map(rewrite));
  };
  const final = rewrite(expr);
  if (final.node.kind === "column" && calls.length === 1 && expr.node.kind === "function") {
    return { type, calls, finish: (values) => values[0] };
  }
  const finalSchema = new Schema(fields);
  const compiled = compileScalar(final, finalSchema);
  return {
    type,
    calls,
    finish(values, groupCount) {
      const struct = make({ type: new Struct(fields), length: groupCount, nullCount: 0, children: [...values] }) as Data<Struct>;
      return compiled.evaluate(new RecordBatch(finalSchema, struct));
    },
  };
}
