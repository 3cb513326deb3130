import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as quiver from "../src/index.js";

/** The guide's code blocks, each with the output block that follows it. */
function examples(): { code: string; output: string }[] {
  const text = readFileSync(join(__dirname, "..", "..", "..", "docs", "guide.md"), "utf8");
  const blocks = [...text.matchAll(/```(ts|text)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
  const pairs: { code: string; output: string }[] = [];
  blocks.forEach((b, i) => {
    if (b.lang === "ts" && blocks[i + 1]?.lang === "text") pairs.push({ code: b.body, output: blocks[i + 1].body });
  });
  return pairs;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/** Runs an example with its imports bound to the engine and Node's modules; returns what it printed. */
async function run(code: string): Promise<string> {
  const modules: Record<string, unknown> = {
    "@quiver/core": quiver,
    "apache-arrow": await import("apache-arrow"),
    "node:fs": await import("node:fs"),
    "node:os": await import("node:os"),
    "node:path": await import("node:path"),
  };
  const body = code.replace(/^import \{([^}]*)\} from "([^"]+)";$/gm, (_, names: string, from: string) => `const {${names}} = modules[${JSON.stringify(from)}];`);
  const printed: string[] = [];
  // Examples print strings and primitives only, which console.log shows as String() does.
  const log = (...values: unknown[]) => printed.push(values.map((v) => String(v)).join(" "));
  await new AsyncFunction("modules", "console", body)(modules, { log });
  return `${printed.join("\n")}\n`;
}

describe("the guide's examples run as written", () => {
  const cases = examples();
  it("has examples", () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  cases.forEach(({ code, output }, i) => {
    it(`example ${i + 1} prints what the guide shows`, async () => {
      expect(await run(code)).toBe(output);
    });
  });
});
