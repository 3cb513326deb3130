/**
 * The output-type rules of the string functions (`str.*`) and the date and time functions
 * (`dt.*`); see type-rules.ts for the conventions every rule follows.
 */
import { Bool, DateDay, type DataType, Int32, Int64, TimestampMicrosecond, Type, Utf8 } from "apache-arrow";
import type { ArgumentInfo, OutputRule } from "./rule.js";
import { check, isInteger } from "./type-rules.js";

const STRING = "a Utf8 column";
const DATE_OR_TIMESTAMP = "a Date or Timestamp column without a time zone";
const TIMESTAMP = "a Timestamp column without a time zone";

const isString = (t: DataType) => t.typeId === Type.Utf8 || t.typeId === Type.LargeUtf8;
const isTimestamp = (t: DataType) => t.typeId === Type.Timestamp && !(t as unknown as { timezone?: string | null }).timezone;
const isDateOrTimestamp = (t: DataType) => t.typeId === Type.Date || isTimestamp(t);

/** Throws unless the arguments at `positions` are literals of the type `accepts` wants. */
function checkSettings(
  name: string, types: readonly DataType[], args: readonly ArgumentInfo[], positions: number[], accepts: (t: DataType) => boolean, needs: string,
): void {
  for (const i of positions) {
    if (!args[i].literal || !accepts(types[i])) throw new TypeError(`${name} needs ${needs} as a setting, got ${args[i].label}`);
  }
}

/** str.lenBytes, str.lenChars: an Int64 length. */
export const stringLength: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING);
  return new Int64();
};

/** str.contains, str.startsWith, str.endsWith: a string and a literal pattern; Bool. */
export const stringTest: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING, [0]);
  checkSettings(name, types, args, [1], isString, "a string literal");
  return new Bool();
};

/** str.lower, str.upper, str.strip: the input's string type. */
export const stringMap: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING);
  return types[0];
};

/** str.slice: a string, an integer literal offset and optional length; the input's type. */
export const stringSlice: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING, [0]);
  checkSettings(name, types, args, types.length > 2 ? [1, 2] : [1], isInteger, "an integer literal");
  return types[0];
};

/** str.replace, str.replaceAll: a string, a literal pattern and a literal replacement. */
export const stringReplace: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING, [0]);
  checkSettings(name, types, args, [1, 2], isString, "a string literal");
  return types[0];
};

/** str.split(sep).get(i): a string, a literal separator, an integer literal index; Utf8. */
export const stringSplitGet: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING, [0]);
  checkSettings(name, types, args, [1], isString, "a string literal");
  checkSettings(name, types, args, [2], isInteger, "an integer literal");
  return new Utf8();
};

/** str.toDate: a string and a literal format; Date32 (days). */
export const parseDate: OutputRule = (types, args, name) => {
  check(name, types, args, isString, STRING, [0]);
  checkSettings(name, types, args, [1], isString, "a format string literal");
  return new DateDay();
};

/** str.toDatetime: a string and a literal format; Timestamp in microseconds, as Polars. */
export const parseDatetime: OutputRule = (types, args, name) => {
  parseDate(types, args, name);
  return new TimestampMicrosecond();
};

/** dt.year, month, day, weekday, ordinal: a date or timestamp; Int32. */
export const dateField: OutputRule = (types, args, name) => {
  check(name, types, args, isDateOrTimestamp, DATE_OR_TIMESTAMP);
  return new Int32();
};

/** dt.hour, minute, second: a timestamp; Int32. */
export const timeField: OutputRule = (types, args, name) => {
  check(name, types, args, isTimestamp, TIMESTAMP);
  return new Int32();
};

/** dt.truncate: a date or timestamp and a literal unit; the input's type. */
export const truncate: OutputRule = (types, args, name) => {
  check(name, types, args, isDateOrTimestamp, DATE_OR_TIMESTAMP, [0]);
  checkSettings(name, types, args, [1], isString, "a unit literal");
  return types[0];
};

/** dt.epoch: a date or timestamp and a literal unit; Int64. */
export const epoch: OutputRule = (types, args, name) => {
  truncate(types, args, name);
  return new Int64();
};
