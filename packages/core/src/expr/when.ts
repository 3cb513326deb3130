/**
 * Conditional expressions, `when(p1).then(v1).when(p2).then(v2).otherwise(v3)`: per row, the value
 * of the first branch whose predicate is true (a null predicate counts as false), else the
 * otherwise value — null when there is none.
 */
import { call, Expr, type ExprInput } from "./expr.js";

/**
 * A condition waiting for its value.
 * @example when(col("x").gt(0)).then("positive").otherwise("other")
 */
export class When {
  /** @param pairs - the branches so far, predicate and value alternating; @param predicate - this branch's */
  constructor(private readonly pairs: readonly ExprInput[], private readonly predicate: ExprInput) {}

  /**
   * The value where the predicate holds.
   * @param value - an expression or a plain value
   * @returns the chain, usable as an expression (null where no branch holds) or continued
   */
  then(value: ExprInput): Then {
    return new Then([...this.pairs, this.predicate, value]);
  }
}

/**
 * A chain of branches; as an expression it is null where no branch holds.
 */
export class Then extends Expr {
  /** @param pairs - predicate and value alternating */
  constructor(pairs: readonly ExprInput[]) {
    super(call("when", ...pairs, null).node);
  }

  /** The next branch. @param predicate - its Bool condition @returns the branch awaiting its value @example when(a).then(1).when(b).then(2) */
  when(predicate: ExprInput): When {
    return new When(this.pairs(), predicate);
  }

  /** The value where no branch holds. @param value - the value @returns the conditional expression @example when(a).then(1).otherwise(0) */
  otherwise(value: ExprInput): Expr {
    return call("when", ...this.pairs(), value);
  }

  private pairs(): Expr[] {
    return (this.node as { args: readonly Expr[] }).args.slice(0, -1);
  }
}

/**
 * Starts a conditional expression.
 * @param predicate - a Bool expression
 * @returns the branch awaiting its value
 * @example when(col("x").lt(0)).then(lit("negative")).when(col("x").gt(0)).then(lit("positive")).otherwise(lit("zero"))
 */
export function when(predicate: ExprInput): When {
  return new When([], predicate);
}
