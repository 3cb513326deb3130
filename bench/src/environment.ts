import { readFileSync } from "node:fs";
import os from "node:os";
import { numpyProbe } from "./systems/numpy.js";

/** What the numbers were measured on, for the docs. */
export interface Environment {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  /** "name version" of each peer, as installed. */
  readonly peers: readonly string[];
}

/** Development dependencies that are a tool or data, not an engine under comparison. */
const NOT_PEERS = new Set(["esbuild", "vega-datasets"]);

/** The peers' versions: the bench pins them exactly, so its package.json is what the lockfile installed. */
function peerVersions(): string[] {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    devDependencies?: Record<string, string>;
  };
  const pinned = Object.entries(manifest.devDependencies ?? {})
    .filter(([name]) => !/-(linux|darwin|win32)-/.test(name) && !NOT_PEERS.has(name))
    .map(([name, version]) => `${name} ${version}`);
  const numpy = numpyProbe();
  return [...pinned, "version" in numpy ? numpy.version : `NumPy: ${numpy.reason}`];
}

export function describeEnvironment(): Environment {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 10),
    peers: peerVersions(),
  };
}
