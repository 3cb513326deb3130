/**
 * A fixed-width output column filled row by row, for kernels that compute one row at a time.
 */
import type { Data, DataType } from "apache-arrow";
import { setBit } from "./bitmaps.js";
import { type AnyArray, fixedWidthOf, valuesData } from "./build.js";

/**
 * A column of a fixed-width output type being filled row by row; rows never set stay null.
 */
export class ValueColumn {
  readonly values: AnyArray;
  private readonly validity: Uint8Array;
  private nulls: number;

  /**
   * @param type - a fixed-width type
   * @param length - its rows
   */
  constructor(private readonly type: DataType, private readonly length: number) {
    this.values = new (fixedWidthOf(type)!.ArrayType)(length);
    this.validity = new Uint8Array(Math.ceil(length / 8));
    this.nulls = length;
  }

  /** Sets row i. */
  set(i: number, value: number | bigint): void {
    this.values[i] = value;
    setBit(this.validity, i);
    this.nulls--;
  }

  /** The filled column. */
  finish(): Data {
    return valuesData(this.type, this.length, this.values, this.nulls === 0 ? null : this.validity);
  }
}
