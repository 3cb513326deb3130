import { type Data, type DataType, Type } from "apache-arrow";
import { nanosPerDateUnit, nanosPerTimeUnit } from "../types/time-unit.js";
import { dictionaryKernel } from "./dictionary-kernel.js";
import { decodeFloat16, decodeFloat16Array } from "./float16.js";
import type { Scalar } from "./scalar.js";
import { scanBool } from "./scan/bool.js";
import { scanInt64 } from "./scan/int64.js";
import { type NumberArray, scanNumbers } from "./scan/numbers.js";
import { bytesComparator, decimalComparator, fixedBytesComparator, scanOrdered } from "./scan/ordered.js";
import { NO_CANDIDATE, type ScanMode, type ScanResult } from "./scan/scan-result.js";
import { validityOf } from "./validity.js";
import { residentValues } from "./wasm/in-memory.js";

/**
 * The arg-reduction of one Arrow type: how to scan a chunk, and how to read a slot as a scalar so
 * that winners of different chunks (or columns) can be compared.
 */
export interface ArgKernel {
  /** Finds the chunk's local winner. */
  scan(data: Data, mode: ScanMode): ScanResult;
  /**
   * Reads slot `i` as an ordering scalar: temporal values as bigint nanoseconds (so units and
   * columns compare by real value), decimals as their unscaled bigint.
   */
  read(data: Data, i: number): Scalar;
}

/** The comparison family of a type: columns of one family can be compared with each other. */
export type OrderFamily = "number" | "bool" | "string" | "binary" | "instant" | "time" | "duration" | `decimal(${number})` | "null";

const utf8 = new TextDecoder();

/**
 * The arg-reduction kernel for an Arrow type; this is the one place that dispatches on types.
 * @throws TypeError for types without an order (lists, structs, unions, maps, intervals)
 */
export function argKernelFor(type: DataType): ArgKernel {
  switch (type.typeId) {
    case Type.Null:
      return { scan: () => NO_CANDIDATE, read: () => 0 };
    case Type.Int:
    case Type.Int8: case Type.Int16: case Type.Int32: case Type.Int64:
    case Type.Uint8: case Type.Uint16: case Type.Uint32: case Type.Uint64: {
      const { bitWidth, isSigned } = type as unknown as { bitWidth: number; isSigned: boolean };
      return bitWidth === 64 ? int64Kernel(isSigned, 1n) : numberKernel();
    }
    case Type.Float: case Type.Float16: case Type.Float32: case Type.Float64:
      if ((type as unknown as { precision: number }).precision === 0) {
        return {
          scan: (d, mode) => scanNumbers(decodeFloat16Array(d.values, d.length), validityOf(d), d.offset, d.length, mode),
          read: (d, i) => decodeFloat16(d.values[i]),
        };
      }
      return numberKernel();
    case Type.Bool:
      return {
        scan: (d, mode) => scanBool(d.values, validityOf(d), d.offset, d.length, mode),
        read: (d, i) => ((d.values[(d.offset + i) >> 3] >> ((d.offset + i) & 7)) & 1) === 1,
      };
    case Type.Utf8: case Type.LargeUtf8: case Type.Binary: case Type.LargeBinary: {
      const isText = type.typeId === Type.Utf8 || type.typeId === Type.LargeUtf8;
      return {
        scan: (d, mode) => scanOrdered(bytesComparator(d.valueOffsets, d.values), validityOf(d), d.offset, d.length, mode),
        read: (d, i) => {
          const bytes = d.values.slice(Number(d.valueOffsets[i]), Number(d.valueOffsets[i + 1]));
          return isText ? utf8.decode(bytes) : bytes;
        },
      };
    }
    case Type.FixedSizeBinary: {
      const width = (type as unknown as { byteWidth: number }).byteWidth;
      return {
        scan: (d, mode) => scanOrdered(fixedBytesComparator(d.values, width), validityOf(d), d.offset, d.length, mode),
        read: (d, i) => d.values.slice(i * width, (i + 1) * width),
      };
    }
    case Type.Decimal: {
      const words = (type as unknown as { bitWidth: number }).bitWidth / 32;
      return {
        scan: (d, mode) => scanOrdered(decimalComparator(d.values, words), validityOf(d), d.offset, d.length, mode),
        read: (d, i) => readDecimal(d.values, i, words),
      };
    }
    case Type.Date: case Type.DateDay: case Type.DateMillisecond: {
      const nanos = nanosPerDateUnit((type as unknown as { unit: number }).unit);
      return temporalKernel(nanos);
    }
    case Type.Time: case Type.TimeSecond: case Type.TimeMillisecond: case Type.TimeMicrosecond: case Type.TimeNanosecond:
    case Type.Timestamp: case Type.TimestampSecond: case Type.TimestampMillisecond: case Type.TimestampMicrosecond: case Type.TimestampNanosecond:
    case Type.Duration: case Type.DurationSecond: case Type.DurationMillisecond: case Type.DurationMicrosecond: case Type.DurationNanosecond:
      return temporalKernel(nanosPerTimeUnit((type as unknown as { unit: number }).unit));
    case Type.Dictionary:
      return dictionaryKernel(type, argKernelFor);
    default:
      throw new TypeError(`argmin is not defined for type ${String(type)}: its values have no order`);
  }
}

/**
 * The comparison family of a type, used to check that columns compared across a row (or a
 * flattened frame) can be ordered together.
 */
export function orderFamilyOf(type: DataType): OrderFamily {
  switch (type.typeId) {
    case Type.Null: return "null";
    case Type.Bool: return "bool";
    case Type.Utf8: case Type.LargeUtf8: return "string";
    case Type.Binary: case Type.LargeBinary: case Type.FixedSizeBinary: return "binary";
    case Type.Decimal: return `decimal(${(type as unknown as { scale: number }).scale})`;
    case Type.Dictionary: return orderFamilyOf((type as unknown as { dictionary: DataType }).dictionary);
  }
  const name = Type[type.typeId] ?? "";
  if (name.startsWith("Date") || name.startsWith("Timestamp")) return "instant";
  if (name.startsWith("Time")) return "time";
  if (name.startsWith("Duration")) return "duration";
  return "number";
}

function numberKernel(): ArgKernel {
  return {
    scan: (d, mode) => {
      const bitmap = validityOf(d);
      return scanNumbers(bitmap === null ? residentValues(d, d.values as NumberArray, d.length) : d.values, bitmap, d.offset, d.length, mode);
    },
    read: (d, i) => d.values[i],
  };
}

/** 64-bit integers; `nanos` scales temporal ticks so every unit reads as nanoseconds. */
function int64Kernel(signed: boolean, nanos: bigint): ArgKernel {
  return {
    scan: (d, mode) => {
      const bitmap = validityOf(d);
      return scanInt64(bitmap === null ? residentValues(d, d.values, d.length) : d.values, signed, bitmap, d.offset, d.length, mode);
    },
    read: (d, i) => (d.values[i] as bigint) * nanos,
  };
}

/** Dates, times, timestamps and durations: 32-bit storage scans as numbers, 64-bit as int64. */
function temporalKernel(nanos: bigint): ArgKernel {
  const wide = int64Kernel(true, nanos);
  const narrow = numberKernel();
  return {
    scan: (d, mode) => (d.values instanceof BigInt64Array ? wide : narrow).scan(d, mode),
    read: (d, i) => BigInt(d.values[i]) * nanos,
  };
}

function readDecimal(values: Uint32Array, i: number, words: number): bigint {
  let result = 0n;
  for (let k = words - 1; k >= 0; k--) result = (result << 32n) | BigInt(values[i * words + k]);
  return BigInt.asIntN(words * 32, result);
}
