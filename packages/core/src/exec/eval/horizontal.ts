/**
 * The row-axis functions: argminHorizontal/argmaxHorizontal give, per row, the Int64 position of
 * the input holding the smallest/largest value, and idxminHorizontal/idxmaxHorizontal the output
 * name of that input (Utf8). The row logic is the kernels' own (argExtremeByRow): nulls skipped,
 * the first NaN winning, ties going to the first input; a row with no value gives null.
 */
import { type Data, type DataType, Field, RecordBatch, Schema, Struct, Table, Type } from "apache-arrow";
import { argExtremeByRow } from "../../kernels/row-arg-extreme.js";
import { indexData } from "../../types/index-columns.js";
import { setBit } from "./bitmaps.js";
import { bytesData, make } from "./build.js";
import { materialize, type Operand, outputRows, resultOf } from "./operand.js";

/** A kernel over any number of operands. */
export type VariadicKernel = (operands: readonly Operand[], rows: number) => Operand;

/**
 * argminHorizontal / argmaxHorizontal.
 * @param max - true for argmax
 */
export function rowArgKernel(max: boolean): VariadicKernel {
  return (operands, rows) => resultOf(operands, indexData(rowWinners(operands, rows, max)));
}

/**
 * idxminHorizontal / idxmaxHorizontal.
 * @param max - true for idxmax
 * @param names - the output name of each input
 * @param type - the output type (Utf8)
 */
export function rowNameKernel(max: boolean, names: readonly string[], type: DataType): VariadicKernel {
  const encoded = names.map((name) => new TextEncoder().encode(name));
  return (operands, rows) => {
    const winners = rowWinners(operands, rows, max);
    const offsets = new Int32Array(winners.length + 1);
    const validity = new Uint8Array((winners.length + 7) >> 3);
    let total = 0;
    winners.forEach((w, r) => {
      if (w !== null) (total += encoded[w].length), setBit(validity, r);
      offsets[r + 1] = total;
    });
    const bytes = new Uint8Array(total);
    winners.forEach((w, r) => w !== null && bytes.set(encoded[w], offsets[r]));
    return resultOf(operands, bytesData(type, winners.length, offsets, bytes, validity));
  };
}

/** The winning input of each row, through a table of the operands (constants spread out). */
function rowWinners(operands: readonly Operand[], rows: number, max: boolean): (number | null)[] {
  const n = outputRows(operands, rows);
  // Null-typed inputs never win, and a Null column carries no bitmap to say so: leave them out.
  const kept = operands.flatMap((o, i) => (o.data.typeId === Type.Null ? [] : [i]));
  if (kept.length === 0) return new Array<null>(n).fill(null);
  const columns: Data[] = kept.map((i) => materialize(operands[i], n));
  // Positional names: the inputs' own names may repeat, and the kernel only needs the order.
  const fields = columns.map((data, i) => new Field(String(i), data.type, true));
  const schema = new Schema(fields);
  const batch = new RecordBatch(schema, make({ type: new Struct(fields), length: n, nullCount: 0, children: columns }) as Data<Struct>);
  return argExtremeByRow(new Table(schema, batch), { max }).map((w) => (w === null ? null : kept[w]));
}
