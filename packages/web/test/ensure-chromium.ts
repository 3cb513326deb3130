import { execFileSync } from "node:child_process";

/**
 * The path of Debian's Chromium, which the page test drives headless; on a fresh Debian machine
 * (CI runs as root) it is installed with apt-get first, so the test never skips.
 * @returns the browser's executable
 * @throws Error saying how to install it when it is missing and cannot be installed here
 */
export function ensureChromium(): string {
  const found = which("chromium");
  if (found !== undefined) return found;
  if (process.getuid?.() !== 0 || which("apt-get") === undefined) throw new Error("the page test needs Chromium: install it (apt-get install chromium)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "ignore", env });
  const installed = which("chromium");
  if (installed === undefined) throw new Error("apt-get installed chromium, but there is no chromium command");
  return installed;
}

function which(command: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}
