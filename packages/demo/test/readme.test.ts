/**
 * The README's examples, run as written from the repository's root, as a fresh clone has it: each
 * TypeScript block is saved beside the demo and run with tsx (the browser one is also called
 * with flights-3m.parquet as a Blob), and the command-line block is run by bash. Only the set-up
 * commands, which installed what this test runs on, are left out.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, openAsBlob, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { col, scanParquet } from "@quiver/core";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const scratch = join(import.meta.dirname, "..", "test-output");
const data = "packages/demo/node_modules/vega-datasets/data";
const blocks = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/```(ts|sh)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
const typescript = blocks.filter((b) => b.lang === "ts").map((b) => b.code);
const shell = blocks.filter((b) => b.lang === "sh" && !b.code.includes("pnpm install")).map((b) => b.code);

mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(join(root, "flights.arrow"), { force: true }));

/** Runs a TypeScript example from the root with tsx, as the README says to; returns its output. */
function runTs(name: string, code: string): string {
  const file = join(scratch, name);
  writeFileSync(file, code);
  return execFileSync("pnpm", ["-s", "tsx", "--conditions=quiver-source", file], { cwd: root, encoding: "utf8" });
}

describe("the README's examples run as written", () => {
  it("has the examples this test knows of", () => {
    expect([typescript.length, shell.length]).toEqual([2, 1]);
  });

  it("the opening example", () => {
    const out = runTs("readme-opening.ts", typescript[0]).split("\n");
    expect(out.slice(0, 2)).toEqual(["4", "[ 1, 1, 0 ]"]);
    expect(out).toContain("shape: (3, 3)");
  });

  it("the browser example, given flights-3m.parquet as a Blob, finds the engine's argmax", async () => {
    const file = join(scratch, "readme-browser.ts");
    writeFileSync(file, typescript[1]);
    const { mostDelayed } = (await import(pathToFileURL(file).href)) as { mostDelayed: (file: Blob) => Promise<number> };
    const parquet = join(root, data, "flights-3m.parquet");
    const engine = (await scanParquet(parquet).select(col("delay").argmax()).collect()).row(0).delay;
    expect(await mostDelayed(await openAsBlob(parquet))).toBe(engine);
  });

  it("the command-line examples", () => {
    const out = execFileSync("bash", ["-e", "-c", shell[0]], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/delay/);
    expect(existsSync(join(root, "flights.arrow"))).toBe(true);
  }, 600_000); // the commands over the 3-million-row file, each a fresh process: minutes on a loaded machine
});
