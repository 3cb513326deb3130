/**
 * The row-at-a-time plan interpreter: plain query descriptions, their typing, and their values.
 */
export type {
  RefAggregateFunction, RefExpr, RefJoin, RefFrame, RefFunction, RefLiteral, RefQuery, RefScalarFunction, RefSchema, RefSortKey,
  RefStep, RefType,
} from "./query.js";
export { checkAggregateShape, isAggregateFunction, literalType, type TypedExpr, typeExpr } from "./typing.js";
export { checkConstantCasts, evaluateRow, evaluateRows, type Row } from "./evaluate.js";
export { exactFloatSum } from "./float-sum.js";
export { type PlannedStep, planQuery, planStep, runQuery } from "./steps.js";
export { planJoin, REF_JOIN_HOWS } from "./join.js";
