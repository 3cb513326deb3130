/**
 * The SQL lowering of logical plans, and the engines that run it.
 * @module
 */
export { type SqlDialectName } from "./dialect.js";
export { RemoteEngineError, type RemoteEngineName, SqlLoweringError } from "./errors.js";
export { type ToSqlOptions, planToSql } from "./to-sql.js";
