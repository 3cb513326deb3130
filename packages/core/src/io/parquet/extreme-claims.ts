import { type Data, type DataType, type Dictionary, type RecordBatch, Type, Vector } from "apache-arrow";
import { ParquetScanError } from "./errors.js";
import { compareStat, showStat, type StatValue } from "./stats.js";

/**
 * What a statistics-driven reduction takes from the footer on trust: that a row group's values
 * reach a bound. The group is read anyway, so the claim is checked against its values.
 */
export interface ExtremeClaim {
  readonly column: string;
  readonly extreme: "min" | "max";
  /** The bound the footer gives, which the group's smallest (largest) value must equal. */
  readonly value: StatValue;
  readonly group: number;
}

/**
 * Whether the values of a column of this type can be checked against its statistics: integers,
 * floats, booleans, strings and binaries (dictionary-encoded too), whose statistics are the
 * values themselves.
 */
export function claimCheckable(type: DataType): boolean {
  const id = type.typeId === Type.Dictionary ? (type as Dictionary).dictionary.typeId : type.typeId;
  return id === Type.Int || id === Type.Float || id === Type.Bool || id === Type.Utf8 || id === Type.Binary;
}

/**
 * Checks that the row group read for a statistics-driven reduction holds the extreme its
 * statistics claim. A damaged data page (or a writer's wrong statistics) would otherwise give a
 * wrong answer with no error: the rows of the groups that were not read cannot be seen, but the
 * group that was read must agree with its own footer entry.
 * @param file - the input's name
 * @param batch - the row group's rows
 * @param claims - what the footer claims of it
 * @throws ParquetScanError "corrupt" naming the row group, the column, the claim and what was found
 */
export function checkExtremeClaims(file: string, batch: RecordBatch, claims: readonly ExtremeClaim[]): void {
  for (const claim of claims) {
    const vector = batch.getChild(claim.column);
    if (vector === null) continue;
    const found = extremeOf(vector, claim.extreme);
    if (found !== undefined && compareStat(found, claim.value) === 0) continue;
    const what = found === undefined ? "no value" : showStat(found);
    throw new ParquetScanError("corrupt", file, `the statistics of row group ${claim.group} give column "${claim.column}" a ${claim.extreme}imum of ${showStat(claim.value)}, but its values reach ${what}: the file is damaged or its statistics are wrong`);
  }
}

/** The smallest (largest) non-null, non-NaN value of a column, as a statistics value. */
function extremeOf(vector: Vector, extreme: "min" | "max"): StatValue | undefined {
  const sign = extreme === "min" ? 1 : -1;
  let best: StatValue | undefined;
  const consider = (value: StatValue | undefined): void => {
    if (value !== undefined && (best === undefined || sign * compareStat(value, best) < 0)) best = value;
  };
  for (const data of vector.data) {
    const { typeId } = data.type;
    const typed = (typeId === Type.Int || typeId === Type.Float) && !(data.values instanceof Uint16Array && typeId === Type.Float);
    if (typed) consider(numericExtreme(data, sign));
    else for (const raw of new Vector([data])) consider(asStat(raw));
  }
  return best;
}

/** The extreme of one chunk of numbers, read from its typed array (NaN and nulls left out). */
function numericExtreme(data: Data, sign: 1 | -1): StatValue | undefined {
  const values = data.values as ArrayLike<number | bigint>;
  let best: number | bigint | undefined;
  for (let i = 0; i < data.length; i++) {
    const value = values[data.offset + i];
    if (value !== value || (data.nullCount > 0 && !data.getValid(i))) continue;
    if (best === undefined || (sign > 0 ? value < best : value > best)) best = value;
  }
  return best;
}

function asStat(raw: unknown): StatValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "string") return new TextEncoder().encode(raw);
  if (typeof raw === "number") return Number.isNaN(raw) ? undefined : raw;
  if (typeof raw === "bigint" || typeof raw === "boolean" || raw instanceof Uint8Array) return raw;
  return undefined;
}
