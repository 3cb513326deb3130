import { col, fromColumns, formatExpr, lit } from "@quiver/core";
import { describe, expect, test } from "vitest";
import { parseExpression, parseExpressionList, parseSortKeys } from "../src/language/parser.js";
import { ExpressionSyntaxError } from "../src/language/syntax-error.js";

const same = (text: string) => formatExpr(parseExpression(text, "--where"));

describe("the expression language", () => {
  test.each([
    ['delay > 0 and origin == "SFO"', col("delay").gt(0).and(col("origin").eq("SFO"))],
    ["a < 1 or b >= 2 and c != 3", col("a").lt(1).or(col("b").gte(2).and(col("c").neq(3)))],
    ["(a < 1 or b >= 2) and not c <= 3", col("a").lt(1).or(col("b").gte(2)).and(col("c").lte(3).not())],
    ["x is null or y is not null", col("x").isNull().or(col("y").isNotNull())],
    ["a + b * 2 - c / 4 % 3 = 1", col("a").add(col("b").mul(2)).sub(col("c").div(4).mod(3)).eq(1)],
    ["-x < -1.5e3", lit(0).sub(col("x")).lt(-1500)],
    ["`my col` <> 'it\\'s'", col("my col").neq("it's")],
    ["flag == true AND name == null", col("flag").eq(true).and(col("name").eq(lit(null)))],
    ["big == 9007199254740993", col("big").eq(9007199254740993n)],
    ["argmin(delay) + count(x)", col("delay").argmin().add(col("x").count())],
    ["min_by(origin, delay)", col("origin").minBy(col("delay"))],
  ])("%s", (text, expected) => {
    expect(same(text)).toBe(formatExpr(expected));
  });

  test("a parsed predicate filters as the built one does", () => {
    const df = fromColumns({ delay: [3, -1, null, 7, 0], origin: ["SFO", "SFO", "SFO", "LAX", "SFO"] });
    const parsed = df.filter(parseExpression('delay >= 0 and origin == "SFO" or delay is null', "--where"));
    const built = df.filter(col("delay").gte(0).and(col("origin").eq("SFO")).or(col("delay").isNull()));
    expect(parsed.toArrow().toArray().map(String)).toEqual(built.toArrow().toArray().map(String));
    expect(parsed.height).toBe(3);
  });

  test("lists take aliases, sort keys take directions", () => {
    expect(parseExpressionList("argmin(delay) as earliest, origin", "--agg").map(formatExpr)).toEqual([formatExpr(col("delay").argmin().alias("earliest")), formatExpr(col("origin"))]);
    const keys = parseSortKeys("n desc, origin asc, x", "--sort");
    expect(keys.map((k) => [formatExpr(k.expr), k.descending])).toEqual([
      [formatExpr(col("n")), true],
      [formatExpr(col("origin")), false],
      [formatExpr(col("x")), false],
    ]);
  });

  test.each([
    ["delay > ", 8, "expected a value, found the end"],
    ["delay >> 3", 7, "expected a value, found \">\""],
    ["(a < 1", 6, 'expected ")" to close the "(" at character 1, found the end'],
    ['a == "open', 5, "unclosed \""],
    ["a # b", 2, 'unexpected character "#"'],
    ["a is 3", 5, "expected null after is, found 3"],
    ["a b", 2, "unexpected b"],
    ["median(a)", 0, "unknown function median; the functions are"],
    ["argmin(a, b)", 0, "argmin takes 1 argument, got 2"],
    ["and", 0, "expected a value, found and"],
  ])("%j fails at character %i", (text, position, problem) => {
    let error: unknown;
    try {
      parseExpression(text, "--where");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExpressionSyntaxError);
    const syntax = error as ExpressionSyntaxError;
    expect(syntax.position).toBe(position);
    expect(syntax.problem.startsWith(problem)).toBe(true);
    expect(syntax.message.split("\n")[2]).toBe(`  ${" ".repeat(position)}^`);
  });
});
