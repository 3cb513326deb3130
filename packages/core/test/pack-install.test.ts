/**
 * @quiver/core as a user gets it: packed with `pnpm pack`, installed with plain npm into a project
 * outside the workspace (apache-arrow comes in as the peer dependency), then used from an ES
 * module, a CommonJS script and TypeScript in strict mode. The tarball holds the build and its
 * sources, and no tests, benchmarks or fuzzers; publint and Are the Types Wrong? find nothing in it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const core = join(import.meta.dirname, "..");
const project = mkdtempSync(join(tmpdir(), "quiver-installed-"));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let files: string[] = [];
let tarballPath = "";

const run = (command: string, args: readonly string[]): string => execFileSync(command, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: core, stdio: "ignore" });
  const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"))!;
  tarballPath = join(project, tarball);
  files = run("tar", ["-tzf", tarball]).trim().split("\n");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-quiver", private: true }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`]);
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The part of `attw --format json` the test reads. */
interface AttwReport {
  analysis: {
    problems: { kind: string; entrypoint: string; resolutionKind: string }[];
    entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } } | undefined> }>;
  };
}

/** A script's output, run by Node from the project. */
function script(name: string, text: string): string {
  writeFileSync(join(project, name), text);
  return run(process.execPath, [name]).trim();
}

describe("the packed @quiver/core", () => {
  it("holds the build and the sources, and no tests, benchmarks or fuzzers", () => {
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/browser/index.js");
    expect(files).toContain("package/src/index.ts");
    expect(files.filter((f) => /(^|\/)(test|tests|bench|fuzz|__tests__)\/|\.test\.|\.spec\./.test(f))).toEqual([]);
  });

  it("passes publint (strict) and Are the Types Wrong? (Node 16 resolution, ESM and CJS) with nothing to report", () => {
    const bin = (name: string) => join(core, "..", "..", "node_modules", ".bin", name);
    expect(run(bin("publint"), ["--strict", tarballPath])).toContain("All good!");
    // attw exits with an error when it finds a problem the profile counts. Its JSON report is
    // read rather than its table, whose layout depends on the terminal's width. node10 (no
    // "exports") is outside the profile.
    const report = JSON.parse(run(bin("attw"), [tarballPath, "--profile", "node16", "--format", "json"])) as AttwReport;
    const counted = report.analysis.problems.filter((problem) => problem.resolutionKind !== "node10");
    expect(counted).toEqual([]);
    for (const entry of [".", "./testing"]) {
      const resolutions = report.analysis.entrypoints[entry]!.resolutions;
      expect(resolutions["node16-esm"]?.resolution?.fileName).toMatch(/\.d\.ts$/);
      expect(resolutions["node16-cjs"]?.resolution?.fileName).toMatch(/\.d\.cts$/);
    }
  });

  it("takes apache-arrow as a peer, so the user's Arrow tables and Quiver's are one library", () => {
    expect(readdirSync(join(project, "node_modules"))).toContain("apache-arrow");
    const out = script(
      "one-arrow.mjs",
      `import { tableFromArrays, Table } from "apache-arrow";
       import { fromArrow } from "@quiver/core";
       const df = fromArrow(tableFromArrays({ x: Float64Array.from([3, 1, 2]) }));
       console.log(df.col("x").argmin(), df.toArrow() instanceof Table);`,
    );
    expect(out).toBe("1 true");
  });

  it("runs from an ES module", () => {
    const out = script(
      "esm.mjs",
      `import { argmin, col, fromColumns } from "@quiver/core";
       const df = fromColumns({ zone: ["a", "b", "a", "b"], fare: [7, 3, 2, 3] });
       const lazy = await df.lazy().groupBy("zone").agg(col("fare").argmin().alias("row")).sort("zone").collect();
       console.log(JSON.stringify([argmin([[6, 3, 8], [5, 2, 9]], { axis: 0 }), lazy.toRecords()]));`,
    );
    expect(JSON.parse(out)).toEqual([[1, 1, 0], [{ zone: "a", row: 1 }, { zone: "b", row: 0 }]]);
  });

  it("runs from CommonJS", () => {
    const out = script(
      "cjs.cjs",
      `const { argmax, fromColumns } = require("@quiver/core");
       console.log(argmax([4, 9, 9]), fromColumns({ x: [5, 1] }).col("x").argmin());`,
    );
    expect(out).toBe("1 1");
  });

  it("type-checks in strict mode, as an ES module and as CommonJS, without Node's types", () => {
    const use = `import { col, fromColumns, scanParquet, type LazyFrame } from "@quiver/core";
      const lazy: LazyFrame = fromColumns({ x: [1, 2] }).lazy().select(col("x").argmin());
      export const fromBlob = (blob: Blob): LazyFrame => scanParquet(blob).filter(col("x").gt(0));
      export const rows: Promise<number> = lazy.collect().then((df) => df.height);\n`;
    writeFileSync(join(project, "use.mts"), use);
    writeFileSync(join(project, "use.cts"), use);
    // A wrong line beside them shows the types are Quiver's, not any: it must be the one error.
    writeFileSync(join(project, "wrong.mts"), `import { col } from "@quiver/core";\nexport const bad: string = col("x");\n`);
    const options = { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom"], types: [] };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files: ["use.mts", "use.cts", "wrong.mts"] }));
    const errors = (() => {
      try {
        return run(process.execPath, [tsc, "-p", "tsconfig.json"]);
      } catch (error) {
        return String((error as { stdout: unknown }).stdout);
      }
    })();
    expect(errors.trim().split("\n").filter((line) => /error TS/.test(line))).toEqual([expect.stringMatching(/^wrong\.mts\(2,14\): error TS2322: Type 'Expr' is not assignable to type 'string'/)]);
  });
});
