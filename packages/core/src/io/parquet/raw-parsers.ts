import type { ParquetParsers } from "hyparquet";

const identity = <T>(value: T): T => value;

/**
 * Parsers that leave statistics as stored — bytes for strings and binaries, integers for dates
 * and timestamps — so they compare exactly against column values (decoding a string or turning a
 * timestamp into a Date would lose order or precision).
 */
export const RAW_PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: identity,
  timestampFromMicroseconds: identity,
  timestampFromNanoseconds: identity,
  dateFromDays: identity,
  stringFromBytes: identity,
  jsonFromBytes: identity,
  uuidFromBytes: identity,
  geometryFromBytes: identity,
  geographyFromBytes: identity,
};
