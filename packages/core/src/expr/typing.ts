/**
 * The output type and field of an expression against an input schema, decided once when a plan is
 * built and before any kernel runs. Function outputs come from the registry's declarations.
 */
import { type DataType, Field, type Schema } from "apache-arrow";
import { columnIndex } from "../types/column-lookup.js";
import type { Expr } from "./expr.js";
import { formatExpr, formatLiteral } from "./format.js";
import { checkOver, isScalar } from "./inspect.js";
import { outputName } from "./naming.js";
import { FUNCTIONS } from "./registry.js";
import type { ArgumentInfo } from "./rule.js";

interface Typed {
  readonly type: DataType;
  readonly nullable: boolean;
}

/**
 * The Arrow type an expression produces over a schema.
 * @param expr - the expression
 * @param schema - the schema of its input
 * @returns the output type
 * @throws ColumnNotFoundError for an unknown column (with the closest name), TypeError for an
 *   argument of the wrong type (naming the function, the argument, its type and what is accepted)
 * @example typeOf(col("fare").argmin(), schema) // Int64
 */
export function typeOf(expr: Expr, schema: Schema): DataType {
  return resolve(expr, schema).type;
}

/**
 * The field (name, type, nullability) an expression produces over a schema; see `outputName` for
 * the name. Nullable is a safe over-approximation: aggregates are nullable (zero rows give null),
 * `count`, `isNull` and `isNotNull` never are, row-wise functions are when an input is.
 * @param expr - the expression
 * @param schema - the schema of its input
 * @returns the output field
 * @throws as {@link typeOf}
 * @example fieldOf(col("fare").argmin().alias("i"), schema) // Field i: Int64, nullable
 */
export function fieldOf(expr: Expr, schema: Schema): Field {
  const { type, nullable } = resolve(expr, schema);
  return new Field(outputName(expr), type, nullable);
}

function resolve(expr: Expr, schema: Schema): Typed {
  const node = expr.node;
  switch (node.kind) {
    case "column": {
      const field = schema.fields[columnIndex(schema, node.name)];
      return { type: field.type, nullable: field.nullable };
    }
    case "literal":
      return { type: node.type, nullable: node.value === null };
    case "alias":
      return resolve(node.input, schema);
    case "cast":
      return { type: node.to, nullable: resolve(node.input, schema).nullable };
    case "function": {
      const spec = FUNCTIONS[node.name];
      const inputs = node.args.map((arg) => resolve(arg, schema));
      const type = spec.output(inputs.map((input) => input.type), node.args.map(argumentInfo), node.name, node.options);
      return { type, nullable: spec.nullable(inputs.map((input) => input.nullable)) };
    }
    case "over": {
      checkOver(expr);
      for (const key of node.keys) resolve(key, schema);
      // A partition's aggregate may be null (a partition of nulls) even over a non-null column.
      return { type: resolve(node.input, schema).type, nullable: true };
    }
  }
}

// Labels and shapes are only needed by error messages and a few rules, so they are computed lazily.
function argumentInfo(expr: Expr): ArgumentInfo {
  const node = expr.node;
  return {
    get label() {
      return labelOf(expr);
    },
    dynamic: node.kind === "literal" && node.dynamic ? (node.value as number | bigint) : undefined,
    literal: node.kind === "literal",
    get scalar() {
      return isScalar(expr);
    },
  };
}

/**
 * How error messages name an expression: `column "x"`, `literal 1`, else its text.
 * @param expr - the expression
 * @returns the label
 * @example labelOf(col("name")) // 'column "name"'
 */
export function labelOf(expr: Expr): string {
  const node = expr.node;
  if (node.kind === "column") return `column ${JSON.stringify(node.name)}`;
  if (node.kind === "literal") return `literal ${formatLiteral(node)}`;
  return formatExpr(expr);
}
