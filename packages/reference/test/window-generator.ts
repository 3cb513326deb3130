/**
 * Random window steps for the differential test: a withColumns of window expressions — running
 * and rolling windows over random sizes, ranks, over random partitions (aggregates and windows),
 * when-chains, isIn, fillNan and string functions — each checked by the interpreter's typing (a candidate it rejects
 * is drawn again).
 */
import { Rng } from "@quiver/core/testing";
import { planStep, type RefExpr, type RefLiteral, type RefSchema, type RefStep } from "../src/index.js";

const RUNNING = ["cumSum", "cumMin", "cumMax", "cumCount", "cumArgmin", "cumArgmax", "rowNumber", "rank", "shift"] as const;
const ROLLING = ["rollingMin", "rollingMax", "rollingSum", "rollingMean", "rollingArgmin", "rollingArgmax"] as const;
const AGGREGATES = ["argmin", "argmax", "min", "max", "sum", "count", "first", "last", "mean"] as const;
const METHODS = ["average", "ordinal", "dense", "min", "max"];
const VALUES: RefLiteral[] = [0, 1, -1, 2.5, NaN, -0, Infinity, 3n, "a", "", "b", true, null];

/** Builds window expressions over one schema from a stream of choices. */
class WindowBuilder {
  constructor(readonly schema: RefSchema, readonly c: Rng) {}

  column(): RefExpr {
    return { col: this.c.pick(this.schema.names) };
  }

  /** A column or a small arithmetic of one, so windows also see computed inputs. */
  input(): RefExpr {
    const x = this.column();
    return this.c.chance(0.2) ? { fn: "add", args: [x, { lit: this.c.pick([1, -0, 0.5]) }] } : x;
  }

  window(): RefExpr {
    const x = this.input();
    if (this.c.chance(0.4)) {
      const fn = this.c.pick(ROLLING);
      const size = this.c.int(1, 6);
      const options = this.c.chance(0.5) ? { minPeriods: this.c.int(1, size) } : undefined;
      return { fn, args: [x, { lit: size }], ...(options ? { options } : {}) };
    }
    const fn = this.c.pick(RUNNING);
    if (fn === "rowNumber") return { fn, args: [] };
    if (fn === "shift") return { fn, args: [x, { lit: this.c.int(-3, 3) }] };
    if (fn === "rank") {
      const options = this.c.chance(0.7) ? { method: this.c.pick(METHODS), descending: this.c.chance(0.5) } : undefined;
      return { fn, args: [x], ...(options ? { options } : {}) };
    }
    return { fn, args: [x] };
  }

  conditional(): RefExpr {
    const r = this.c.next();
    if (r < 0.4) {
      const pairs = this.c.int(1, 3);
      const args: RefExpr[] = [];
      const value = this.column();
      for (let i = 0; i < pairs; i++) args.push({ fn: this.c.pick(["gt", "lt", "eq"] as const), args: [this.column(), { lit: this.c.pick(VALUES) }] }, this.c.chance(0.5) ? value : this.column());
      args.push(this.c.chance(0.7) ? value : { lit: null });
      return { fn: "when", args };
    }
    if (r < 0.75) return { fn: "isIn", args: [this.column(), ...Array.from({ length: this.c.int(0, 3) }, () => ({ lit: this.c.pick(VALUES) }))] };
    return { fn: "fillNan", args: [this.column(), { lit: this.c.pick([0, -1, null, 2.5]) }] };
  }

  /** A string function of a string column (or, rarely, of another column, which the rules reject). */
  text(): RefExpr {
    const strings = this.schema.names.filter((_, i) => this.schema.types[i] === "utf8");
    const x: RefExpr = strings.length > 0 && this.c.chance(0.95) ? { col: this.c.pick(strings) } : this.column();
    const pattern = () => ({ lit: this.c.pick(["a", "", "b", "😀", "é", "ab"]) });
    const regex = () => (this.c.chance(0.5) ? { options: { regex: true, ...(this.c.chance(0.5) ? { flags: "i" } : {}) } } : {});
    switch (this.c.int(0, 8)) {
      case 0: return { fn: this.c.pick(["str.lenBytes", "str.lenChars", "str.lower", "str.upper", "str.strip"] as const), args: [x] };
      case 1: return { fn: "str.contains", args: [x, pattern()], ...regex() };
      case 2: return { fn: this.c.pick(["str.startsWith", "str.endsWith"] as const), args: [x, pattern()] };
      case 3: return { fn: "str.slice", args: [x, { lit: this.c.int(-3, 3) }, ...(this.c.chance(0.5) ? [{ lit: this.c.int(0, 3) }] : [])] };
      case 4: case 5: return { fn: this.c.pick(["str.replace", "str.replaceAll"] as const), args: [x, { lit: this.c.pick(["a", "b", "😀"]) }, { lit: this.c.pick(["", "X", "$&"]) }], ...regex() };
      default: return { fn: "str.splitGet", args: [x, pattern(), { lit: this.c.int(-2, 2) }] };
    }
  }

  any(): RefExpr {
    const r = this.c.next();
    if (r < 0.15) return this.text();
    if (r < 0.45) return this.window();
    if (r < 0.75) {
      const keys = Array.from({ length: this.c.int(1, 2) }, () => this.column());
      const input: RefExpr = this.c.chance(0.5) ? { fn: this.c.pick(AGGREGATES), args: [this.input()] } : this.window();
      return { over: input, keys };
    }
    if (r < 0.85) return { fn: "sub", args: [this.column(), this.window()] };
    return this.conditional();
  }
}

/**
 * A withColumns step of window expressions over a schema, or null when no candidate types.
 * @param schema - the schema the step reads
 * @param seed - the choices
 * @returns the step
 */
export function windowStep(schema: RefSchema, seed: number): RefStep | null {
  const c = new Rng(seed);
  for (let attempt = 0; attempt < 20; attempt++) {
    const b = new WindowBuilder(schema, c);
    const exprs = Array.from({ length: c.int(1, 3) }, (_, i): RefExpr => ({ alias: `_w${i}`, input: b.any() }));
    const step: RefStep = { withColumns: exprs };
    try {
      planStep(schema, step);
      return step;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return null;
}
