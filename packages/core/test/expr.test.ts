import { Dictionary, Float64, Int32, TimestampMillisecond, TimeUnit, Timestamp, Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import {
  argmaxHorizontal, argminHorizontal, call, col, equalsExpr, Expr, FUNCTIONS, type FunctionName, formatExpr,
  idxmaxHorizontal, idxminHorizontal, isFunctionName, lit, toExpr,
  DateTimeFunctions, StringFunctions,
} from "../src/expr/index.js";

const literalOf = (e: Expr) => {
  if (e.node.kind !== "literal") throw new Error("not a literal");
  return { value: e.node.value, type: String(e.node.type), dynamic: e.node.dynamic };
};

describe("expression builder", () => {
  it("builds column, literal, alias, cast and function nodes", () => {
    expect(col("x").node).toEqual({ kind: "column", name: "x" });
    expect(col("x").alias("y").node).toMatchObject({ kind: "alias", name: "y", input: col("x") });
    expect(col("x").cast(new Float64()).node.kind).toBe("cast");
    const gt = col("x").gt(0);
    expect(gt.node).toMatchObject({ kind: "function", name: "gt" });
    if (gt.node.kind !== "function") throw new Error("unreachable");
    expect(gt.node.args.map(formatExpr)).toEqual(['col("x")', "lit(0)"]);
  });

  it("wraps plain values with lit and keeps expressions as they are", () => {
    const x = col("x");
    expect(toExpr(x)).toBe(x);
    expect(equalsExpr(toExpr(3), lit(3))).toBe(true);
    expect(equalsExpr(col("x").add(1), col("x").add(lit(1)))).toBe(true);
    expect(equalsExpr(col("d").lt(new Date(0)), col("d").lt(lit(new Date(0))))).toBe(true);
  });

  it("gives each literal a type that follows from its value alone", () => {
    expect(literalOf(lit(1))).toEqual({ value: 1, type: "Int32", dynamic: true });
    expect(literalOf(lit(-(2 ** 31)))).toMatchObject({ type: "Int32" });
    expect(literalOf(lit(2 ** 31))).toMatchObject({ type: "Int64" });
    expect(literalOf(lit(2 ** 53))).toMatchObject({ type: "Float64" });
    expect(literalOf(lit(1.5))).toEqual({ value: 1.5, type: "Float64", dynamic: true });
    expect(literalOf(lit(-0))).toMatchObject({ type: "Float64" });
    expect(literalOf(lit(NaN))).toMatchObject({ type: "Float64" });
    expect(literalOf(lit(-Infinity))).toMatchObject({ type: "Float64" });
    expect(literalOf(lit(5n))).toEqual({ value: 5n, type: "Int64", dynamic: true });
    expect(literalOf(lit(2n ** 63n))).toMatchObject({ type: "Uint64" });
    expect(literalOf(lit(-(2n ** 63n)))).toMatchObject({ type: "Int64" });
    expect(literalOf(lit(true))).toEqual({ value: true, type: "Bool", dynamic: false });
    expect(literalOf(lit("a"))).toEqual({ value: "a", type: "Utf8", dynamic: false });
    expect(literalOf(lit(null))).toEqual({ value: null, type: "Null", dynamic: false });
    expect(literalOf(lit(new Date(86_400_000)))).toEqual({ value: 86_400_000, type: "Date64<MILLISECOND>", dynamic: false });
  });

  it("makes argmin({ skipNaN: true }) the nan variant", () => {
    expect(equalsExpr(col("x").argmin({ skipNaN: true }), col("x").nanargmin())).toBe(true);
    expect(equalsExpr(col("x").argmax({ skipNaN: true }), col("x").nanargmax())).toBe(true);
    expect(equalsExpr(col("x").argmin({ skipNaN: false }), col("x").argmin())).toBe(true);
    expect(equalsExpr(col("x").argmin(), col("x").nanargmin())).toBe(false);
  });

  it("reads strings as column names in minBy, maxBy and horizontal functions, as Polars does", () => {
    expect(equalsExpr(col("name").minBy("fare"), col("name").minBy(col("fare")))).toBe(true);
    expect(equalsExpr(col("name").maxBy("fare"), col("name").maxBy(col("fare")))).toBe(true);
    expect(equalsExpr(col("name").eq("fare"), col("name").eq(lit("fare")))).toBe(true);
    expect(equalsExpr(argminHorizontal("a", "b"), argminHorizontal(col("a"), col("b")))).toBe(true);
    expect(equalsExpr(argmaxHorizontal("a", 1), call("argmaxHorizontal", col("a"), lit(1)))).toBe(true);
    expect(equalsExpr(idxminHorizontal("a", lit("s")), call("idxminHorizontal", col("a"), lit("s")))).toBe(true);
    expect(formatExpr(idxmaxHorizontal("a"))).toBe('idxmaxHorizontal(col("a"))');
  });
});

describe("immutability", () => {
  it("freezes expressions, their nodes and argument lists", () => {
    const e = col("x").add(1);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.node)).toBe(true);
    if (e.node.kind !== "function") throw new Error("unreachable");
    const args = e.node.args;
    expect(Object.isFrozen(args)).toBe(true);
    expect(() => {
      (e.node as { name: string }).name = "sub";
    }).toThrow(TypeError);
    expect(() => (args as Expr[]).push(lit(2))).toThrow(TypeError);
  });

  it("returns new expressions and leaves the receiver unchanged", () => {
    const x = col("x");
    const sum = x.sum();
    const aliased = sum.alias("total");
    expect(sum).not.toBe(x);
    expect(aliased).not.toBe(sum);
    expect(formatExpr(sum)).toBe('col("x").sum()');
    expect(formatExpr(x)).toBe('col("x")');
  });

  it("copies the arguments it is given, and Dates into numbers", () => {
    const args = [col("a"), col("b")];
    const h = call("argminHorizontal", ...args);
    args.push(col("c"));
    expect(formatExpr(h)).toBe('argminHorizontal(col("a"), col("b"))');
    const when = new Date(0);
    const e = lit(when);
    when.setTime(1000);
    expect(formatExpr(e)).toBe('lit(new Date("1970-01-01T00:00:00.000Z"))');
  });
});

describe("function registry", () => {
  const byKind = (kind: string) => (Object.keys(FUNCTIONS) as FunctionName[]).filter((n) => FUNCTIONS[n].kind === kind).sort();

  it("declares every function once, with its kind", () => {
    expect(byKind("aggregate")).toEqual(
      [
        "argmax", "argmaxK", "argmin", "argminK", "bottomK", "count", "first", "get", "last", "max", "maxBy", "mean", "min", "minBy",
        "nUnique", "nanargmax", "nanargmin", "sum", "topK",
      ],
    );
    expect(byKind("horizontal")).toEqual(["argmaxHorizontal", "argminHorizontal", "idxmaxHorizontal", "idxminHorizontal"]);
    expect(byKind("scalar").filter((n) => !n.includes("."))).toEqual(
      ["add", "and", "div", "eq", "fillNan", "fillNull", "gt", "gte", "isIn", "isNaN", "isNotNull", "isNull", "lt", "lte", "mod", "mul", "neq", "not", "or", "sub", "when"],
    );
    expect(byKind("scalar").filter((n) => n.startsWith("str.")).length + byKind("scalar").filter((n) => n.startsWith("dt.")).length).toBe(24);
    expect(byKind("window")).toEqual([
      "cumArgmax", "cumArgmin", "cumCount", "cumMax", "cumMin", "cumSum", "rank", "rollingArgmax", "rollingArgmin", "rollingMax",
      "rollingMean", "rollingMin", "rollingSum", "rowNumber", "shift",
    ]);
    expect(Object.isFrozen(FUNCTIONS)).toBe(true);
    expect(Object.values(FUNCTIONS).every((spec) => Object.isFrozen(spec))).toBe(true);
  });

  it("has a builder method of the same name for every non-horizontal function", () => {
    const methods = Object.getOwnPropertyNames(Expr.prototype);
    const free = ["when", "rowNumber"];
    for (const name of [...byKind("scalar"), ...byKind("aggregate"), ...byKind("window")]) {
      if (free.includes(name)) continue;
      const [space, method] = name.includes(".") ? name.split(".") : [null, name];
      const prototype = space === "str" ? StringFunctions.prototype : space === "dt" ? DateTimeFunctions.prototype : Expr.prototype;
      expect(space === null ? methods : Object.getOwnPropertyNames(prototype), name).toContain(method === "splitGet" ? "split" : method);
    }
    expect(isFunctionName("argmin")).toBe(true);
    expect(isFunctionName("toString")).toBe(false);
  });

  it("declares arities", () => {
    expect(FUNCTIONS.add.arity).toEqual({ min: 2, max: 2 });
    expect(FUNCTIONS.argmin.arity).toEqual({ min: 1, max: 1 });
    expect(FUNCTIONS.argminHorizontal.arity).toEqual({ min: 1, max: Infinity });
  });
});

describe("formatExpr", () => {
  const golden: [Expr, string][] = [
    [col("fare").argmin(), 'col("fare").argmin()'],
    [col("x").gt(0).and(col("y").isNotNull()), 'col("x").gt(0).and(col("y").isNotNull())'],
    [col("fare").argmin({ skipNaN: true }).alias("cheapest"), 'col("fare").nanargmin().alias("cheapest")'],
    [col("name").get(col("fare").argmin()), 'col("name").get(col("fare").argmin())'],
    [col("name").minBy(col("fare")).alias("who"), 'col("name").minBy(col("fare")).alias("who")'],
    [col("x").add(col("y").mul(2)).div(3), 'col("x").add(col("y").mul(2)).div(3)'],
    [col("x").sub(1).mod(2).neq(0).or(col("b").not()), 'col("x").sub(1).mod(2).neq(0).or(col("b").not())'],
    [col("x").lt(1).eq(col("x").lte(2)).eq(col("x").gte(3)), 'col("x").lt(1).eq(col("x").lte(2)).eq(col("x").gte(3))'],
    [col("x").isNull().or(col("x").isNaN()), 'col("x").isNull().or(col("x").isNaN())'],
    [col("x").fillNull(null).fillNull(-0), 'col("x").fillNull(null).fillNull(-0)'],
    [col("x").count().add(col("x").sum()).add(col("x").mean()), 'col("x").count().add(col("x").sum()).add(col("x").mean())'],
    [col("x").min().sub(col("x").max()), 'col("x").min().sub(col("x").max())'],
    [col("x").first().eq(col("x").last()), 'col("x").first().eq(col("x").last())'],
    [col("x").argmax().add(col("x").nanargmax()), 'col("x").argmax().add(col("x").nanargmax())'],
    [col("x").maxBy("y"), 'col("x").maxBy(col("y"))'],
    [col("x").minBy(lit("y")), 'col("x").minBy(lit("y"))'],
    [lit(1).add(col("x")), 'lit(1).add(col("x"))'],
    [lit(null), "lit(null)"],
    [lit(true).and(false), "lit(true).and(false)"],
    [lit(2n ** 63n), "lit(9223372036854775808n)"],
    [col("x").gt(NaN).or(col("x").lt(-Infinity)), 'col("x").gt(NaN).or(col("x").lt(-Infinity))'],
    [col("x").add(1e21).add(0.1), 'col("x").add(1e+21).add(0.1)'],
    [col('a "quoted"\nname').eq('it\'s "x"'), 'col("a \\"quoted\\"\\nname").eq("it\'s \\"x\\"")'],
    [col("t").gte(new Date(Date.UTC(2024, 0, 31))), 'col("t").gte(new Date("2024-01-31T00:00:00.000Z"))'],
    [col("x").cast(new Float64()), 'col("x").cast(Float64)'],
    [col("t").cast(new Timestamp(TimeUnit.MICROSECOND, "UTC")), 'col("t").cast(Timestamp<MICROSECOND, UTC>)'],
    [col("s").cast(new Dictionary(new Utf8(), new Int32())), 'col("s").cast(Dictionary<Int32, Utf8>)'],
    [col("t").cast(new TimestampMillisecond()).alias("t2"), 'col("t").cast(Timestamp<MILLISECOND>).alias("t2")'],
    [argminHorizontal("a", col("b").fillNull(0), 1), 'argminHorizontal(col("a"), col("b").fillNull(0), 1)'],
    [argmaxHorizontal(col("a"), lit("s")), 'argmaxHorizontal(col("a"), lit("s"))'],
    [idxminHorizontal("a", "b").eq("a"), 'idxminHorizontal(col("a"), col("b")).eq("a")'],
    [col("a").eq(idxmaxHorizontal("a", "b")), 'col("a").eq(idxmaxHorizontal(col("a"), col("b")))'],
  ];

  it.each(golden.map(([e, text]) => [text, e] as const))("prints %s", (text, e) => {
    expect(formatExpr(e)).toBe(text);
  });
});
