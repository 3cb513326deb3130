/**
 * The text of an expression, for explain() and error messages. The style is the builder's own
 * method chain, so the text reads like the code that built it and, pasted back as TypeScript,
 * builds an equal expression: `col("x").gt(0).and(col("y").isNotNull())`,
 * `col("fare").argmin()`, `argminHorizontal(col("a"), col("b"))`. Literals print bare where the
 * builder would wrap the bare value back into the same literal (`col("x").gt(0)`), and as
 * `lit(…)` where it would not: as a receiver, and for strings where strings name columns.
 * The one departure from TypeScript is a cast's target, printed as Arrow names the type:
 * `col("x").cast(Float64)`, `col("t").cast(Timestamp<MILLISECOND>)`.
 */
import { Type } from "apache-arrow";
import type { Expr } from "./expr.js";
import type { FunctionOptions, LiteralNode } from "./node.js";
import { FUNCTIONS } from "./registry.js";

/**
 * The stable text of an expression.
 * @param expr - the expression
 * @returns its builder-style text
 * @example formatExpr(col("fare").argmin().alias("cheapest")) // 'col("fare").argmin().alias("cheapest")'
 */
export function formatExpr(expr: Expr): string {
  const node = expr.node;
  switch (node.kind) {
    case "column":
      return `col(${JSON.stringify(node.name)})`;
    case "literal":
      return `lit(${formatLiteral(node)})`;
    case "alias":
      return `${formatExpr(node.input)}.alias(${JSON.stringify(node.name)})`;
    case "cast":
      return `${formatExpr(node.input)}.cast(${String(node.to)})`;
    case "function": {
      const { kind, strings, format } = FUNCTIONS[node.name];
      const argument = (arg: Expr) => formatArgument(arg, strings);
      if (kind === "horizontal") return `${node.name}(${node.args.map(argument).join(", ")})`;
      const [receiver, ...rest] = node.args;
      if (format !== undefined) return format(receiver === undefined ? "" : formatExpr(receiver), rest.map(argument), node.options);
      const options = node.options === undefined ? [] : [formatOptions(node.options)];
      return `${formatExpr(receiver)}.${node.name}(${[...rest.map(argument), ...options].join(", ")})`;
    }
    case "over":
      return `${formatExpr(node.input)}.over(${node.keys.map((k) => formatArgument(k, "column")).join(", ")})`;
  }
}

/** Options as a JavaScript object literal: `{ method: "dense", descending: true }`. */
function formatOptions(options: FunctionOptions): string {
  return `{ ${Object.entries(options).map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : String(v)}`).join(", ")} }`;
}

/**
 * The JavaScript text of a literal's value: `1`, `-0`, `NaN`, `5n`, `"text"`, `true`, `null`, or
 * `new Date("2024-01-01T00:00:00.000Z")` for a Date literal.
 * @param node - the literal node
 * @returns the value as a JavaScript expression
 * @example formatLiteral(lit(2n).node as LiteralNode) // "2n"
 */
export function formatLiteral(node: LiteralNode): string {
  const { value } = node;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number") {
    if (node.type.typeId === Type.Date) return `new Date(${JSON.stringify(new Date(value).toISOString())})`;
    return Object.is(value, -0) ? "-0" : String(value);
  }
  return String(value);
}

// The builder wraps a plain value with lit, except strings where they name columns.
function formatArgument(arg: Expr, strings: "literal" | "column"): string {
  const node = arg.node;
  if (node.kind === "literal" && !(strings === "column" && typeof node.value === "string")) return formatLiteral(node);
  return formatExpr(arg);
}
