/**
 * Delta debugging on bytes: removes ever smaller chunks of a failing input while it keeps failing
 * the same way, to leave a reproducer small enough to read.
 */

/**
 * Shrinks `bytes` while `fails` holds (ddmin, on byte ranges).
 * @param bytes - a failing input
 * @param fails - whether a candidate still fails the same way
 * @param budget - how many candidates to try at most
 * @returns the smallest failing input found
 */
export async function minimise(bytes: Uint8Array, fails: (candidate: Uint8Array) => Promise<boolean>, budget = 400): Promise<Uint8Array> {
  let current = bytes;
  let parts = 2;
  let tries = 0;
  while (current.length >= 2 && tries < budget) {
    const size = Math.ceil(current.length / parts);
    let reduced = false;
    for (let start = 0; start < current.length && tries < budget; start += size) {
      const candidate = new Uint8Array(current.length - Math.min(size, current.length - start));
      candidate.set(current.subarray(0, start));
      candidate.set(current.subarray(start + size), start);
      tries++;
      if (await fails(candidate)) {
        current = candidate;
        parts = Math.max(parts - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (size === 1) break;
      parts = Math.min(parts * 2, current.length);
    }
  }
  return current;
}
