import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";

const API = new URL("../../../docs/api/", import.meta.url);

/** The pages the reference's index links to, by name. */
function indexedNames(): Set<string> {
  const index = readFileSync(new URL("README.md", API), "utf8");
  return new Set([...index.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)$/gm)].filter(([, , page]) => existsSync(new URL(page, API))).map(([, name]) => name));
}

describe("the API reference in docs/api (made by `pnpm docs`)", () => {
  it("has a page for every value the package exports", () => {
    const exported = Object.keys(core).sort();
    expect(exported.length).toBeGreaterThan(40);
    const missing = exported.filter((name) => !indexedNames().has(name));
    expect(missing, "run `pnpm docs` to regenerate docs/api").toEqual([]);
  });

  it("documents the entry points with their examples", () => {
    const frame = readFileSync(new URL("classes/DataFrame.md", API), "utf8");
    expect(frame).toContain("argmin");
    expect(frame).toMatch(/#+ Example/);
  });
});
