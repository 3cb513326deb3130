/**
 * The expression layer: immutable expression trees, their builder, the function registry, and
 * the typing, naming, formatting and traversal the planner, optimizer and executor share.
 */
export { argmaxHorizontal, argminHorizontal, col, idxmaxHorizontal, idxminHorizontal, lit, rowNumber } from "./builder.js";
export { DateTimeFunctions, type EpochUnit, type TruncateUnit } from "./dt-functions.js";
export { type Pattern, StringFunctions } from "./str-functions.js";
export { Then, When, when } from "./when.js";
export { minPeriodsOf, type RankOptions, type RollingOptions } from "./window-options.js";
export { sameType } from "./dtypes.js";
export { equalsExpr } from "./equals.js";
export { type ArgExprOptions, call, callWith, Expr, type ExprInput, toExpr } from "./expr.js";
export { formatExpr, formatLiteral } from "./format.js";
export { checkOver, columnsOf, isAggregate, isScalar, isWindow, needsWholeInput } from "./inspect.js";
export { type LiteralInput, type LiteralParts, literalParts, type LiteralValue } from "./literal.js";
export { outputName } from "./naming.js";
export type { AliasNode, CastNode, ColumnNode, ExprNode, FunctionNode, FunctionOptions, LiteralNode, OverNode } from "./node.js";
export { numericSupertype, type Operand } from "./promotion.js";
export {
  type Arity, checkArity, FUNCTIONS, type FunctionKind, type FunctionName, type FunctionSpec, isFunctionName, type NullableRule,
} from "./registry.js";
export type { ArgumentInfo, OutputRule } from "./rule.js";
export { childrenOf, mapExpr, someExpr, withChildren } from "./traverse.js";
export { fieldOf, labelOf, typeOf } from "./typing.js";
