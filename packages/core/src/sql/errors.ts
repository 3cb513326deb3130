/** A plan holds something the SQL lowering cannot express (yet): the message names it. */
export class SqlLoweringError extends Error {
  override readonly name = "SqlLoweringError";
}
