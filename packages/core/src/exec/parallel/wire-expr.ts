/**
 * Expressions as messages between threads: the node tree as plain objects, with the Arrow types
 * of literals and casts kept aside in a list (sent as one IPC schema, see wire-schema.ts) and
 * referred to by their place in it.
 */
import type { DataType } from "apache-arrow";
import { Expr } from "../../expr/index.js";
import type { FunctionOptions } from "../../expr/node.js";
import type { LiteralValue } from "../../expr/literal.js";
import type { FunctionName } from "../../expr/registry.js";

/** An expression node as a message; `type`/`to` index the type list. */
export type ExprWire =
  | { readonly kind: "column"; readonly name: string }
  | { readonly kind: "literal"; readonly value: LiteralValue; readonly type: number; readonly dynamic: boolean }
  | { readonly kind: "alias"; readonly input: ExprWire; readonly name: string }
  | { readonly kind: "cast"; readonly input: ExprWire; readonly to: number }
  | { readonly kind: "function"; readonly name: FunctionName; readonly args: readonly ExprWire[]; readonly options?: FunctionOptions }
  | { readonly kind: "over"; readonly input: ExprWire; readonly keys: readonly ExprWire[] };

/**
 * An expression as a message.
 * @param expr - any expression
 * @param types - collects the types it refers to
 */
export function encodeExpr(expr: Expr, types: DataType[]): ExprWire {
  const node = expr.node;
  const typeRef = (type: DataType) => types.push(type) - 1;
  switch (node.kind) {
    case "column":
      return { kind: "column", name: node.name };
    case "literal":
      return { kind: "literal", value: node.value, type: typeRef(node.type), dynamic: node.dynamic };
    case "alias":
      return { kind: "alias", input: encodeExpr(node.input, types), name: node.name };
    case "cast":
      return { kind: "cast", input: encodeExpr(node.input, types), to: typeRef(node.to) };
    case "function": {
      const args = node.args.map((a) => encodeExpr(a, types));
      return node.options === undefined ? { kind: "function", name: node.name, args } : { kind: "function", name: node.name, args, options: node.options };
    }
    case "over":
      return { kind: "over", input: encodeExpr(node.input, types), keys: node.keys.map((k) => encodeExpr(k, types)) };
  }
}

/**
 * The expression a message describes.
 * @param wire - what {@link encodeExpr} gave
 * @param types - the type list it refers to
 */
export function decodeExpr(wire: ExprWire, types: readonly DataType[]): Expr {
  switch (wire.kind) {
    case "column":
      return new Expr(wire);
    case "literal":
      return new Expr({ kind: "literal", value: wire.value, type: types[wire.type], dynamic: wire.dynamic });
    case "alias":
      return new Expr({ kind: "alias", input: decodeExpr(wire.input, types), name: wire.name });
    case "cast":
      return new Expr({ kind: "cast", input: decodeExpr(wire.input, types), to: types[wire.to] });
    case "function":
      return new Expr({ kind: "function", name: wire.name, args: wire.args.map((a) => decodeExpr(a, types)), ...(wire.options ? { options: wire.options } : {}) });
    case "over":
      return new Expr({ kind: "over", input: decodeExpr(wire.input, types), keys: wire.keys.map((k) => decodeExpr(k, types)) });
  }
}
