import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { quiver, vegaData } from "./run-quiver.js";

const ARROW = vegaData("flights-200k.arrow");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "quiver-cli-errors-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("exit codes and one-line errors", () => {
  test("a --where that does not parse is bad usage (2), with a caret under the character", async () => {
    const run = await quiver(["argmin", ARROW, "delay", "--where", "delay > and distance < 3"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("quiver: --where: expected a value, found and at character 9\n  delay > and distance < 3\n          ^\n");
  });

  test("an unknown column is bad usage (2) and suggests the closest name", async () => {
    const run = await quiver(["argmin", ARROW, "dealy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^quiver: column "dealy" not found\. Did you mean "delay"\?.*\n$/);
  });

  test("a comparison of mismatched types is bad usage (2)", async () => {
    const run = await quiver(["query", ARROW, "--where", 'delay == "late"']);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(2);
  });

  test("an unknown command or option is bad usage (2)", async () => {
    expect((await quiver(["argmn", ARROW, "delay"])).code).toBe(2);
    const run = await quiver(["head", ARROW, "-n", "many"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^quiver: option '-n, --rows <n>' argument 'many' is invalid/);
  });

  test("a missing file is bad input (1), in one line without a stack", async () => {
    const run = await quiver(["schema", join(dir, "nothing.arrow")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quiver: .*nothing\.arrow.*no such file.*\n$/);
  });

  test("a malformed file is bad input (1) naming the file; --debug adds the stack", async () => {
    const bad = join(dir, "bad.arrow");
    await writeFile(bad, "ARROW1 but then nothing an Arrow file holds");
    const run = await quiver(["head", bad]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("bad.arrow");
    const debug = await quiver(["head", bad, "--debug"]);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  test("a file whose extension names no format asks for --format", async () => {
    const run = await quiver(["schema", join(dir, "flights.txt")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`quiver: cannot tell the format of ${join(dir, "flights.txt")} from its extension; name it with --format (ipc, parquet, csv, ndjson)\n`);
  });

  test("--help and --version exit 0", async () => {
    const help = await quiver(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("argmin");
    expect((await quiver(["--version"])).stdout).toBe("0.1.0\n");
  });
});
