/**
 * The Arrow format's type ids (the `Type` union of Schema.fbs) by name, indexed by id — the one
 * list the IPC schema decoder and the adoption of foreign types name types by.
 */
export const FORMAT_TYPE_NAMES: readonly string[] = [
  "NONE", "Null", "Int", "FloatingPoint", "Binary", "Utf8", "Bool", "Decimal", "Date", "Time", "Timestamp", "Interval",
  "List", "Struct_", "Union", "FixedSizeBinary", "FixedSizeList", "Map", "Duration", "LargeBinary", "LargeUtf8", "LargeList",
  "RunEndEncoded", "BinaryView", "Utf8View", "ListView", "LargeListView",
];
