/**
 * The shapes of expression nodes. `E` is the type of child expressions, so this file needs no
 * import of the Expr class (which holds one of these as its `node`).
 */
import type { DataType } from "apache-arrow";
import type { LiteralValue } from "./literal.js";
import type { FunctionName } from "./registry.js";

/** A reference to an input column by name. */
export interface ColumnNode {
  readonly kind: "column";
  readonly name: string;
}

/** A constant; see `literalParts` for how the type follows from the value. */
export interface LiteralNode {
  readonly kind: "literal";
  readonly value: LiteralValue;
  readonly type: DataType;
  /** Whether the type may adapt to the other operand (number and bigint literals). */
  readonly dynamic: boolean;
}

/** Renames its input's output column. */
export interface AliasNode<E> {
  readonly kind: "alias";
  readonly input: E;
  readonly name: string;
}

/** Converts its input to another Arrow type. */
export interface CastNode<E> {
  readonly kind: "cast";
  readonly input: E;
  readonly to: DataType;
}

/**
 * Settings of a call that are not expressions, such as a rank's method (`{ method: "dense" }`):
 * only the settings the caller gave, as plain values.
 */
export type FunctionOptions = Readonly<Record<string, string | number | boolean>>;

/** A call of a registered function; the receiver of a method is the first argument. */
export interface FunctionNode<E> {
  readonly kind: "function";
  readonly name: FunctionName;
  readonly args: readonly E[];
  readonly options?: FunctionOptions;
}

/**
 * Its input computed within each partition of rows sharing the keys' values, one value per row:
 * an aggregate is broadcast to every row of its partition, a window function (`cumSum`, `rank`,
 * `rollingArgmin`, …) restarts in each partition and counts positions from the partition's start.
 */
export interface OverNode<E> {
  readonly kind: "over";
  readonly input: E;
  readonly keys: readonly E[];
}

/** Any expression node. */
export type ExprNode<E> = ColumnNode | LiteralNode | AliasNode<E> | CastNode<E> | FunctionNode<E> | OverNode<E>;
