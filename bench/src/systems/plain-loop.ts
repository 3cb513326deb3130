import { type Answer, type ColumnInput, type MatrixInput, type System, timed } from "../system.js";

/*
 * The loop a user would write by hand. Each array type gets its own function, as it would in user
 * code: one shared function would see several array types and be deoptimised to a slower
 * polymorphic loop, understating the baseline.
 */

function argminFloat64(a: Float64Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminInt32(a: Int32Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminBigInt64(a: BigInt64Array): number {
  let best = a[0];
  let bi = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] < best) {
      best = a[i];
      bi = i;
    }
  }
  return bi;
}

function argminFloat64Nullable(a: Float64Array, validity: Uint8Array): number {
  let best = 0;
  let bi = -1;
  for (let i = 0; i < a.length; i++) {
    if ((validity[i >> 3] >> (i & 7)) & 1) {
      if (bi < 0 || a[i] < best) {
        best = a[i];
        bi = i;
      }
    }
  }
  return bi;
}

/** Per row, the first column holding the row's smallest value: row by row, as a user would write it. */
function argminPerRow(columns: readonly Float64Array[], rows: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = columns[0][r];
    let bc = 0;
    for (let c = 1; c < columns.length; c++) {
      if (columns[c][r] < best) {
        best = columns[c][r];
        bc = c;
      }
    }
    out[r] = bc;
  }
  return out;
}

function loop<I>(variant: string, run: (input: I) => Answer): System<I> {
  return { name: "plain-loop", variant, prepare: (input) => timed<Answer>(() => run(input), (answer) => answer) };
}

export const plainLoop = {
  argminFloat64: loop<ColumnInput>("for over Float64Array", (input) => argminFloat64(input.values as Float64Array)),
  argminInt32: loop<ColumnInput>("for over Int32Array", (input) => argminInt32(input.values as Int32Array)),
  argminBigInt64: loop<ColumnInput>("for over BigInt64Array", (input) => argminBigInt64(input.values as BigInt64Array)),
  argminFloat64Nullable: loop<ColumnInput>("for over Float64Array, testing each validity bit", (input) =>
    argminFloat64Nullable(input.values as Float64Array, input.validity!),
  ),
  argminPerRow: loop<MatrixInput>("for over rows, inner for over the columns' Float64Arrays", (input) =>
    argminPerRow(input.columns, input.rows),
  ),
};
