import { DataType, type Field, MetadataVersion, Type, UnionMode } from "apache-arrow";
import { encodingOf } from "./encodings.js";

/**
 * Where one top-level column's metadata lies in a record batch message: a half-open range of its
 * field nodes, of its buffers, and of its variadic buffer counts (view types). Columns follow one
 * another depth-first, so these ranges are contiguous.
 */
export interface ColumnSlice {
  nodeStart: number;
  nodeEnd: number;
  bufferStart: number;
  bufferEnd: number;
  variadicStart: number;
  variadicEnd: number;
}

/** Counters advanced while walking the types, in the order arrow-js's VectorLoader consumes them. */
interface Cursor {
  nodes: number;
  buffers: number;
  variadic: number;
}

/**
 * The node, buffer and variadic ranges of each column, in the order the IPC format lays them out.
 * @param types - the types of the schema's top-level fields (or a dictionary's value type)
 * @param variadicCounts - the batch's variadic buffer counts, one per view-type field
 * @param version - the message's metadata version (unions had a validity buffer before V5)
 * @returns one slice per field
 * @example columnSlices(schema.fields.map((f) => f.type), header.variadicBufferCounts, message.version)[2].bufferStart
 */
export function columnSlices(types: readonly DataType[], variadicCounts: readonly number[], version: MetadataVersion): ColumnSlice[] {
  const cursor: Cursor = { nodes: 0, buffers: 0, variadic: 0 };
  return types.map((type) => {
    const start = { ...cursor };
    walk(type, cursor, variadicCounts, version);
    return {
      nodeStart: start.nodes,
      nodeEnd: cursor.nodes,
      bufferStart: start.buffers,
      bufferEnd: cursor.buffers,
      variadicStart: start.variadic,
      variadicEnd: cursor.variadic,
    };
  });
}

/**
 * Advances the cursor over one type's nodes and buffers. This is the one place that knows the
 * buffer layout of each Arrow type; it mirrors arrow-js's VectorLoader visit methods exactly.
 */
function walk(type: DataType, cursor: Cursor, variadicCounts: readonly number[], version: MetadataVersion): void {
  cursor.nodes += 1;
  const encoding = encodingOf(type);
  if (encoding?.kind === "run-end") {
    // No buffer of its own: the run ends and the values are its children.
    for (const child of [encoding.runEnds, encoding.values]) walk(child.type, cursor, variadicCounts, version);
    return;
  }
  if (encoding?.kind === "list-view") {
    cursor.buffers += 3; // validity, offsets, sizes
    walk(encoding.child.type, cursor, variadicCounts, version);
    return;
  }
  switch (type.typeId) {
    case Type.Null:
      return;
    case Type.Bool:
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
    case Type.Date:
    case Type.Time:
    case Type.Timestamp:
    case Type.Interval:
    case Type.Duration:
    case Type.FixedSizeBinary:
    case Type.Dictionary: // validity and indices; the values travel in dictionary batches
      cursor.buffers += 2;
      return;
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Binary:
    case Type.LargeBinary:
      cursor.buffers += 3;
      return;
    case Type.Utf8View:
    case Type.BinaryView:
      cursor.buffers += 2 + (variadicCounts[cursor.variadic] ?? 0);
      cursor.variadic += 1;
      return;
    case Type.List:
    case Type.LargeList:
    case Type.Map:
      cursor.buffers += 2;
      break;
    case Type.FixedSizeList:
    case Type.Struct:
      cursor.buffers += 1;
      break;
    case Type.Union: {
      const legacyValidity = version < MetadataVersion.V5 ? 1 : 0;
      const dense = DataType.isUnion(type) && type.mode === UnionMode.Dense;
      cursor.buffers += legacyValidity + (dense ? 2 : 1);
      break;
    }
    default:
      throw new TypeError(`unsupported Arrow type ${type} in an IPC record batch`);
  }
  for (const child of type.children ?? []) walk(child.type, cursor, variadicCounts, version);
}

/**
 * The dictionary ids the given fields need, including dictionaries nested in dictionary values.
 * @param fields - the projected fields
 * @param dictionaries - the schema's id → value type map
 * @returns the ids
 */
export function dictionaryIds(fields: readonly Field[], dictionaries: ReadonlyMap<number, DataType>): Set<number> {
  const ids = new Set<number>();
  const visit = (type: DataType): void => {
    if (DataType.isDictionary(type)) {
      if (ids.has(type.id)) return;
      ids.add(type.id);
      const values = dictionaries.get(type.id);
      if (values) visit(values);
      return;
    }
    for (const child of type.children ?? []) visit(child.type);
  };
  for (const field of fields) visit(field.type);
  return ids;
}
