/**
 * The expression layer: immutable expression trees, their builder, the function registry, and
 * the typing, naming, formatting and traversal the planner, optimizer and executor share.
 */
export { argmaxHorizontal, argminHorizontal, col, idxmaxHorizontal, idxminHorizontal, lit } from "./builder.js";
export { sameType } from "./dtypes.js";
export { equalsExpr } from "./equals.js";
export { type ArgExprOptions, call, Expr, type ExprInput, toExpr } from "./expr.js";
export { formatExpr, formatLiteral } from "./format.js";
export { columnsOf, isAggregate, isScalar } from "./inspect.js";
export { type LiteralInput, type LiteralParts, literalParts, type LiteralValue } from "./literal.js";
export { outputName } from "./naming.js";
export type { AliasNode, CastNode, ColumnNode, ExprNode, FunctionNode, LiteralNode } from "./node.js";
export { numericSupertype, type Operand } from "./promotion.js";
export {
  type Arity, checkArity, FUNCTIONS, type FunctionKind, type FunctionName, type FunctionSpec, isFunctionName, type NullableRule,
} from "./registry.js";
export type { ArgumentInfo, OutputRule } from "./rule.js";
export { childrenOf, mapExpr, someExpr, withChildren } from "./traverse.js";
export { fieldOf, labelOf, typeOf } from "./typing.js";
