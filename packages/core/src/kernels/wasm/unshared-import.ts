/**
 * The kernels' module imports a shared memory. Where SharedArrayBuffer is unavailable (a browser
 * page that is not cross-origin isolated) it is instantiated over an ordinary memory instead,
 * which needs its memory import declared unshared: one flag byte of the binary.
 */

const IMPORT_SECTION = 2;
const MEMORY_IMPORT = 2;
/** Limits flags: bit 0 = has a maximum, bit 1 = shared. */
const SHARED_FLAG = 0x02;

/**
 * A copy of a module binary whose memory imports are unshared.
 * @param binary - a valid WebAssembly module
 * @returns the same module, importing an ordinary memory
 * @throws Error when the binary has no memory import to unshare
 */
export function unshareMemoryImport(binary: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(binary);
  let at = 8; // magic and version
  while (at < bytes.length) {
    const id = bytes[at++];
    const [size, sizeEnd] = leb(bytes, at);
    if (id === IMPORT_SECTION) {
      unshareIn(bytes, sizeEnd);
      return bytes;
    }
    at = sizeEnd + size;
  }
  throw new Error("WebAssembly module has no import section");
}

/** Clears the shared flag of every memory import in the import section whose entries start at `at`. */
function unshareIn(bytes: Uint8Array, start: number): void {
  let [count, at] = leb(bytes, start);
  let found = false;
  for (; count > 0; count--) {
    for (let name = 0; name < 2; name++) {
      const [length, end] = leb(bytes, at);
      at = end + length;
    }
    const kind = bytes[at++];
    if (kind === MEMORY_IMPORT) {
      found = true;
      bytes[at] &= ~SHARED_FLAG;
      const flags = bytes[at++];
      at = leb(bytes, at)[1];
      if (flags & 1) at = leb(bytes, at)[1];
    } else if (kind === 0) {
      at = leb(bytes, at)[1];
    } else {
      throw new Error(`WebAssembly module imports a kind ${kind} this reader does not skip`);
    }
  }
  if (!found) throw new Error("WebAssembly module imports no memory");
}

/** An unsigned LEB128 number at `at`, and where it ends. */
function leb(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
