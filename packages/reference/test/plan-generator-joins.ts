/**
 * Random joins for the plan interpreter and the engine: two random tables (or one table joined
 * with a query over itself, so keys repeat and match), each with a few steps of its own, joined by
 * a random kind on one or two key pairs of comparable types, then a few more steps over the result.
 * Key columns of generated tables draw from small pools with nulls, NaN and -0, so duplicate,
 * null and NaN keys are common.
 */
import { Rng } from "@quiver/core/testing";
import { arbTable, type GeneratedTable, type TypeKind } from "@quiver/core/testing";
import fc from "fast-check";
import { planStep, REF_JOIN_HOWS, type RefFrame, type RefJoin, type RefSchema, type RefType } from "../src/index.js";
import { arbStepGenes, type BuiltStep, buildSteps, STEP_KINDS, type StepGene } from "./plan-generator.js";

const KINDS: TypeKind[] = ["int32", "int64", "float64", "utf8", "bool"];
const TYPES: Partial<Record<TypeKind, RefType>> = { int32: "int32", int64: "int64", float64: "float64", utf8: "utf8", bool: "bool" };

/** The raw material of one join query. */
export interface JoinCase {
  readonly left: GeneratedTable;
  /** The right table, or null to join the left table with a query over itself. */
  readonly right: GeneratedTable | null;
  readonly leftGenes: StepGene[];
  readonly rightGenes: StepGene[];
  readonly joinSeed: number;
  readonly afterGenes: StepGene[];
}

/** Short step lists: a join multiplies rows, so the query around it stays small. */
const arbGenes = (kinds: readonly StepGene["kind"][]) => arbStepGenes(kinds).map((genes) => genes.slice(0, 2));

/**
 * Join cases over tables of up to 24 rows.
 * @param kinds - the step kinds around the join (all by default)
 * @returns the arbitrary
 */
export function arbJoinCase(kinds: readonly StepGene["kind"][] = STEP_KINDS): fc.Arbitrary<JoinCase> {
  const table = arbTable({ kinds: KINDS, minColumns: 1, maxColumns: 3, maxLength: 24 });
  return fc.record({
    left: table,
    right: fc.option(table, { freq: 2 }),
    leftGenes: arbGenes(kinds),
    rightGenes: arbGenes(kinds),
    joinSeed: fc.integer(),
    afterGenes: arbGenes(kinds),
  });
}

/**
 * A generated table as the interpreter's source frame.
 * @param table - the generated table
 * @returns its names, types and rows
 */
export function sourceOf(table: GeneratedTable): RefFrame {
  return { names: table.names, types: table.kinds.map((k) => TYPES[k]!), rows: table.columns[0]?.map((_, r) => table.columns.map((column) => column[r])) ?? [] };
}

/**
 * The steps of a join case: the left's own steps, the join, then the steps after it.
 * @param jc - the case
 * @returns the left source, the steps (the join among them, unless the rules rejected every
 *   candidate) and the final schema
 */
export function buildJoinQuery(jc: JoinCase): { source: RefFrame; steps: BuiltStep[]; schema: RefSchema } {
  const source = sourceOf(jc.left);
  const rightTable = jc.right ?? jc.left;
  const rightSource = sourceOf(rightTable);
  const before = buildSteps(source, jc.leftGenes);
  const rightSteps = buildSteps(rightSource, jc.rightGenes);
  const c = new Rng(jc.joinSeed);
  let schema = before.schema;
  const steps = [...before.steps];
  for (let attempt = 0; attempt < 8; attempt++) {
    const join = joinCandidate(schema, rightSteps.schema, c);
    const built: BuiltStep = {
      step: { join: { ...join.join, right: { source: rightSource, steps: rightSteps.steps.map((s) => s.step) } } },
      spelling: join.spelling,
      right: { table: rightTable.table, steps: rightSteps.steps },
    };
    try {
      schema = planStep(schema, built.step).schema;
      steps.push(built);
      break;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  const after = buildSteps(schema, jc.afterGenes);
  return { source, steps: [...steps, ...after.steps], schema: after.schema };
}

/** Key types that join: equal types, or the two integer types (compared exactly as Int64). */
function joinable(a: RefType, b: RefType): boolean {
  return a !== "null" && (a === b || ((a === "int32" || a === "int64") && (b === "int32" || b === "int64")));
}

function joinCandidate(left: RefSchema, right: RefSchema, c: Rng): { join: Omit<RefJoin, "right">; spelling: BuiltStep["spelling"] } {
  const suffix = c.pick(["_right", "_right", "_r", ""]);
  const pairs: [string, string][] = [];
  left.names.forEach((l, i) => right.names.forEach((r, j) => joinable(left.types[i], right.types[j]) && pairs.push([l, r])));
  const how = pairs.length === 0 ? "cross" : c.pick(REF_JOIN_HOWS);
  if (how === "cross") return { join: { how, leftOn: [], rightOn: [], suffix }, spelling: "cross" };
  const keys = pairs.length > 1 && c.chance(0.3) ? 2 : 1;
  const chosen: [string, string][] = [];
  while (chosen.length < keys) {
    const pair = c.pick(pairs);
    if (!chosen.some(([l, r]) => l === pair[0] || r === pair[1])) chosen.push(pair);
    else if (chosen.length > 0) break;
  }
  const leftOn = chosen.map(([l]) => l);
  const rightOn = chosen.map(([, r]) => r);
  const sameNames = leftOn.every((l, k) => l === rightOn[k]);
  return { join: { how, leftOn, rightOn, suffix }, spelling: sameNames && c.chance(0.6) ? "on" : "plain" };
}
