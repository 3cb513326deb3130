/**
 * Compiling and evaluating row-wise expressions over record batches. Compiling types the
 * expression once (the output type is exactly `typeOf(expr, schema)`) and picks every kernel and
 * cast, so errors such as an unsupported cast surface before any batch is read; evaluating then
 * runs the kernels over each batch's typed arrays and bitmaps.
 */
import { type Data, type DataType, type RecordBatch, type Schema, Type } from "apache-arrow";
import { type Expr, type OverNode, FUNCTIONS, formatExpr, isWindow, labelOf, typeOf } from "../../expr/index.js";
import { columnIndex } from "../../types/column-lookup.js";
import { WINDOW_FUNCTIONS } from "../window/functions.js";
import { nullData } from "./build.js";
import { casterFor } from "./cast.js";
import { literalData } from "./literal-data.js";
import { constantOf, materialize, type Operand, rowsOf } from "./operand.js";
import { ROW_FUNCTIONS } from "./row-functions.js";

/** A row-wise expression ready to run over batches of one schema. */
export interface CompiledScalar {
  /** The expression. */
  readonly expr: Expr;
  /** Its output type, `typeOf(expr, schema)`. */
  readonly type: DataType;
  /** Evaluates over a batch; a constant stays one row (see Operand). */
  run(batch: RecordBatch): Operand;
  /** Evaluates over a batch: one value per row of the batch. */
  evaluate(batch: RecordBatch): Data;
  /**
   * Forgets the rows seen by its window functions (running sums, rolling windows), which carry
   * state from one batch to the next: the next batch is the start of a new input or partition.
   */
  reset(): void;
}

/**
 * Compiles an `over` node into a function from a batch holding the whole input to its values
 * (see window/over.ts; it is passed in because it compiles aggregates, which sit above this file).
 */
export type OverCompiler = (node: OverNode<Expr>, schema: Schema) => (batch: RecordBatch) => Operand;

/**
 * Compiles a row-wise expression (no aggregate in it) for batches of a schema.
 * @param expr - the expression
 * @param schema - the schema of the batches it will run over
 * @param over - compiles the expression's `over` nodes, if it has any
 * @returns the compiled expression
 * @throws ColumnNotFoundError or TypeError as `typeOf`; TypeError for an aggregate or a cast that
 *   is not supported
 * @example compileScalar(col("x").add(1), batch.schema).evaluate(batch)
 */
export function compileScalar(expr: Expr, schema: Schema, over?: OverCompiler): CompiledScalar {
  const type = typeOf(expr, schema);
  const resets: (() => void)[] = [];
  const run = compileNode(expr, schema, type, { resets, over });
  return { expr, type, run, evaluate: (batch) => materialize(run(batch), batch.numRows), reset: () => resets.forEach((r) => r()) };
}

const cache = new WeakMap<Schema, WeakMap<Expr, CompiledScalar>>();

/**
 * Evaluates a row-wise expression over one record batch.
 * @param expr - a non-aggregate expression
 * @param batch - the batch
 * @returns Data of `typeOf(expr, batch.schema)` with `batch.numRows` rows; a bare column reference
 *   is the batch's own column (no copy)
 * @throws as {@link compileScalar}; RangeError when a cast meets a value its target cannot hold;
 *   TypeError for a window expression, whose state must not be shared between runs
 * @example evaluateScalar(col("fare").gt(10).and(col("paid")), batch)
 */
export function evaluateScalar(expr: Expr, batch: RecordBatch): Data {
  if (isWindow(expr)) {
    throw new TypeError(`${formatExpr(expr)} is a window expression: compile it once per run with compileScalar, whose state spans batches`);
  }
  let compiled = cache.get(batch.schema);
  if (compiled === undefined) cache.set(batch.schema, (compiled = new WeakMap()));
  let entry = compiled.get(expr);
  if (entry === undefined) compiled.set(expr, (entry = compileScalar(expr, batch.schema)));
  return entry.evaluate(batch);
}

type Runner = (batch: RecordBatch) => Operand;

/** What compiling one expression collects and needs: its kernels' resets, the over compiler. */
interface Context {
  readonly resets: (() => void)[];
  readonly over: OverCompiler | undefined;
}

function compileNode(expr: Expr, schema: Schema, type: DataType, context: Context): Runner {
  const node = expr.node;
  switch (node.kind) {
    case "column": {
      const index = columnIndex(schema, node.name);
      return (batch) => rowsOf(batch.data.children[index] as Data);
    }
    case "literal": {
      const constant = constantOf(literalData(node));
      return () => constant;
    }
    case "alias":
      return compileNode(node.input, schema, type, context);
    case "over":
      if (context.over === undefined) throw new TypeError(`${formatExpr(expr)} needs all rows of its partitions: compute it with select or withColumns`);
      return context.over(node, schema);
    case "cast": {
      const inputType = typeOf(node.input, schema);
      const input = compileNode(node.input, schema, inputType, context);
      const cast = casterFor(inputType, node.to, labelOf(node.input));
      // A constant stands for every row: with no rows there is no value to cast, and none may fail.
      const noRows = constantOf(nullData(node.to, 1));
      return (batch) => {
        const value = input(batch);
        return value.constant && batch.numRows === 0 ? noRows : cast(value);
      };
    }
    case "function": {
      const build = ROW_FUNCTIONS[node.name];
      const window = WINDOW_FUNCTIONS[node.name];
      if ((build === undefined && window === undefined) || FUNCTIONS[node.name].kind === "aggregate") {
        throw new TypeError(
          `${formatExpr(expr)} is an aggregate: it reduces many rows to one value, so it cannot be evaluated row by row ` +
            `(aggregate it with aggregateFor or groupedAggregateFor)`,
        );
      }
      const args = node.args.map((arg) => ({ expr: arg, type: typeOf(arg, schema) }));
      const inputs = args.map((arg) => compileNode(arg.expr, schema, arg.type, context));
      if (type.typeId === Type.Null) {
        // Only null inputs give a Null output type: the result is null whatever the rows hold.
        const nothing = constantOf(nullData(type, 1));
        return () => nothing;
      }
      if (window !== undefined) {
        const kernel = window(node, args.map((arg) => arg.type), type);
        context.resets.push(() => kernel.reset());
        return (batch) => rowsOf(kernel.run(inputs.map((input) => input(batch)), batch.numRows));
      }
      const kernel = build!(args, type, labelOf(expr), node.options);
      return (batch) => kernel(inputs.map((input) => input(batch)), batch.numRows);
    }
  }
}
