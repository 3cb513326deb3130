import { type DataType, Type } from "apache-arrow";

const UNIT = ["s", "ms", "μs", "ns"];

/**
 * A type's short name as a table header shows it, in Polars' spelling: `i64`, `f64`, `str`,
 * `bool`, `date`, `datetime[ms]`, `cat` for dictionaries, and so on.
 * @param type - an Arrow type
 */
export function dtypeName(type: DataType): string {
  const t = type as unknown as { bitWidth?: number; isSigned?: boolean; precision?: number; unit?: number; scale?: number; timezone?: string | null };
  switch (type.typeId) {
    case Type.Int:
      return `${t.isSigned ? "i" : "u"}${t.bitWidth}`;
    case Type.Float:
      return `f${[16, 32, 64][t.precision ?? 2]}`;
    case Type.Utf8:
    case Type.LargeUtf8:
      return "str";
    case Type.Bool:
      return "bool";
    case Type.Binary:
    case Type.LargeBinary:
      return "binary";
    case Type.Null:
      return "null";
    case Type.Date:
      return "date";
    case Type.Timestamp:
      return `datetime[${UNIT[t.unit ?? 1]}${t.timezone ? `, ${t.timezone}` : ""}]`;
    case Type.Time:
      return "time";
    case Type.Duration:
      return `duration[${UNIT[t.unit ?? 1]}]`;
    case Type.Decimal:
      return `decimal[${t.precision},${t.scale}]`;
    case Type.Dictionary:
      return "cat";
    case Type.List:
      return `list[${dtypeName(type.children[0].type)}]`;
    case Type.Struct:
      return `struct[${type.children.length}]`;
    case Type.Map: {
      const [key, value] = type.children[0].type.children as { type: DataType }[];
      return `map[${dtypeName(key.type)}, ${dtypeName(value.type)}]`;
    }
    default:
      return String(type).toLowerCase();
  }
}

/** Whether a type's values are numbers, shown right-aligned. */
export function isNumberType(type: DataType): boolean {
  return type.typeId === Type.Int || type.typeId === Type.Float || type.typeId === Type.Decimal || type.typeId === Type.Duration;
}
