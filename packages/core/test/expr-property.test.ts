import fc from "fast-check";
import { Bool, DateDay, Decimal, Field, Float32, Float64, Int32, Int8, List, Schema, Utf8 } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { ColumnNotFoundError } from "../src/errors.js";
import {
  argmaxHorizontal, argminHorizontal, call, col, columnsOf, equalsExpr, Expr, fieldOf, FUNCTIONS, type FunctionName,
  formatExpr, idxmaxHorizontal, idxminHorizontal, isAggregate, type LiteralInput, lit, mapExpr, outputName, rowNumber, when,
} from "../src/expr/index.js";

// Cast targets whose Arrow names are also identifiers, so formatted text can be evaluated.
const CAST_TYPES = { Int8: new Int8(), Int32: new Int32(), Float32: new Float32(), Float64: new Float64(), Utf8: new Utf8(), Bool: new Bool() };
const NAMES = ["a", "b", "fare", 'q"uote', "new\nline", ""];

const LITERAL: fc.Arbitrary<LiteralInput> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(NaN, -0, 0.5, Infinity, -Infinity, 2 ** 40, 1e21, -1e-7),
  fc.bigInt({ min: -2n, max: 2n }),
  fc.constant(2n ** 64n - 1n),
  fc.boolean(),
  fc.constantFrom("a", "", "é\u2028\ud800", "fare"),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
);

// Functions whose builder is a method taking expressions; windows and namespaces come from WINDOWS.
const PLAIN = (Object.keys(FUNCTIONS) as FunctionName[]).filter((n) => FUNCTIONS[n].kind !== "window" && !n.includes("."));
const UNARY = PLAIN.filter((n) => FUNCTIONS[n].arity.max === 1);
// The top-k aggregates take a count, not an expression: they are built among the settings below.
const BINARY = PLAIN.filter((n) => FUNCTIONS[n].arity.max === 2 && !n.endsWith("K"));
/** Builders with settings: windows, top-k, conditionals, string and date functions. */
const WINDOWS: ((e: Expr) => Expr)[] = [
  (e) => e.cumSum(), (e) => e.cumArgmin(), (e) => e.shift(-2), (e) => e.diff(), (e) => e.rank(), (e) => e.rank({ method: "dense", descending: true }),
  (e) => e.rollingArgmin(3, { minPeriods: 1 }), (e) => e.rollingMean(2), (e) => e.over("a", col("b")), () => rowNumber(),
  (e) => e.argminK(2), (e) => e.argmaxK(1), (e) => e.bottomK(3), (e) => e.topK(2),
  (e) => e.str.contains(/a+/i), (e) => e.str.contains("x"), (e) => e.str.replace(/(a)/g, "$1"), (e) => e.str.replaceAll("a", "b"),
  (e) => e.str.split(",").get(-1), (e) => e.str.slice(1, 2), (e) => e.str.lenChars(), (e) => e.dt.truncate("week"), (e) => e.dt.epoch(),
  (e) => e.isIn([1, "a", null]), (e) => e.isBetween(0, 1, { closed: "left" }), (e) => when(e).then(1).when(e).then(2).otherwise(3), (e) => when(e).then(e),
];
const HORIZONTAL = [argminHorizontal, argmaxHorizontal, idxminHorizontal, idxmaxHorizontal];

/** Expression trees of every node kind and every function, built through the public builder. */
const { expr: EXPR } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...NAMES).map(col),
    LITERAL.map(lit),
    fc.tuple(tie("expr"), fc.constantFrom(...NAMES)).map(([e, name]) => e.alias(name)),
    fc.tuple(tie("expr"), fc.constantFrom(...Object.values(CAST_TYPES))).map(([e, t]) => e.cast(t)),
    fc.tuple(fc.constantFrom(...UNARY), tie("expr")).map(([name, e]) => call(name, e)),
    // The second argument is often a plain value, so the builder's own wrapping is exercised.
    fc.tuple(fc.constantFrom(...BINARY), tie("expr"), fc.oneof(tie("expr"), LITERAL, fc.constantFrom(...NAMES)))
      .map(([name, e, other]) => (e as unknown as Record<string, (x: unknown) => Expr>)[name](other)),
    fc.tuple(tie("expr"), fc.constantFrom(...WINDOWS)).map(([e, build]) => build(e)),
    fc.tuple(fc.constantFrom(...HORIZONTAL), fc.array(fc.oneof(tie("expr"), LITERAL, fc.constantFrom(...NAMES)), { minLength: 1, maxLength: 3 }))
      .map(([fn, inputs]) => fn(...inputs)),
  ),
}));

/** Evaluates formatted text as TypeScript against the builder. */
function parse(text: string): Expr {
  const scope = { col, lit, argminHorizontal, argmaxHorizontal, idxminHorizontal, idxmaxHorizontal, rowNumber, when, ...CAST_TYPES };
  return new Function(...Object.keys(scope), `return ${text};`)(...Object.values(scope)) as Expr;
}

describe("expression properties", () => {
  it("formatExpr prints code that rebuilds an equal expression", () => {
    fc.assert(
      fc.property(EXPR, (e) => {
        expect(equalsExpr(parse(formatExpr(e)), e)).toBe(true);
      }),
    );
  });

  it("formatExpr is injective: equal text exactly when equal trees", () => {
    fc.assert(
      // Independent trees are rarely equal, so half the pairs are a tree and a rebuilt copy of it.
      fc.property(EXPR, EXPR, fc.boolean(), (a, other, same) => {
        const b = same ? parse(formatExpr(a)) : other;
        expect(formatExpr(a) === formatExpr(b)).toBe(equalsExpr(a, b));
      }),
    );
  });

  it("mapExpr with the identity returns the tree itself; with a copy, an equal new tree", () => {
    fc.assert(
      fc.property(EXPR, (e) => {
        expect(mapExpr(e, (x) => x)).toBe(e);
        const copy = mapExpr(e, (x) => new Expr(x.node));
        expect(copy).not.toBe(e);
        expect(equalsExpr(copy, e)).toBe(true);
        expect(formatExpr(copy)).toBe(formatExpr(e));
      }),
    );
  });

  it("renaming columns with mapExpr renames exactly the referenced columns", () => {
    fc.assert(
      fc.property(EXPR, (e) => {
        const renamed = mapExpr(e, (x) => (x.node.kind === "column" ? col(`${x.node.name}!`) : x));
        expect(columnsOf(renamed)).toEqual(new Set([...columnsOf(e)].map((n) => `${n}!`)));
        expect(isAggregate(renamed)).toBe(isAggregate(e));
      }),
    );
  });

  it("typing either gives a field named by outputName or throws a TypeError or ColumnNotFoundError", () => {
    const schema = new Schema([
      new Field("a", new Float64(), true), new Field("b", new Int8(), true), new Field("fare", new Utf8(), true),
      new Field('q"uote', new DateDay(), true), new Field("", new Decimal(2, 10), true),
      new Field("new\nline", new List(new Field("item", new Int32(), true)), true),
    ]);
    fc.assert(
      fc.property(EXPR, (e) => {
        try {
          expect(fieldOf(e, schema).name).toBe(outputName(e));
        } catch (error) {
          expect(error instanceof TypeError || error instanceof ColumnNotFoundError).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
