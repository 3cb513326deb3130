import {
  Bool, type DataType, DateDay, Decimal, Dictionary, Field, Float16, Float32, Float64, Int16, Int32, Int64, Int8, List, Schema,
  TimestampMillisecond, Uint16, Uint32, Uint64, Uint8, Utf8,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import {
  argmaxHorizontal, argminHorizontal, col, type Expr, fieldOf, formatExpr, idxmaxHorizontal, idxminHorizontal, lit, outputName, typeOf,
} from "../src/expr/index.js";

const field = (name: string, type: DataType, nullable = true) => new Field(name, type, nullable);
/** One column of every type family the engine meets; "n_" columns are not nullable. */
const schema = new Schema([
  field("i8", new Int8()), field("i16", new Int16()), field("i32", new Int32()), field("i64", new Int64()),
  field("u8", new Uint8()), field("u16", new Uint16()), field("u32", new Uint32()), field("u64", new Uint64()),
  field("f16", new Float16()), field("f32", new Float32()), field("f64", new Float64()),
  field("b", new Bool()), field("s", new Utf8()), field("d", new Dictionary(new Utf8(), new Int32())),
  field("day", new DateDay()), field("ts", new TimestampMillisecond()), field("dec", new Decimal(2, 10)),
  field("list", new List(new Field("item", new Float64(), true))),
  field("n_i32", new Int32(), false), field("n_f64", new Float64(), false),
]);
const COLUMNS = schema.fields.map((f) => f.name).filter((n) => !n.startsWith("n_"));
const typeName = (e: Expr): string => String(typeOf(e, schema));
const columnType = (name: string): string => String(schema.fields.find((f) => f.name === name)!.type);

/** Per column: the expected output type of `build(column)`, or "error" where it must throw a TypeError. */
function table(expected: (column: string) => string, build: (column: string) => Expr) {
  return COLUMNS.map((column) => [column, expected(column), build] as const);
}

const INTS = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"];
const FLOATS = ["f16", "f32", "f64"];
const NUMERIC = [...INTS, ...FLOATS];
const PER_COLUMN: Record<string, readonly (readonly [string, string, (c: string) => Expr])[]> = {
  count: table(() => "Int64", (c) => col(c).count()),
  sum: table((c) => (c === "u64" ? "Uint64" : INTS.includes(c) || c === "b" ? "Int64" : FLOATS.includes(c) ? "Float64" : c === "dec" ? "Decimal[38e+2]" : "error"), (c) => col(c).sum()),
  mean: table((c) => ([...NUMERIC, "b", "dec"].includes(c) ? "Float64" : "error"), (c) => col(c).mean()),
  min: table((c) => (c === "list" ? "error" : columnType(c)), (c) => col(c).min()),
  max: table((c) => (c === "list" ? "error" : columnType(c)), (c) => col(c).max()),
  first: table(columnType, (c) => col(c).first()),
  last: table(columnType, (c) => col(c).last()),
  argmin: table((c) => (c === "list" ? "error" : "Int64"), (c) => col(c).argmin()),
  argmax: table((c) => (c === "list" ? "error" : "Int64"), (c) => col(c).argmax()),
  nanargmin: table((c) => (c === "list" ? "error" : "Int64"), (c) => col(c).argmin({ skipNaN: true })),
  nanargmax: table((c) => (c === "list" ? "error" : "Int64"), (c) => col(c).nanargmax()),
  isNull: table(() => "Bool", (c) => col(c).isNull()),
  isNotNull: table(() => "Bool", (c) => col(c).isNotNull()),
  isNaN: table((c) => (NUMERIC.includes(c) ? "Bool" : "error"), (c) => col(c).isNaN()),
  not: table((c) => (c === "b" ? "Bool" : "error"), (c) => col(c).not()),
  cast: table(() => "Float64", (c) => col(c).cast(new Float64())),
  alias: table(columnType, (c) => col(c).alias("renamed")),
  minBy: table(columnType, (c) => col(c).minBy("f64")),
  maxByThis: table((c) => (c === "list" ? "error" : "Utf8"), (c) => col("s").maxBy(col(c))),
  get: table(columnType, (c) => col(c).get(col("f64").argmin())),
  argminHorizontal: table((c) => (c === "list" ? "error" : "Int64"), (c) => argminHorizontal(c, c)),
  idxmaxHorizontal: table((c) => (c === "list" ? "error" : "Utf8"), (c) => idxmaxHorizontal(c, lit(null), c)),
};

describe("output types of every function over every column type", () => {
  for (const [fn, rows] of Object.entries(PER_COLUMN)) {
    it.each(rows.map(([c, want, build]) => [c, want, build] as const))(`${fn} of %s → %s`, (c, want, build) => {
      if (want === "error") expect(() => typeOf(build(c), schema)).toThrow(TypeError);
      else expect(typeName(build(c))).toBe(want);
    });
  }
});

describe("numeric promotion", () => {
  const cases: [Expr, string][] = [
    [col("i8").add(col("i8")), "Int8"],
    [col("i8").add(col("i16")), "Int16"],
    [col("i32").sub(col("i64")), "Int64"],
    [col("u8").mul(col("u16")), "Uint16"],
    [col("u8").add(col("i8")), "Int16"],
    [col("u16").add(col("i16")), "Int32"],
    [col("u32").add(col("i32")), "Int64"],
    [col("u32").add(col("i64")), "Int64"],
    [col("i64").add(col("u8")), "Int64"],
    [col("u64").add(col("u8")), "Uint64"],
    [col("u64").add(col("i64")), "Float64"],
    [col("i8").add(col("f32")), "Float64"],
    [col("f16").add(col("f16")), "Float16"],
    [col("f16").add(col("f32")), "Float32"],
    [col("f32").mul(col("f64")), "Float64"],
    [col("i8").mod(col("i16")), "Int16"],
    [col("f32").mod(col("f32")), "Float32"],
    [col("i8").div(col("i8")), "Float64"],
    [col("u64").div(2), "Float64"],
    [col("f32").div(col("f32")), "Float32"],
    [col("i32").div(col("f32")), "Float64"],
    // Number literals adapt to the column when it can hold them, as in Polars.
    [col("i8").add(1), "Int8"],
    [lit(1).add(col("i8")), "Int8"],
    [col("i8").add(-128), "Int8"],
    [col("i8").add(128), "Int32"],
    [col("u8").sub(-1), "Int32"],
    [col("u8").add(255), "Uint8"],
    [col("f32").mul(2.5), "Float32"],
    [col("f16").add(1), "Float16"],
    [col("i8").add(2.5), "Float64"],
    [col("i8").add(-0), "Float64"],
    [col("u64").add(2n ** 64n - 1n), "Uint64"],
    [col("i64").add(2n ** 62n), "Int64"],
    [col("i32").add(2n ** 63n), "Float64"],
    [col("i32").add(2 ** 40), "Int64"],
    [lit(1).add(2), "Int32"],
    [lit(1).add(2.5), "Float64"],
    [lit(2 ** 40).mul(1), "Int64"],
    [col("i8").add(null), "Int8"],
    [lit(null).add(col("f32")), "Float32"],
    [lit(null).add(null), "Null"],
    [col("i8").add(col("i8").argmin()), "Int64"],
    [col("f32").add(col("i8").cast(new Float32())), "Float32"],
  ];
  for (const [e, t] of cases) {
    it(`${formatExpr(e)} → ${t}`, () => expect(typeName(e)).toBe(t));
  }
});

describe("comparisons, logic and null handling", () => {
  const cases: [Expr, string][] = [
    [col("i8").gt(col("f64")), "Bool"],
    [col("u64").eq(col("i64")), "Bool"],
    [col("i8").lt(0.5), "Bool"],
    [col("s").eq(col("d")), "Bool"],
    [col("d").neq("a"), "Bool"],
    [col("day").lte(col("ts")), "Bool"],
    [col("ts").gte(new Date(0)), "Bool"],
    [col("dec").gt(col("dec")), "Bool"],
    [col("b").eq(true), "Bool"],
    [col("s").eq(null), "Bool"],
    [col("i8").gt(0).and(col("s").isNotNull()), "Bool"],
    [col("b").or(null), "Bool"],
    [col("i8").fillNull(0), "Int8"],
    [col("i8").fillNull(1000), "Int32"],
    [col("i8").fillNull(2.5), "Float64"],
    [col("f32").fillNull(0), "Float32"],
    [col("i8").fillNull(col("i64")), "Int64"],
    [col("s").fillNull("x"), "Utf8"],
    [col("s").fillNull(null), "Utf8"],
    [col("d").fillNull("x"), "Dictionary<Int32, Utf8>"],
    [col("d").fillNull(col("d")), "Dictionary<Int32, Utf8>"],
    [col("b").fillNull(false), "Bool"],
    [col("ts").fillNull(col("ts").min()), "Timestamp<MILLISECOND>"],
    [col("list").fillNull(col("list").first()), "List<Float64>"],
    [lit(null).fillNull(3), "Int32"],
  ];
  for (const [e, t] of cases) {
    it(`${formatExpr(e)} → ${t}`, () => expect(typeName(e)).toBe(t));
  }
});

describe("get, minBy and the horizontal functions", () => {
  it("gives the element type for get, whose index is one integer", () => {
    expect(typeName(col("s").get(col("f64").argmin()))).toBe("Utf8");
    expect(typeName(col("list").get(0))).toBe("List<Float64>");
    expect(typeName(col("s").get(col("f64").argmin().add(1)))).toBe("Utf8");
    expect(typeName(col("s").get(col("i32").max()))).toBe("Utf8");
    expect(typeName(col("s").get(lit(null)))).toBe("Utf8");
  });

  it("gives the value's type for minBy and maxBy", () => {
    expect(typeName(col("s").minBy(col("f64")))).toBe("Utf8");
    expect(typeName(col("list").maxBy("ts"))).toBe("List<Float64>");
    expect(typeName(col("i8").add(1).minBy(col("s")))).toBe("Int8");
  });

  it("requires one order family across the inputs of horizontal functions", () => {
    expect(typeName(argminHorizontal("i8", "u64", "f16", 0))).toBe("Int64");
    expect(typeName(argmaxHorizontal("s", "d"))).toBe("Int64");
    expect(typeName(idxminHorizontal("day", "ts", new Date(0)))).toBe("Utf8");
    expect(typeName(idxmaxHorizontal("dec", "dec", null))).toBe("Utf8");
    expect(typeName(argminHorizontal(lit(null), "b"))).toBe("Int64");
  });
});

describe("output fields: names and nullability", () => {
  const fieldText = (e: Expr) => {
    const f = fieldOf(e, schema);
    return [f.name, String(f.type), f.nullable];
  };

  it("names outputs after the root column, the alias, or the function", () => {
    expect(fieldText(col("i8"))).toEqual(["i8", "Int8", true]);
    expect(fieldText(col("f64").argmin())).toEqual(["f64", "Int64", true]);
    expect(fieldText(col("f64").argmin().alias("cheapest"))).toEqual(["cheapest", "Int64", true]);
    expect(outputName(col("i8").add(col("i16")))).toBe("i8");
    expect(outputName(col("i8").cast(new Float64()))).toBe("i8");
    expect(outputName(col("s").get(col("f64").argmin()))).toBe("s");
    expect(outputName(col("s").minBy("f64"))).toBe("s");
    expect(outputName(lit(1))).toBe("literal");
    expect(outputName(lit(1).add(col("i8")))).toBe("literal");
    expect(outputName(argminHorizontal("i8", "i16"))).toBe("argmin");
    expect(outputName(argmaxHorizontal("i8", "i16"))).toBe("argmax");
    expect(outputName(idxminHorizontal("i8", "i16"))).toBe("idxmin");
    expect(outputName(idxmaxHorizontal("i8", "i16"))).toBe("idxmax");
    expect(outputName(idxmaxHorizontal("i8", "i16").alias("winner"))).toBe("winner");
    expect(outputName(col("i8").alias("a").alias("b"))).toBe("b");
  });

  it("tracks nullability conservatively", () => {
    expect(fieldText(col("n_i32"))).toEqual(["n_i32", "Int32", false]);
    expect(fieldText(col("n_i32").add(1))).toEqual(["n_i32", "Int32", false]);
    expect(fieldText(col("n_i32").add(col("i32")))[2]).toBe(true);
    expect(fieldText(col("n_i32").add(null))).toEqual(["n_i32", "Int32", true]);
    expect(fieldText(lit(1))[2]).toBe(false);
    expect(fieldText(lit(null))).toEqual(["literal", "Null", true]);
    expect(fieldText(col("i32").count())).toEqual(["i32", "Int64", false]);
    expect(fieldText(col("n_i32").sum())[2]).toBe(true);
    expect(fieldText(col("n_i32").argmin())[2]).toBe(true);
    expect(fieldText(col("i32").isNull())[2]).toBe(false);
    expect(fieldText(col("i32").isNotNull())[2]).toBe(false);
    expect(fieldText(col("i32").fillNull(0))[2]).toBe(false);
    expect(fieldText(col("i32").fillNull(null))[2]).toBe(true);
    expect(fieldText(col("i32").fillNull(col("n_i32")))[2]).toBe(false);
    expect(fieldText(col("n_i32").cast(new Float64()))).toEqual(["n_i32", "Float64", false]);
    expect(fieldText(argminHorizontal("n_i32", "i32"))[2]).toBe(false);
    expect(fieldText(argminHorizontal("i32", "f64"))[2]).toBe(true);
  });
});
