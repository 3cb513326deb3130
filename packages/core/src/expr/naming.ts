/**
 * The output column name of an expression, which needs no schema.
 */
import type { Expr } from "./expr.js";
import { FUNCTIONS } from "./registry.js";

/**
 * The name of the column an expression produces. A column keeps its name, and so does anything
 * computed from it, named after its first argument as in Polars (`col("x").argmin()` is "x",
 * `col("a").add(col("b"))` is "a"); a literal is "literal"; `alias` overrides; the horizontal
 * functions are named like the DataFrame's per-row columns: "argmin", "argmax", "idxmin",
 * "idxmax".
 * @param expr - the expression
 * @returns the output name
 * @example outputName(col("fare").argmin()) // "fare"
 */
export function outputName(expr: Expr): string {
  const node = expr.node;
  switch (node.kind) {
    case "column":
    case "alias":
      return node.name;
    case "literal":
      return "literal";
    case "cast":
    case "over":
      return outputName(node.input);
    case "function": {
      const spec = FUNCTIONS[node.name];
      return spec.outputName ?? outputName(node.args[spec.nameFrom ?? 0]);
    }
  }
}
