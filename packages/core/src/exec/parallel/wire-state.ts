/**
 * Saved aggregate states (see Reduction.save) as messages from worker threads: plain data goes as
 * it is, and each Arrow Data in it as a Data message (wire-data.ts, its heap buffers copied out)
 * with its type kept aside in a list (sent as one IPC schema, see wire-schema.ts).
 */
import { Data, type DataType } from "apache-arrow";
import { decodeData, type DataWire, encodeData } from "./wire-data.js";

/** Where a Data stood in a saved state. */
interface DataSlot {
  readonly "\u0000data": DataWire;
  readonly type: number;
}

const DATA = "\u0000data";

/**
 * A saved state as a message.
 * @param state - what `save` gave
 * @param types - collects the types of the Data in it
 * @param transfer - collects the buffers to transfer
 */
export function encodeState(state: unknown, types: DataType[], transfer: ArrayBuffer[]): unknown {
  if (state instanceof Data) return { [DATA]: encodeData(state, transfer, "copy"), type: types.push(state.type) - 1 } satisfies DataSlot;
  if (Array.isArray(state)) return state.map((s) => encodeState(s, types, transfer));
  if (isPlainObject(state)) return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, encodeState(v, types, transfer)]));
  return state;
}

/**
 * The saved state a message describes.
 * @param wire - what {@link encodeState} gave
 * @param types - the type list it refers to
 */
export function decodeState(wire: unknown, types: readonly DataType[]): unknown {
  if (Array.isArray(wire)) return wire.map((w) => decodeState(w, types));
  if (!isPlainObject(wire)) return wire;
  if (DATA in wire) return decodeData(types[(wire as unknown as DataSlot).type], (wire as unknown as DataSlot)[DATA]);
  return Object.fromEntries(Object.entries(wire).map(([k, v]) => [k, decodeState(v, types)]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
