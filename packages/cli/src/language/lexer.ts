import { ExpressionSyntaxError } from "./syntax-error.js";

/** One token of the expression language, with where it starts in the text. */
export type Token =
  | { readonly kind: "number"; readonly text: string; readonly at: number }
  | { readonly kind: "string"; readonly value: string; readonly at: number }
  | { readonly kind: "name"; readonly value: string; readonly quoted: boolean; readonly at: number }
  | { readonly kind: "symbol"; readonly value: string; readonly at: number }
  | { readonly kind: "end"; readonly at: number };

const SYMBOLS = ["==", "!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", ",", "+", "-", "*", "/", "%"];
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;

/**
 * Splits an expression into tokens: numbers, 'single' or "double" quoted strings (a backslash
 * escapes the next character), names (bare, or `back-quoted` for any column name), and symbols.
 * @param text - the expression
 * @param option - the option it came from, for errors
 * @returns the tokens, ending with an "end" token
 * @throws ExpressionSyntaxError at an unclosed quote or a character that starts no token
 */
export function tokenize(text: string, option: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === "`") {
      const { value, end } = readQuoted(text, at, option);
      tokens.push(quote === "`" ? { kind: "name", value, quoted: true, at } : { kind: "string", value, at });
      at = end;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", text: number[0], at });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: "name", value: name[0], quoted: false, at });
      at += name[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => rest.startsWith(s));
    if (symbol === undefined) throw new ExpressionSyntaxError(`unexpected character ${JSON.stringify(rest[0])}`, text, at, option);
    tokens.push({ kind: "symbol", value: symbol, at });
    at += symbol.length;
  }
  tokens.push({ kind: "end", at: text.length });
  return tokens;
}

/** The text between a quote at `start` and its closing twin, unescaped. */
function readQuoted(text: string, start: number, option: string): { value: string; end: number } {
  const quote = text[start];
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return { value, end: i + 1 };
    if (c === "\\" && i + 1 < text.length) {
      value += text[++i];
      continue;
    }
    value += c;
  }
  throw new ExpressionSyntaxError(`unclosed ${quote}`, text, start, option);
}
