import type { DataType, RecordBatch, Schema } from "apache-arrow";
import type { Expr } from "../expr/index.js";
import type { SortDirection } from "../kernels/sort/sort-indices.js";

/** Cumulative counts a source reports as it is read. */
export interface ScanProgress {
  /** Rows read so far. */
  rows: number;
  /** Input bytes read so far. */
  bytes: number;
  /** Rows skipped as malformed so far (text sources read with `badRows: "skip"`). */
  skippedRows?: number;
}

/**
 * Where a scan reads from: anything with a schema that yields record batches, optionally only
 * some columns. In-memory tables and Arrow IPC inputs both fit.
 */
export interface ScanSource {
  readonly schema: Schema;
  /** Names the source in explain() and errors. */
  readonly name: string;
  /** The number of rows, when known without reading (in-memory data). */
  readonly rowCount?: number;
  /** The batches, holding only `columns` (in that order) when given. */
  batches(options: {
    columns?: readonly string[];
    /** The scan's row predicate, which the source may use to skip data that cannot match (the rows are still filtered above). */
    predicate?: Expr | null;
    signal?: AbortSignal;
    onProgress?: (progress: ScanProgress) => void;
    /** Whether the source may put number columns in the WebAssembly heap (see HeapScanOptions.inHeap). */
    inHeap?: boolean;
    /** Whether the source may put the other columns in shared memory (see HeapScanOptions.shared). */
    shared?: boolean;
  }): AsyncIterable<RecordBatch>;
  /**
   * Whether each scan reads its batches anew and hands them over: its consumer may then release
   * their heap blocks once nothing reads them (see `releaseBatch`). Absent for a source that
   * yields batches it keeps, such as an in-memory table, whose blocks are the table's.
   */
  readonly handsOverBatches?: boolean;
  /** The same batches read synchronously, for sources that hold their data in memory. */
  batchesSync?(options: { columns?: readonly string[]; predicate?: Expr | null }): Iterable<RecordBatch>;
  /** The local file this source reads whole, in its own format, when it reads one. */
  readonly path?: string;
  /** The format of that file, so another engine can read it (the SQL lowering). */
  readonly fileFormat?: "parquet";
  /** What explain() adds to the scan's line: e.g. which row groups the predicate lets it skip. */
  explain?(predicate: Expr | null): string;
  /**
   * For statistics-driven reductions: the part of the source that holds the first row with the
   * extreme of each requested column, as proven by statistics the source keeps (Parquet's row
   * group min/max), with the position of the part's first row in the whole source.
   * @returns undefined when the statistics cannot prove it
   */
  narrowToExtremes?(requests: readonly ExtremeRequest[]): { source: ScanSource; offset: number } | undefined;
}

/** One reduction a statistics-driven rewrite must answer from a narrowed source. */
export interface ExtremeRequest {
  readonly column: string;
  readonly extreme: "min" | "max";
  /** Whether a NaN would decide the answer (argmin, argmax, minBy, maxBy, max), so it must be proven absent. */
  readonly nanDecides: boolean;
}

/**
 * Opens a source whose schema is read at first need: a file scan returns its LazyFrame before
 * reading anything, and the query is checked once the schema is known.
 */
export interface SourceOpener {
  /** Names the source in errors raised before it is open. */
  readonly name: string;
  /** Reads the schema (and whatever else the source needs before its first scan). */
  open(signal?: AbortSignal): Promise<ScanSource>;
  /** The same, synchronously, for sources that can (a path or bytes); absent otherwise. */
  openSync?(): ScanSource;
}

/**
 * A logical plan node. Nodes are immutable; each knows its output schema, computed once when the
 * node is built (see builder.ts), so type errors surface before anything runs.
 */
export type PlanNode =
  | ScanNode | FilterNode | SelectNode | WithColumnsNode | AggregateNode | SortNode | SliceNode | TailNode | RowIndexNode | JoinNode | ConcatNode;

interface NodeBase {
  readonly schema: Schema;
}

/** Reads a source; the optimizer pushes the columns needed, a row predicate and a row limit into it. */
export interface ScanNode extends NodeBase {
  readonly kind: "scan";
  readonly source: ScanSource;
  /** Columns to read, or null for all. */
  readonly columns: readonly string[] | null;
  /** Rows to keep, applied batch by batch as the source is read. */
  readonly predicate: Expr | null;
  /** Stop after this many rows (after the predicate). */
  readonly limit: number | null;
}

/** Keeps the rows where the predicate is true (null counts as false). */
export interface FilterNode extends NodeBase {
  readonly kind: "filter";
  readonly input: PlanNode;
  readonly predicate: Expr;
}

/** Computes new columns; all aggregates (one row out) or all row-wise. */
export interface SelectNode extends NodeBase {
  readonly kind: "select";
  readonly input: PlanNode;
  readonly exprs: readonly Expr[];
  readonly aggregate: boolean;
}

/** Adds or replaces columns, keeping the others. */
export interface WithColumnsNode extends NodeBase {
  readonly kind: "withColumns";
  readonly input: PlanNode;
  readonly exprs: readonly Expr[];
}

/** Groups rows by key expressions and reduces each group with aggregates. */
export interface AggregateNode extends NodeBase {
  readonly kind: "aggregate";
  readonly input: PlanNode;
  readonly keys: readonly Expr[];
  readonly aggs: readonly Expr[];
}

/**
 * Orders rows by key expressions, stably. It must see every row before it yields one, so it holds
 * its whole input — unless a limit was pushed into it, when it keeps only the first `limit` rows
 * seen so far (a top-k).
 */
export interface SortNode extends NodeBase {
  readonly kind: "sort";
  readonly input: PlanNode;
  readonly keys: readonly Expr[];
  readonly directions: readonly SortDirection[];
  /** Only the first `limit` rows of the sorted output are needed, or null for all. */
  readonly limit: number | null;
}

/** Keeps `length` rows starting at `offset` (all the rest when length is null). */
export interface SliceNode extends NodeBase {
  readonly kind: "slice";
  readonly input: PlanNode;
  readonly offset: number;
  readonly length: number | null;
}

/** The last `n` rows of its input (all of them when fewer). */
export interface TailNode extends NodeBase {
  readonly kind: "tail";
  readonly input: PlanNode;
  readonly n: number;
}

/** Prepends an Int64 column numbering the rows from 0. */
export interface RowIndexNode extends NodeBase {
  readonly kind: "rowIndex";
  readonly input: PlanNode;
  readonly name: string;
}

/** How a join pairs rows: inner, left, right, full (outer), semi, anti or cross (see the join node). */
export type JoinHow = "inner" | "left" | "right" | "full" | "semi" | "anti" | "cross";

/**
 * What makes a join an as-of join (see asof-builder.ts): the key pair, the type both keys are
 * compared in, how the right row is picked, and the largest distance allowed.
 */
export interface AsofSpec {
  readonly leftOn: string;
  readonly rightOn: string;
  readonly keyType: DataType;
  readonly strategy: "backward" | "forward" | "nearest";
  readonly tolerance: number | null;
}

/** Where a join's output column comes from: a column of one side, by name. */
export interface JoinOutput {
  readonly side: "left" | "right";
  readonly name: string;
}

/**
 * Pairs the rows of two inputs whose keys are equal (every pair for a cross join). Null keys
 * never match; NaN matches NaN and -0 matches 0. Rows come out in the order of the preserved
 * side — the left, or the right for a right join — each with its matches in the other side's
 * order; a full join then gives the right rows that matched nothing, in their order.
 */
export interface JoinNode extends NodeBase {
  readonly kind: "join";
  readonly left: PlanNode;
  readonly right: PlanNode;
  /** How it pairs rows; "asof" is made by `joinAsof` alone (see `asof`). */
  readonly how: JoinHow | "asof";
  /** Key columns of the left input (none for a cross join). */
  readonly leftOn: readonly string[];
  /** Key columns of the right input, pairing with `leftOn`. */
  readonly rightOn: readonly string[];
  /** The type both sides' keys are compared in, one per key (dictionaries by value, numbers by their supertype). */
  readonly keyTypes: readonly DataType[];
  /** Where each output column (in schema order) comes from. */
  readonly outputs: readonly JoinOutput[];
  /** For an as-of join: its key and strategy (`leftOn`/`rightOn` then hold the `by` columns). */
  readonly asof?: AsofSpec;
}

/** The rows of several inputs of one schema, one input after another (a vertical concat). */
export interface ConcatNode extends NodeBase {
  readonly kind: "concat";
  readonly inputs: readonly PlanNode[];
}

/** The inputs of a node: none for a scan, two for a join (left first), each of a concat's, one otherwise. */
export function inputsOf(node: PlanNode): readonly PlanNode[] {
  if (node.kind === "scan") return [];
  if (node.kind === "join") return [node.left, node.right];
  if (node.kind === "concat") return node.inputs;
  return [node.input];
}
