import { Binary, type DataType, Dictionary, LargeBinary, Type } from "apache-arrow";

/**
 * The type whose kernel orders values of `type` read from different chunks, groups or columns:
 * strings as their UTF-8 bytes (Binary), dictionaries of strings as Dictionary<Binary>, anything
 * else as itself. Decoding would turn distinct invalid UTF-8 sequences into the same U+FFFD and so
 * lose the order by bytes; valid UTF-8 orders the same either way. The data is read as it is (the
 * two layouts are the same), only the values read are bytes instead of strings.
 * @param type - a column's type
 * @returns the type to build the ordering kernel for
 * @example argKernelFor(orderedAs(new Utf8())).read(data, 0) // a Uint8Array
 */
export function orderedAs(type: DataType): DataType {
  switch (type.typeId) {
    case Type.Utf8:
      return new Binary();
    case Type.LargeUtf8:
      return new LargeBinary();
    case Type.Dictionary: {
      const { dictionary, indices, id, isOrdered } = type as Dictionary;
      const values = orderedAs(dictionary);
      return values === dictionary ? type : new Dictionary(values, indices, id, isOrdered);
    }
    default:
      return type;
  }
}
