import fc from "fast-check";
import { Bool } from "apache-arrow";
import { DICTIONARY_SPEC } from "./dictionary";
import { boolEncoder } from "./encode";
import { FLOAT_SPECS } from "./floats";
import { INTEGER_SPECS } from "./integers";
import { defineSpec, type KindSpec } from "./spec";
import { STRING_SPECS } from "./strings";
import { TEMPORAL_SPECS } from "./temporal";
import { ALL_TYPE_KINDS, type TypeKind } from "./types";

const BOOL_SPEC = defineSpec<boolean>({
  kind: "bool",
  type: () => new Bool(),
  value: fc.boolean(),
  garbage: (rng) => rng.chance(0.5),
  cell: (raw) => raw,
  encoder: (type, _cells, rng) => boolEncoder(type, rng),
});

const SPECS: Partial<Record<TypeKind, KindSpec<unknown>>> = {
  ...INTEGER_SPECS,
  ...FLOAT_SPECS,
  ...STRING_SPECS,
  ...TEMPORAL_SPECS,
  bool: BOOL_SPEC,
  dictionary: DICTIONARY_SPEC,
};

/**
 * The spec of a kind.
 * @param kind A type kind.
 * @returns Its spec.
 * @throws {RangeError} If `kind` is not one of {@link ALL_TYPE_KINDS}.
 * @example specOf("int64").type(rng)
 */
export function specOf(kind: TypeKind): KindSpec<unknown> {
  const spec = SPECS[kind];
  if (spec === undefined) {
    throw new RangeError(`unknown type kind ${JSON.stringify(kind)}; expected one of ${ALL_TYPE_KINDS.join(", ")}`);
  }
  return spec;
}
