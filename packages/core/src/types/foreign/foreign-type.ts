/**
 * Arrow types built by another library — another copy or version of apache-arrow, or
 * `@uwdata/flechette` — rebuilt as this engine's apache-arrow types, by reading the fields every
 * Arrow implementation shares (the Arrow format's own: typeId, bitWidth, unit, children, …)
 * rather than by class identity.
 */
import {
  Binary,
  BinaryView,
  Bool,
  type DataType,
  Date_,
  Decimal,
  Dictionary,
  Duration,
  Field,
  FixedSizeBinary,
  FixedSizeList,
  Float,
  Int,
  Interval,
  LargeBinary,
  LargeList,
  LargeUtf8,
  List,
  Map_,
  Null,
  Struct,
  Time,
  Timestamp,
  Type,
  Union,
  Utf8,
  Utf8View,
} from "apache-arrow";
import { FORMAT_TYPE_NAMES } from "../format-type-names.js";

/** The fields a foreign type may carry; apache-arrow and flechette name a few of them differently. */
interface ForeignType {
  readonly typeId: number;
  readonly bitWidth?: number;
  readonly isSigned?: boolean;
  readonly signed?: boolean;
  readonly precision?: number;
  readonly scale?: number;
  readonly unit?: number;
  readonly timezone?: string | null;
  readonly children?: readonly unknown[];
  readonly mode?: number;
  readonly typeIds?: ArrayLike<number>;
  readonly byteWidth?: number;
  readonly listSize?: number;
  readonly stride?: number;
  readonly keysSorted?: boolean;
  readonly dictionary?: unknown;
  readonly indices?: unknown;
  readonly id?: number;
  readonly isOrdered?: boolean;
  readonly ordered?: boolean;
}

/** A foreign field: a name, a type, nullability and metadata (a Map, or null in flechette). */
interface ForeignField {
  readonly name: string;
  readonly type: unknown;
  readonly nullable?: boolean;
  readonly metadata?: ReadonlyMap<string, string> | null;
}

/**
 * Whether a value looks like an Arrow data type of any implementation: an object with a numeric
 * `typeId`.
 * @param value - anything
 * @returns whether it has the shape of a type
 */
export function isTypeLike(value: unknown): value is ForeignType {
  return typeof value === "object" && value !== null && typeof (value as ForeignType).typeId === "number";
}

/**
 * Rebuilds a foreign field as this engine's Field.
 * @param field - a field of another Arrow implementation
 * @param where - how messages name its place (`column "x"`)
 * @returns the same name, type, nullability and metadata
 * @throws TypeError for a type this engine's Arrow cannot represent
 */
export function adoptField(field: unknown, where: string): Field {
  const f = field as ForeignField;
  if (typeof field !== "object" || field === null || typeof f.name !== "string") {
    throw new TypeError(`${where}: expected an Arrow field with a name and a type; got ${String(field)}`);
  }
  const metadata = f.metadata instanceof Map ? new Map(f.metadata) : new Map<string, string>();
  return new Field(f.name, adoptType(f.type, `${where}, field "${f.name}"`), f.nullable ?? true, metadata);
}

/**
 * Rebuilds a foreign data type as this engine's DataType with the same parameters.
 * @param type - a type of another Arrow implementation (or of this one: it is rebuilt too)
 * @param where - how messages name its place
 * @returns the equivalent type
 * @throws TypeError for a type this engine's Arrow cannot represent (run-end encoded, list views)
 * @example adoptType(otherArrow.Int32(), "column \"x\"") // Int32
 */
export function adoptType(type: unknown, where: string): DataType {
  if (!isTypeLike(type)) throw new TypeError(`${where}: expected an Arrow data type; got ${String(type)}`);
  const t = type;
  const children = (): Field[] => (t.children ?? []).map((child, i) => adoptField(child, `${where}, child ${i}`));
  switch (t.typeId) {
    case Type.Null:
      return new Null();
    case Type.Int:
      return new Int(t.isSigned ?? t.signed ?? true, (t.bitWidth ?? 32) as 8 | 16 | 32 | 64);
    case Type.Float:
      return new Float(t.precision ?? 2);
    case Type.Binary:
      return new Binary();
    case Type.Utf8:
      return new Utf8();
    case Type.Bool:
      return new Bool();
    case Type.Decimal:
      return new Decimal(t.scale ?? 0, t.precision ?? 38, t.bitWidth ?? 128);
    case Type.Date:
      return new Date_(t.unit ?? 1);
    case Type.Time:
      return new Time(t.unit ?? 1, (t.bitWidth ?? 32) as 32 | 64);
    case Type.Timestamp:
      return new Timestamp(t.unit ?? 1, t.timezone ?? null);
    case Type.Interval:
      return new Interval(t.unit ?? 0);
    case Type.Duration:
      return new Duration(t.unit ?? 1);
    case Type.List:
      return new List(children()[0]);
    case Type.LargeList:
      return new LargeList(children()[0]);
    case Type.Struct:
      return new Struct(children());
    case Type.Union:
      return new Union(t.mode ?? 0, Array.from(t.typeIds ?? []), children());
    case Type.FixedSizeBinary:
      return new FixedSizeBinary(t.byteWidth ?? t.stride ?? 0);
    case Type.FixedSizeList:
      return new FixedSizeList(t.listSize ?? t.stride ?? 0, children()[0]);
    case Type.Map:
      return new Map_(children()[0] as Field<Struct>, t.keysSorted ?? false);
    case Type.LargeBinary:
      return new LargeBinary();
    case Type.LargeUtf8:
      return new LargeUtf8();
    case Type.BinaryView:
      return new BinaryView();
    case Type.Utf8View:
      return new Utf8View();
    case Type.Dictionary: {
      const indices = adoptType(t.indices, `${where}, dictionary indices`) as never;
      return new Dictionary(adoptType(t.dictionary, `${where}, dictionary values`), indices, t.id, t.isOrdered ?? t.ordered ?? false);
    }
    default:
      throw new TypeError(
        `${where}: Arrow type id ${t.typeId} (${FORMAT_TYPE_NAMES[t.typeId] ?? "unknown"}) cannot be represented by this engine's Arrow library`,
      );
  }
}
