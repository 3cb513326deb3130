import {
  Decimal, Dictionary, Field, Float64, Int, Int32, Int64, Int8, List, Timestamp, TimeUnit, Uint8, Utf8,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import {
  argminHorizontal, childrenOf, col, columnsOf, equalsExpr, Expr, formatExpr, isAggregate, isScalar, lit, mapExpr,
  sameType, someExpr, withChildren,
} from "../src/expr/index.js";

describe("columnsOf", () => {
  it("collects every referenced column once", () => {
    const e = col("name").get(col("fare").argmin()).alias("x").eq(col("name").first());
    expect(columnsOf(e)).toEqual(new Set(["name", "fare"]));
    expect(columnsOf(argminHorizontal("a", "b", lit(1)).cast(new Int32()))).toEqual(new Set(["a", "b"]));
    expect(columnsOf(lit(1).add(2))).toEqual(new Set());
  });
});

describe("isAggregate and isScalar", () => {
  it("finds aggregates anywhere in the tree", () => {
    expect(isAggregate(col("x"))).toBe(false);
    expect(isAggregate(col("x").add(1).gt(0))).toBe(false);
    expect(isAggregate(argminHorizontal("a", "b"))).toBe(false);
    expect(isAggregate(col("x").argmin())).toBe(true);
    expect(isAggregate(col("x").sub(col("x").mean()))).toBe(true);
    expect(isAggregate(col("name").get(0))).toBe(true);
    expect(isAggregate(col("name").minBy("fare").alias("who"))).toBe(true);
  });

  it("tells one value from one value per row", () => {
    expect(isScalar(lit(1))).toBe(true);
    expect(isScalar(lit(1).add(2).alias("three"))).toBe(true);
    expect(isScalar(col("x"))).toBe(false);
    expect(isScalar(col("x").sum())).toBe(true);
    expect(isScalar(col("x").argmin().add(1).cast(new Int64()))).toBe(true);
    expect(isScalar(col("x").sub(col("x").mean()))).toBe(false);
    expect(isScalar(argminHorizontal("a", "b"))).toBe(false);
    expect(isScalar(argminHorizontal(lit(1), lit(2)))).toBe(true);
  });
});

describe("childrenOf, withChildren and someExpr", () => {
  it("lists children in order", () => {
    expect(childrenOf(col("x"))).toEqual([]);
    expect(childrenOf(lit(1))).toEqual([]);
    expect(childrenOf(col("x").alias("y")).map(formatExpr)).toEqual(['col("x")']);
    expect(childrenOf(col("x").cast(new Float64())).map(formatExpr)).toEqual(['col("x")']);
    expect(childrenOf(argminHorizontal("a", "b", 3)).map(formatExpr)).toEqual(['col("a")', 'col("b")', "lit(3)"]);
  });

  it("rebuilds over new children, and keeps the node when they are the same", () => {
    const e = col("x").add(1);
    expect(withChildren(e, childrenOf(e))).toBe(e);
    expect(formatExpr(withChildren(e, [col("y"), lit(2)]))).toBe('col("y").add(2)');
    expect(formatExpr(withChildren(col("x").alias("a"), [col("y")]))).toBe('col("y").alias("a")');
    expect(formatExpr(withChildren(col("x").cast(new Utf8()), [col("y")]))).toBe('col("y").cast(Utf8)');
    expect(() => withChildren(e, [col("y")])).toThrow(new RangeError("expected 2 children, got 1"));
    expect(() => withChildren(col("x"), [col("y")])).toThrow(RangeError);
  });

  it("searches the tree pre-order and stops at the first match", () => {
    const seen: string[] = [];
    const found = someExpr(col("a").add(col("b")).gt(col("c")), (e) => {
      seen.push(formatExpr(e));
      return e.node.kind === "column" && e.node.name === "b";
    });
    expect(found).toBe(true);
    expect(seen).toEqual(['col("a").add(col("b")).gt(col("c"))', 'col("a").add(col("b"))', 'col("a")', 'col("b")']);
  });
});

describe("mapExpr", () => {
  it("returns the very same tree when nothing changes", () => {
    const e = col("name").get(col("fare").argmin()).alias("cheapest");
    expect(mapExpr(e, (x) => x)).toBe(e);
  });

  it("rewrites bottom-up, returning new nodes and sharing unchanged subtrees", () => {
    const order: string[] = [];
    const right = col("b").sum();
    const e = col("a").add(1).mul(right);
    const renamed = mapExpr(e, (x) => {
      order.push(formatExpr(x));
      return x.node.kind === "column" && x.node.name === "a" ? col("A") : x;
    });
    expect(order).toEqual(['col("a")', "lit(1)", 'col("A").add(1)', 'col("b")', 'col("b").sum()', 'col("A").add(1).mul(col("b").sum())']);
    expect(formatExpr(renamed)).toBe('col("A").add(1).mul(col("b").sum())');
    expect(formatExpr(e)).toBe('col("a").add(1).mul(col("b").sum())');
    if (renamed.node.kind !== "function") throw new Error("unreachable");
    expect(renamed.node.args[1]).toBe(right);
  });

  it("can fold constants, the way an optimizer rule would", () => {
    const fold = (x: Expr): Expr => {
      if (x.node.kind !== "function" || x.node.name !== "add") return x;
      const [a, b] = x.node.args.map((arg) => arg.node);
      return a.kind === "literal" && b.kind === "literal" && typeof a.value === "number" && typeof b.value === "number" ? lit(a.value + b.value) : x;
    };
    expect(formatExpr(mapExpr(col("x").gt(lit(1).add(2).add(3)), fold))).toBe('col("x").gt(6)');
  });
});

describe("equalsExpr", () => {
  it("compares structure, not identity", () => {
    expect(equalsExpr(col("x").argmin().alias("i"), col("x").argmin().alias("i"))).toBe(true);
    expect(equalsExpr(argminHorizontal("a", "b"), argminHorizontal("a", "b"))).toBe(true);
    expect(equalsExpr(col("x"), col("y"))).toBe(false);
    expect(equalsExpr(col("x").alias("a"), col("x").alias("b"))).toBe(false);
    expect(equalsExpr(col("x").argmin(), col("x").argmax())).toBe(false);
    expect(equalsExpr(col("x").add(1), col("x").sub(1))).toBe(false);
    expect(equalsExpr(argminHorizontal("a", "b"), argminHorizontal("a", "b", "c"))).toBe(false);
    expect(equalsExpr(col("x"), lit("x"))).toBe(false);
    expect(equalsExpr(col("x").alias("x"), col("x"))).toBe(false);
  });

  it("compares literals by value and type", () => {
    expect(equalsExpr(lit(NaN), lit(NaN))).toBe(true);
    expect(equalsExpr(lit(0), lit(-0))).toBe(false);
    expect(equalsExpr(lit(1), lit(1n))).toBe(false);
    expect(equalsExpr(lit(0), lit(new Date(0)))).toBe(false);
    expect(equalsExpr(lit(new Date(5)), lit(new Date(5)))).toBe(true);
    expect(equalsExpr(lit(null), lit(null))).toBe(true);
    expect(equalsExpr(lit("1"), lit(1))).toBe(false);
  });

  it("compares cast targets by structure, ignoring dictionary ids", () => {
    const dict = () => new Dictionary(new Utf8(), new Int32());
    expect(equalsExpr(col("s").cast(dict()), col("s").cast(dict()))).toBe(true);
    expect(equalsExpr(col("s").cast(new Int32()), col("s").cast(new Int64()))).toBe(false);
    expect(equalsExpr(col("s").cast(new Int32()), col("s").cast(new Int32()).alias("s"))).toBe(false);
  });
});

describe("sameType", () => {
  it("compares Arrow types by their parameters, whichever constructor made them", () => {
    expect(sameType(new Int(true, 8), new Int8())).toBe(true);
    expect(sameType(new Int8(), new Int(true, 8))).toBe(true);
    expect(sameType(new Int8(), new Uint8())).toBe(false);
    expect(sameType(new Timestamp(TimeUnit.SECOND, "UTC"), new Timestamp(TimeUnit.SECOND, "UTC"))).toBe(true);
    expect(sameType(new Timestamp(TimeUnit.SECOND, "UTC"), new Timestamp(TimeUnit.SECOND))).toBe(false);
    expect(sameType(new Decimal(2, 10, 128), new Decimal(2, 10, 256))).toBe(false);
    expect(sameType(new Dictionary(new Utf8(), new Int32()), new Dictionary(new Utf8(), new Int32()))).toBe(true);
    expect(sameType(new Dictionary(new Utf8(), new Int32()), new Dictionary(new Utf8(), new Int8()))).toBe(false);
    const list = (nullable: boolean) => new List(new Field("item", new Int32(), nullable));
    expect(sameType(list(true), list(true))).toBe(true);
    expect(sameType(list(true), list(false))).toBe(false);
  });
});
