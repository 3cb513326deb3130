/**
 * Plain cells of an apache-arrow vector, read from its buffers (values, offsets, validity bitmap)
 * the way the reference decoding produces them: strings as their bytes, 64-bit values as bigint,
 * dates in their stored unit.
 */
import { type Data, type DataType, Type, type Vector } from "apache-arrow";
import type { Cell } from "../../reference/src/cell.js";
import { halfToNumber } from "../src/testing/floats.js";

/**
 * The cells of a column.
 * @param vector - the column as Quiver returned it
 * @returns one cell per row, null where the row is null
 * @throws Error for a type the fuzzer never asks for
 */
export function cellsOf(vector: Vector): Cell[] {
  return (vector.data as Data[]).flatMap((data) => cellsOfData(data));
}

const dictionaryCells = new WeakMap<Vector, Cell[]>();

function cellsOfData(data: Data): Cell[] {
  const cells: Cell[] = [];
  for (let i = 0; i < data.length; i++) cells.push(isValid(data, i) ? valueAt(data, data.type, i) : null);
  return cells;
}

function isValid(data: Data, i: number): boolean {
  const bitmap = data.nullBitmap;
  if (data.nullCount === 0 || bitmap === undefined || bitmap.length === 0) return true;
  const bit = data.offset + i;
  return ((bitmap[bit >> 3] >> (bit & 7)) & 1) === 1;
}

function valueAt(data: Data, type: DataType, i: number): Cell {
  const at = data.offset + i;
  switch (type.typeId) {
    case Type.Dictionary: {
      const dictionary = data.dictionary!;
      const index = Number((data.values as ArrayLike<number | bigint>)[at]);
      let cells = dictionaryCells.get(dictionary);
      if (cells === undefined) dictionaryCells.set(dictionary, (cells = cellsOf(dictionary)));
      return cells[index];
    }
    case Type.Bool: {
      const values = data.values as Uint8Array;
      return ((values[at >> 3] >> (at & 7)) & 1) === 1;
    }
    case Type.Utf8:
    case Type.Binary:
    case Type.LargeUtf8:
    case Type.LargeBinary: {
      const offsets = data.valueOffsets as ArrayLike<number | bigint>;
      return (data.values as Uint8Array).slice(Number(offsets[at]), Number(offsets[at + 1]));
    }
    case Type.FixedSizeBinary: {
      const width = (type as unknown as { byteWidth: number }).byteWidth;
      return (data.values as Uint8Array).slice(at * width, (at + 1) * width);
    }
    case Type.Float:
      if ((data.values as unknown) instanceof Uint16Array) return halfToNumber((data.values as Uint16Array)[at]);
      return (data.values as Float32Array | Float64Array)[at];
    case Type.Int:
    case Type.Date:
    case Type.Timestamp:
    case Type.Time:
    case Type.Duration:
      return (data.values as unknown as ArrayLike<number | bigint>)[at];
    default:
      throw new Error(`the fuzzer does not read ${type} columns`);
  }
}

/**
 * Whether two cells are the same value: NaN equals NaN, -0 differs from 0, bytes compare by content.
 * @param a - a cell
 * @param b - a cell
 * @returns whether they are equal
 */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return Object.is(a, b);
}
