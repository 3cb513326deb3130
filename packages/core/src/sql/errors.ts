/** A plan holds something the SQL lowering cannot express (yet): the message names it. */
export class SqlLoweringError extends Error {
  override readonly name = "SqlLoweringError";
}

/** The engines a lowered plan runs on besides Quiver's own. */
export type RemoteEngineName = "duckdb" | "spark";

/**
 * Another engine failed to run a lowered query, or could not be reached: the message names the
 * engine and carries the engine's own message.
 */
export class RemoteEngineError extends Error {
  override readonly name = "RemoteEngineError";

  /**
   * @param engine - the engine that failed
   * @param detail - the engine's message
   * @param options - the underlying error, as `cause`
   */
  constructor(readonly engine: RemoteEngineName, readonly detail: string, options?: ErrorOptions) {
    super(`engine "${engine}" failed: ${detail}`, options);
  }
}
