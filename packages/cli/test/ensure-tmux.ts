import { execFileSync } from "node:child_process";

/**
 * Makes sure `tmux` is on the machine, which the progress-bar test drives as a real terminal: on a
 * fresh Debian machine (CI runs as root) it is installed with apt-get, so the test never skips.
 * @throws Error saying how to install it when it is missing and cannot be installed here
 */
export function ensureTmux(): void {
  if (has("tmux")) return;
  if (process.getuid?.() !== 0 || !has("apt-get")) throw new Error("the progress test needs tmux: install it (apt-get install tmux)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "tmux"], { stdio: "ignore", env });
}

function has(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
