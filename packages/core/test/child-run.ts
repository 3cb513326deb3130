import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs a TypeScript fixture in a fresh Node process (so its peak resident set is its own) and
 * returns the JSON object its last output line holds.
 * @param fixture - the fixture's URL
 * @param env - extra environment variables
 */
export function runChild<T>(fixture: URL, env: Record<string, string>): T {
  const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=quiver-source", fileURLToPath(fixture)], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}
