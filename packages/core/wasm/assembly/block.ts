/**
 * Layout constants of the scans. The module owns no memory of its own: it imports the engine's
 * (shared) memory and every scan reads the addresses it is given, so any number of instances —
 * one per worker — can run over the same memory at once.
 */

/** Bytes that one unrolled step of a scan covers: four vectors. */
export const STEP: usize = 64;
