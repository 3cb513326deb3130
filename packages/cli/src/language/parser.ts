import { col, type Expr, lit } from "@quiver/core";
import { FUNCTIONS } from "./functions.js";
import { type Token, tokenize } from "./lexer.js";
import { ExpressionSyntaxError } from "./syntax-error.js";

/** One sort key of `--sort`: an expression and its direction. */
export interface SortKey {
  readonly expr: Expr;
  readonly descending: boolean;
}

const COMPARISONS: Readonly<Record<string, (a: Expr, b: Expr) => Expr>> = {
  "==": (a, b) => a.eq(b),
  "=": (a, b) => a.eq(b),
  "!=": (a, b) => a.neq(b),
  "<>": (a, b) => a.neq(b),
  "<": (a, b) => a.lt(b),
  "<=": (a, b) => a.lte(b),
  ">": (a, b) => a.gt(b),
  ">=": (a, b) => a.gte(b),
};
const ARITHMETIC: Readonly<Record<string, (a: Expr, b: Expr) => Expr>> = {
  "+": (a, b) => a.add(b),
  "-": (a, b) => a.sub(b),
  "*": (a, b) => a.mul(b),
  "/": (a, b) => a.div(b),
  "%": (a, b) => a.mod(b),
};
const KEYWORDS = new Set(["and", "or", "not", "is", "null", "true", "false", "as", "asc", "desc"]);

/**
 * Parses a predicate or value expression such as `delay > 0 and origin == "SFO"` into a Quiver
 * expression: `or`, `and`, `not`, parentheses, comparisons (`== = != <> < <= > >=`), `+ - * / %`,
 * `x is null`, `x is not null`, numbers, strings, `true`/`false`/`null`, column names (bare or
 * `back-quoted`) and function calls such as `argmin(delay)`.
 * @param text - the expression
 * @param option - the option it came from, named in errors
 * @returns the expression
 * @throws ExpressionSyntaxError pointing at the first character that does not fit
 * @example parseExpression('delay > 0 and origin == "SFO"', "--where")
 */
export function parseExpression(text: string, option: string): Expr {
  const parser = new Parser(text, option);
  const expr = parser.expression();
  parser.expectEnd();
  return expr;
}

/**
 * Parses a comma-separated list of expressions, each optionally named with `as`:
 * `argmin(delay) as earliest, count(delay)`.
 * @param text - the list
 * @param option - the option it came from, named in errors
 * @returns the expressions, aliased where asked
 * @throws ExpressionSyntaxError pointing at the first character that does not fit
 */
export function parseExpressionList(text: string, option: string): Expr[] {
  const parser = new Parser(text, option);
  return parser.list(() => {
    const expr = parser.expression();
    return parser.keyword("as") ? expr.alias(parser.name("a name after as")) : expr;
  });
}

/**
 * Parses sort keys: `delay desc, origin` (ascending unless `desc`).
 * @param text - the list
 * @param option - the option it came from, named in errors
 * @returns the keys in order
 * @throws ExpressionSyntaxError pointing at the first character that does not fit
 */
export function parseSortKeys(text: string, option: string): SortKey[] {
  const parser = new Parser(text, option);
  return parser.list(() => {
    const expr = parser.expression();
    const descending = parser.keyword("desc");
    if (!descending) parser.keyword("asc");
    return { expr, descending };
  });
}

/** A recursive-descent parser, one method per precedence level, lowest first. */
class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly option: string,
  ) {
    this.tokens = tokenize(text, option);
  }

  list<T>(item: () => T): T[] {
    const items = [item()];
    while (this.symbol(",")) items.push(item());
    this.expectEnd();
    return items;
  }

  expression(): Expr {
    let left = this.conjunction();
    while (this.keyword("or")) left = left.or(this.conjunction());
    return left;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== "end") this.fail(`unexpected ${describe(token)}`, token);
  }

  keyword(word: string): boolean {
    const token = this.peek();
    if (token.kind === "name" && !token.quoted && token.value.toLowerCase() === word) {
      this.index++;
      return true;
    }
    return false;
  }

  name(what: string): string {
    const token = this.next();
    if (token.kind === "name" && (token.quoted || !KEYWORDS.has(token.value.toLowerCase()))) return token.value;
    return this.fail(`expected ${what}, found ${describe(token)}`, token);
  }

  private conjunction(): Expr {
    let left = this.negation();
    while (this.keyword("and")) left = left.and(this.negation());
    return left;
  }

  private negation(): Expr {
    return this.keyword("not") ? this.negation().not() : this.comparison();
  }

  private comparison(): Expr {
    const left = this.sum();
    const token = this.peek();
    if (token.kind === "symbol" && token.value in COMPARISONS) {
      this.index++;
      return COMPARISONS[token.value](left, this.sum());
    }
    if (this.keyword("is")) {
      const negated = this.keyword("not");
      if (!this.keyword("null")) this.fail(`expected null after ${negated ? "is not" : "is"}, found ${describe(this.peek())}`, this.peek());
      return negated ? left.isNotNull() : left.isNull();
    }
    return left;
  }

  private sum(): Expr {
    return this.binaryLevel(["+", "-"], () => this.product());
  }

  private product(): Expr {
    return this.binaryLevel(["*", "/", "%"], () => this.unary());
  }

  private binaryLevel(operators: readonly string[], operand: () => Expr): Expr {
    let left = operand();
    for (let token = this.peek(); token.kind === "symbol" && operators.includes(token.value); token = this.peek()) {
      this.index++;
      left = ARITHMETIC[token.value](left, operand());
    }
    return left;
  }

  private unary(): Expr {
    if (!this.symbol("-")) return this.primary();
    const token = this.peek();
    if (token.kind === "number") {
      this.index++;
      return lit(numberValue(`-${token.text}`));
    }
    return lit(0).sub(this.unary());
  }

  private primary(): Expr {
    const token = this.next();
    if (token.kind === "number") return lit(numberValue(token.text));
    if (token.kind === "string") return lit(token.value);
    if (token.kind === "symbol" && token.value === "(") {
      const inner = this.expression();
      if (!this.symbol(")")) this.fail(`expected ")" to close the "(" at character ${token.at + 1}, found ${describe(this.peek())}`, this.peek());
      return inner;
    }
    if (token.kind === "name" && !token.quoted) {
      const word = token.value.toLowerCase();
      if (word === "null") return lit(null);
      if (word === "true" || word === "false") return lit(word === "true");
      if (KEYWORDS.has(word)) return this.fail(`expected a value, found ${describe(token)}`, token);
      if (this.symbol("(")) return this.call(token);
    }
    if (token.kind === "name") return col(token.value);
    return this.fail(`expected a value, found ${describe(token)}`, token);
  }

  private call(token: Extract<Token, { kind: "name" }>): Expr {
    const spec = FUNCTIONS.get(token.value.toLowerCase());
    if (spec === undefined) return this.fail(`unknown function ${token.value}; the functions are ${[...FUNCTIONS.keys()].join(", ")}`, token);
    const args: Expr[] = [];
    if (!this.symbol(")")) {
      do args.push(this.expression());
      while (this.symbol(","));
      if (!this.symbol(")")) this.fail(`expected "," or ")" in the call of ${token.value}, found ${describe(this.peek())}`, this.peek());
    }
    if (args.length !== spec.arity) this.fail(`${token.value} takes ${spec.arity} argument${spec.arity === 1 ? "" : "s"}, got ${args.length}`, token);
    return spec.build(args);
  }

  private symbol(value: string): boolean {
    const token = this.peek();
    if (token.kind === "symbol" && token.value === value) {
      this.index++;
      return true;
    }
    return false;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== "end") this.index++;
    return token;
  }

  private fail(problem: string, token: Token): never {
    throw new ExpressionSyntaxError(problem, this.text, token.at, this.option);
  }
}

/** A number token's value: a bigint when an integer is too large for a double to hold exactly. */
function numberValue(text: string): number | bigint {
  const value = Number(text);
  return /^-?\d+$/.test(text) && !Number.isSafeInteger(value) ? BigInt(text) : value;
}

/** A token as an error message names it. */
function describe(token: Token): string {
  switch (token.kind) {
    case "end":
      return "the end";
    case "number":
      return token.text;
    case "string":
      return JSON.stringify(token.value);
    case "name":
      return token.quoted ? `\`${token.value}\`` : token.value;
    case "symbol":
      return JSON.stringify(token.value);
  }
}
