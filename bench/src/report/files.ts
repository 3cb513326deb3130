import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Result } from "../system.js";

/** Writes a text file, creating its folder first. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function writeResultsJson(path: string, results: readonly Result[]): void {
  writeText(path, `${JSON.stringify(results, null, 2)}\n`);
}
