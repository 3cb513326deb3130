import { DateDay, Decimal, Dictionary, Field, Float64, Int32, Int8, List, Schema, Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ColumnNotFoundError } from "../src/errors.js";
import {
  argmaxHorizontal, argminHorizontal, call, col, Expr, type FunctionName, idxminHorizontal, lit, typeOf,
} from "../src/expr/index.js";

const schema = new Schema([
  new Field("name", new Utf8(), true),
  new Field("fare", new Float64(), true),
  new Field("age", new Int8(), true),
  new Field("paid", new Decimal(2, 10), true),
  new Field("tags", new List(new Field("item", new Utf8(), true)), true),
  new Field("day", new DateDay(), true),
  new Field("cabin", new Dictionary(new Utf8(), new Int32()), true),
]);
const ORDERABLE = "an orderable column: numbers, booleans, strings, binary, dates, times, timestamps, durations or decimals";

describe("type errors name the function, the argument, its type and what is accepted", () => {
  const cases: [Expr, string][] = [
    [col("name").sum(), 'sum is not defined for column "name" of type Utf8 (it needs an integer, float, decimal or Bool column)'],
    [col("day").mean(), 'mean is not defined for column "day" of type Date32<DAY> (it needs an integer, float, decimal or Bool column)'],
    [col("tags").argmin(), `argmin is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [col("tags").nanargmax(), `nanargmax is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [col("tags").min(), `min is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [col("name").add(1), 'add is not defined for column "name" of type Utf8 (it needs an integer or float column)'],
    [col("fare").add("1"), 'add is not defined for literal "1" of type Utf8 (it needs an integer or float column)'],
    [col("paid").mul(2), 'mul is not defined for column "paid" of type Decimal[10e+2] (it needs an integer or float column)'],
    [col("fare").div(true), "div is not defined for literal true of type Bool (it needs an integer or float column)"],
    [col("age").and(col("fare").gt(0)), 'and is not defined for column "age" of type Int8 (it needs a Bool column)'],
    [col("fare").gt(0).or(1), "or is not defined for literal 1 of type Int32 (it needs a Bool column)"],
    [col("name").not(), 'not is not defined for column "name" of type Utf8 (it needs a Bool column)'],
    [col("name").isNaN(), 'isNaN is not defined for column "name" of type Utf8 (it needs an integer or float column)'],
    [
      col("age").gt("a"),
      'gt cannot compare column "age" of type Int8 (numbers) with literal "a" of type Utf8 (strings): both sides need the same kind of values; cast one of them',
    ],
    [
      col("paid").eq(col("fare")),
      'eq cannot compare column "paid" of type Decimal[10e+2] (decimals with scale 2) with column "fare" of type Float64 (numbers): both sides need the same kind of values; cast one of them',
    ],
    [
      col("day").lt(col("name").first()),
      'lt cannot compare column "day" of type Date32<DAY> (dates and timestamps) with col("name").first() of type Utf8 (strings): both sides need the same kind of values; cast one of them',
    ],
    [col("tags").eq(col("tags")), `eq is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [
      col("name").fillNull(0),
      'fillNull cannot fill column "name" of type Utf8 with literal 0 of type Int32 (it needs a fill value of type Utf8)',
    ],
    [
      col("age").fillNull("none"),
      'fillNull cannot fill column "age" of type Int8 with literal "none" of type Utf8 (it needs a fill value of type Int8 or any number)',
    ],
    [
      col("cabin").fillNull(1),
      'fillNull cannot fill column "cabin" of type Dictionary<Int32, Utf8> with literal 1 of type Int32 (it needs a fill value of type Utf8)',
    ],
    [
      col("day").fillNull(new Date(0)),
      'fillNull cannot fill column "day" of type Date32<DAY> with literal new Date("1970-01-01T00:00:00.000Z") of type Date64<MILLISECOND> (it needs a fill value of type Date32<DAY>)',
    ],
    [col("name").minBy(col("tags")), `minBy is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [col("name").get(col("fare").min()), 'get is not defined for col("fare").min() of type Float64 (it needs an integer index)'],
    [col("name").get(1.5), "get is not defined for literal 1.5 of type Float64 (it needs an integer index)"],
    [
      col("name").get(col("age")),
      'get needs one index, but column "age" has one value per row (use a literal or an aggregate such as col("fare").argmin())',
    ],
    [
      col("name").get(col("age").add(col("fare").argmin())),
      'get needs one index, but col("age").add(col("fare").argmin()) has one value per row (use a literal or an aggregate such as col("fare").argmin())',
    ],
    [
      argminHorizontal("fare", "name"),
      'argminHorizontal cannot compare column "fare" of type Float64 (numbers) with column "name" of type Utf8 (strings): all its inputs need the same kind of values; cast one of them',
    ],
    [
      idxminHorizontal(null, "day", "fare"),
      'idxminHorizontal cannot compare column "day" of type Date32<DAY> (dates and timestamps) with column "fare" of type Float64 (numbers): all its inputs need the same kind of values; cast one of them',
    ],
    [argmaxHorizontal("fare", "tags"), `argmaxHorizontal is not defined for column "tags" of type List<Utf8> (it needs ${ORDERABLE})`],
    [col("name").cast(new Int32()).add(col("name")), 'add is not defined for column "name" of type Utf8 (it needs an integer or float column)'],
    [col("name").alias("n").sum(), 'sum is not defined for col("name").alias("n") of type Utf8 (it needs an integer, float, decimal or Bool column)'],
  ];

  for (const [expr, message] of cases) {
    it(message, () => {
      expect(() => typeOf(expr, schema)).toThrow(new TypeError(message));
    });
  }

  it("reports the innermost failure first", () => {
    expect(() => typeOf(col("name").sum().add(col("tags").argmin()), schema)).toThrow(/^sum is not defined/);
  });
});

describe("unknown columns", () => {
  it("throws ColumnNotFoundError with the closest name and the columns that exist", () => {
    const attempt = () => typeOf(col("fair").argmin(), schema);
    expect(attempt).toThrow(ColumnNotFoundError);
    expect(attempt).toThrow(
      'column "fair" not found. Did you mean "fare"? Available columns: "name", "fare", "age", "paid", "tags", "day", "cabin".',
    );
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ column: "fair", suggestion: "fare" });
    }
  });

  it("finds unknown columns anywhere in the tree, including inside horizontal functions", () => {
    expect(() => typeOf(col("name").get(col("Fare").argmin()), schema)).toThrow(/column "Fare" not found. Did you mean "fare"\?/);
    expect(() => typeOf(argminHorizontal("fare", "agee"), schema)).toThrow(/column "agee" not found. Did you mean "age"\?/);
    expect(() => typeOf(col("zzz").alias("x"), schema)).toThrow('column "zzz" not found. Available columns:');
  });
});

describe("construction errors", () => {
  it("checks arity when a function node is built", () => {
    expect(() => argminHorizontal()).toThrow(new TypeError("argminHorizontal takes at least 1 argument, got 0"));
    expect(() => call("add", col("a"))).toThrow(new TypeError("add takes 2 arguments, got 1"));
    expect(() => call("sum", col("a"), col("b"))).toThrow(new TypeError("sum takes 1 argument, got 2"));
    expect(() => new Expr({ kind: "function", name: "argmin", args: [] })).toThrow(new TypeError("argmin takes 1 argument, got 0"));
  });

  it("rejects values lit cannot hold", () => {
    const bad = (value: unknown) => () => lit(value as never);
    expect(bad(undefined)).toThrow(new TypeError("lit cannot hold a value of type undefined; it takes a number, bigint, boolean, string, null or Date"));
    expect(bad({ a: 1 })).toThrow(new TypeError("lit cannot hold a value of type [object Object]; it takes a number, bigint, boolean, string, null or Date"));
    expect(bad([1])).toThrow("lit cannot hold a value of type [object Array]");
    expect(bad(Symbol("s"))).toThrow("lit cannot hold a value of type symbol");
    expect(bad(col("x"))).toThrow(new TypeError("lit takes a plain value, not an expression (use the expression itself)"));
    expect(bad(new Date(NaN))).toThrow(new RangeError("lit cannot hold an invalid Date"));
    expect(bad(2n ** 64n)).toThrow(new RangeError("lit(18446744073709551616n) does not fit in Int64 or UInt64"));
    expect(bad(-(2n ** 63n) - 1n)).toThrow(RangeError);
    expect(() => col("x").add({} as never)).toThrow(TypeError);
    expect(() => col(1 as never)).toThrow(new TypeError("col takes a column name (a string), got number"));
  });

  it("names every function it rejects by its registered name", () => {
    const names: FunctionName[] = ["not", "isNull", "count", "argmin", "get"];
    for (const name of names) expect(() => call(name)).toThrow(new RegExp(`^${name} takes`));
  });
});
