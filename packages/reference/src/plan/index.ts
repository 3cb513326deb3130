/**
 * The row-at-a-time plan interpreter: plain query descriptions, their typing, and their values.
 */
export type {
  RefAggregateFunction, RefConditionalFunction, RefExpr, RefJoin, RefFrame, RefFunction, RefLiteral, RefOptions, RefQuery,
  RefScalarFunction, RefSchema, RefSortKey, RefStringFunction, RefWindowFunction,
  RefStep, RefType,
} from "./query.js";
export { checkAggregateShape, isAggregateFunction, literalType, type TypedExpr, typeExpr } from "./typing.js";
export { checkConstantCasts, evaluateRow, evaluateRows, type Row } from "./evaluate.js";
export { exactFloatSum } from "./float-sum.js";
export { type PlannedStep, planQuery, planStep, runQuery } from "./steps.js";
export { planJoin, REF_JOIN_HOWS } from "./join.js";
