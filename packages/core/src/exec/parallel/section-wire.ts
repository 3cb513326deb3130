/**
 * A section as a message to worker threads, and the plan a worker rebuilds from it: the same
 * nodes over a scan of the morsels it is given.
 */
import type { DataType, Schema } from "apache-arrow";
import type { Expr } from "../../expr/index.js";
import type { PlanNode, ScanNode } from "../../plan/nodes.js";
import type { FoldNode, RowStep, Section } from "./section.js";
import { decodeExpr, encodeExpr, type ExprWire } from "./wire-expr.js";
import { decodeSchema, decodeTypes, encodeSchema, encodeTypes } from "./wire-schema.js";

/** A plan node above the scan, as a message. */
type NodeWire =
  | { readonly kind: "filter"; readonly predicate: ExprWire }
  | { readonly kind: "select"; readonly exprs: readonly ExprWire[]; readonly aggregate: boolean; readonly schema: Uint8Array }
  | { readonly kind: "withColumns"; readonly exprs: readonly ExprWire[]; readonly schema: Uint8Array }
  | { readonly kind: "aggregate"; readonly keys: readonly ExprWire[]; readonly aggs: readonly ExprWire[]; readonly schema: Uint8Array };

/** A section as a message. */
export interface SectionWire {
  /** The schema of the batches the scan reads (its columns, in order). */
  readonly readSchema: Uint8Array;
  readonly predicate: ExprWire | null;
  readonly steps: readonly NodeWire[];
  readonly fold: NodeWire | null;
  /** The types the expressions refer to (see wire-expr.ts). */
  readonly types: Uint8Array;
}

/** A section rebuilt by a worker: its scan's schema, the plan of its steps, and its fold. */
export interface WorkerSection {
  readonly readSchema: Schema;
  /** The steps' top node (the scan when there are none). */
  readonly rows: PlanNode;
  readonly fold: FoldNode | null;
}

/**
 * A section as a message.
 * @param section - the section
 * @param readSchema - the schema of the batches its scan reads
 */
export function encodeSection(section: Section, readSchema: Schema): SectionWire {
  const types: DataType[] = [];
  const expr = (e: Expr) => encodeExpr(e, types);
  const node = (n: RowStep | FoldNode): NodeWire => {
    const schema = encodeSchema(n.schema);
    switch (n.kind) {
      case "filter":
        return { kind: "filter", predicate: expr(n.predicate) };
      case "select":
        return { kind: "select", exprs: n.exprs.map(expr), aggregate: n.aggregate, schema };
      case "withColumns":
        return { kind: "withColumns", exprs: n.exprs.map(expr), schema };
      case "aggregate":
        return { kind: "aggregate", keys: n.keys.map(expr), aggs: n.aggs.map(expr), schema };
    }
  };
  const predicate = section.scan.predicate === null ? null : expr(section.scan.predicate);
  const steps = section.steps.map(node);
  const fold = section.fold === null ? null : node(section.fold);
  return { readSchema: encodeSchema(readSchema), predicate, steps, fold, types: encodeTypes(types) };
}

/**
 * The plan a worker runs for a section message: its nodes over a scan that is never read (the
 * worker pushes morsels through the operators itself).
 * @param wire - what {@link encodeSection} gave
 */
export function decodeSection(wire: SectionWire): WorkerSection {
  const types = decodeTypes(wire.types);
  const expr = (e: ExprWire) => decodeExpr(e, types);
  const readSchema = decodeSchema(wire.readSchema);
  const source = { schema: readSchema, name: "morsels", batches: () => unread() };
  const scan: ScanNode = { kind: "scan", source, columns: null, predicate: wire.predicate === null ? null : expr(wire.predicate), limit: null, schema: readSchema };
  const node = (n: NodeWire, input: PlanNode): PlanNode => {
    switch (n.kind) {
      case "filter":
        return { kind: "filter", input, predicate: expr(n.predicate), schema: input.schema };
      case "select":
        return { kind: "select", input, exprs: n.exprs.map(expr), aggregate: n.aggregate, schema: decodeSchema(n.schema) };
      case "withColumns":
        return { kind: "withColumns", input, exprs: n.exprs.map(expr), schema: decodeSchema(n.schema) };
      case "aggregate":
        return { kind: "aggregate", input, keys: n.keys.map(expr), aggs: n.aggs.map(expr), schema: decodeSchema(n.schema) };
    }
  };
  const rows = wire.steps.reduce<PlanNode>((input, step) => node(step, input), scan);
  return { readSchema, rows, fold: wire.fold === null ? null : (node(wire.fold, rows) as FoldNode) };
}

function unread(): never {
  throw new Error("a worker's section scan is fed morsels, never read");
}
