/// <reference path="../lz4js.d.ts" />
import { compressBlock, compressBound } from "lz4js";

/** lz4js' hash table of 2^16 entries, cleared before each block. */
const hashTable = new Uint32Array(1 << 16);

/**
 * Compresses bytes into one raw LZ4 block (no frame): Parquet's LZ4_RAW codec. Input lz4js
 * cannot shorten is written as one run of literals, which every LZ4 decoder reads; no bytes
 * compress to no bytes (as a page with no values is stored).
 * @param input - the bytes
 * @returns the block
 * @example decompressBlock(encodeLz4Raw(bytes)) // equals bytes
 */
export function encodeLz4Raw(input: Uint8Array): Uint8Array {
  if (input.length === 0) return input;
  const out = new Uint8Array(compressBound(input.length) + 16);
  hashTable.fill(0);
  const length = compressBlock(input, out, 0, input.length, hashTable);
  return length > 0 ? out.subarray(0, length) : literalBlock(input);
}

/** A block of literals only: the token's high nibble and its extension bytes give their count. */
function literalBlock(input: Uint8Array): Uint8Array {
  const n = input.length;
  const extension = n >= 15 ? Math.floor((n - 15) / 255) + 1 : 0;
  const out = new Uint8Array(1 + extension + n);
  out[0] = Math.min(n, 15) << 4;
  let at = 1;
  if (n >= 15) {
    let rest = n - 15;
    for (; rest >= 255; rest -= 255) out[at++] = 255;
    out[at++] = rest;
  }
  out.set(input, at);
  return out;
}
