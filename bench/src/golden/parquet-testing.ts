/**
 * Writes the golden answers of the Parquet conformance test: every file of
 * packages/core/test/data/parquet-testing read by DuckDB, each column reduced to canonical text
 * cells and a SHA-256 of them. The test reads the files with Quiver, reduces them the same way,
 * and compares. Run from bench/: `tsx src/golden/parquet-testing.ts`.
 */
import { createHash } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

const DIR = new URL("../../../packages/core/test/data/parquet-testing/", import.meta.url).pathname;

/** One column of one file: DuckDB's type, and its cells as canonical text (null for missing). */
interface GoldenColumn {
  readonly type: string;
  readonly sha256: string;
  readonly head: (string | null)[];
}

type Golden = { rows: number; columns: Record<string, GoldenColumn> } | { error: string };

/**
 * The SQL giving a column's canonical text, by DuckDB type; a nested column (list, struct, map)
 * is selected as it is and turned into canonical JSON by {@link nestedText}.
 */
function canonicalSql(name: string, type: string): string | undefined {
  const c = `"${name.replaceAll('"', '""')}"`;
  if (/^(UNION|VARIANT)/.test(type)) return undefined;
  if (isNested(type)) return c;
  if (type.startsWith("TIMESTAMP")) return `epoch_ns(${c})::VARCHAR`;
  if (type === "DATE") return `(${c} - DATE '1970-01-01')::VARCHAR`;
  if (type === "BLOB") return `hex(${c})`;
  if (type === "FLOAT" || type === "DOUBLE") return `${c}::DOUBLE`;
  if (type === "BOOLEAN") return `CASE WHEN ${c} THEN 'true' WHEN NOT ${c} THEN 'false' END`;
  return `${c}::VARCHAR`;
}

function isNested(type: string): boolean {
  return /^(STRUCT|MAP)|\]$/.test(type);
}

/**
 * A nested cell as canonical JSON: lists as arrays, structs as objects in field order, maps as
 * arrays of {key, value}; leaves as the canonical text of their flat columns (timestamps as epoch
 * nanoseconds, from DuckDB's millisecond Date).
 */
function nestedText(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (Array.isArray(v)) return v.map(canonical);
    if (v instanceof Date) return String(BigInt(v.getTime()) * 1_000_000n);
    if (v instanceof Uint8Array) return Buffer.from(v).toString("hex").toUpperCase();
    if (typeof v === "number") return numberText(v);
    if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canonical(x)]));
    return String(v);
  };
  return JSON.stringify(canonical(value));
}

/** A JavaScript number as canonical text: NaN, Infinity, -0 spelled out. */
function numberText(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

async function main(): Promise<void> {
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  const golden: Record<string, Golden> = {};
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".parquet")).sort()) {
    const path = join(DIR, file).replaceAll("'", "''");
    try {
      const described = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
      const columns = described.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      const compared = columns.map((c) => ({ ...c, sql: canonicalSql(c.name, c.type) }));
      const selected = compared.filter((c) => c.sql !== undefined);
      const result = await con.runAndReadAll(`SELECT ${selected.map((c) => c.sql).join(", ") || "1"} FROM read_parquet('${path}')`);
      const rows = result.getRowsJS();
      const out: Record<string, GoldenColumn> = {};
      compared.forEach((c) => {
        const index = selected.indexOf(c);
        if (index < 0) {
          out[c.name] = { type: c.type, sha256: "", head: [] };
          return;
        }
        const text = (v: unknown) => (isNested(c.type) ? nestedText(v) : typeof v === "number" ? numberText(v) : String(v));
        const cells = rows.map((r) => (r[index] === null ? null : text(r[index])));
        out[c.name] = { type: c.type, sha256: createHash("sha256").update(JSON.stringify(cells)).digest("hex"), head: cells.slice(0, 3) };
      });
      golden[file] = { rows: rows.length, columns: out };
    } catch (error) {
      golden[file] = { error: (error as Error).message.split("\n")[0] };
    }
  }
  writeFileSync(join(DIR, "golden-duckdb.json"), `${JSON.stringify(golden, null, 1)}\n`);
  console.log(`wrote ${Object.keys(golden).length} files' answers`);
}

await main();
