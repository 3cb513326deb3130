/**
 * One query per construct the SQL lowering covers, named: the golden SQL test pins their text and
 * the Spark integration suite runs them on a real Spark.
 */
import { Bool, DateDay, Float64, Int32, Int64, Int8, makeData, makeVector, TimestampMicrosecond, Utf8 } from "apache-arrow";
import { col, concat, fromColumns, type LazyFrame, lit, rowNumber, scanParquet, when } from "../src/index.js";

const left = () => fromColumns({ k: Int32Array.from([1, 2, 2]), x: [0.5, NaN, -0], s: ["a", "b", null], big: [2n ** 53n + 1n, 1n, 2n] }).lazy();
const right = () => fromColumns({ k: Int32Array.from([2, 3]), y: ["p", "q"] }).lazy();
const texts = () => fromColumns({ n: [" 12", "-3", null], f: ["1e3", "NaN", "-inf"], b: ["true", " FALSE", null] }).lazy();
const times = () =>
  fromColumns({
    d: makeVector(makeData({ type: new DateDay(), length: 2, data: Int32Array.from([-1, 11016]) })),
    t: makeVector(makeData({ type: new TimestampMicrosecond(), length: 2, data: BigInt64Array.from([-1n, 951_782_400_000_000n]) })),
  }).lazy();
/** A Parquet file read by path (its path differs from machine to machine). */
export const parquet = new URL("data/parquet-testing/alltypes_plain.parquet", import.meta.url).pathname;

/** The queries by name. */
export const CONSTRUCTS: Record<string, () => LazyFrame> = {
  "scan, Parquet by path": () => scanParquet(parquet).select("id"),
  "filter, IEEE comparison": () => left().filter(col("x").gt(0)),
  "filter, Int64 against a float, exactly": () => left().filter(col("big").gte(9007199254740992)),
  "and, or, not, null tests": () => left().filter(col("s").isNull().or(col("k").eq(1).and(col("x").isNaN().not()))),
  "select, arithmetic that wraps": () => left().select(col("k").add(1).alias("a"), col("k").mul(col("k")).alias("m"), col("x").div(2).alias("d"), col("x").mod(0).alias("r")),
  "withColumns, fillNull": () => left().withColumns(col("s").fillNull("z").alias("s")),
  "casts": () => left().select(col("x").cast(new Int32()).alias("i"), col("k").cast(new Bool()).alias("b"), col("k").gt(1).cast(new Int8()).alias("t"), lit(null).cast(new Float64()).alias("n")),
  "group-by, the argmin family": () => left().groupBy("s").agg(col("x").argmin().alias("a"), col("x").argmax().alias("b"), col("x").nanargmin().alias("c"), col("x").nanargmax().alias("d")),
  "group-by, values": () => left().groupBy("k").agg(col("x").count().alias("n"), col("x").sum().alias("s"), col("big").sum().alias("t"), col("x").mean().alias("m"), col("x").min().alias("lo"), col("x").max().alias("hi"), col("s").first().alias("f"), col("s").last().alias("l"), col("s").minBy("x").alias("sm"), col("s").maxBy("x").alias("sx")),
  "group-by, get by position and at an arg-reduction's row": () => left().groupBy("k").agg(col("s").get(0).alias("a"), col("s").get(-1).alias("b"), col("s").get(col("x").nanargmax()).alias("c")),
  "group-by on a float key, -0 with 0": () => left().groupBy("x").agg(col("k").count().alias("n")),
  "select of aggregates, whole frame": () => left().select(col("x").argmin().alias("i"), col("big").max().alias("m")),
  "sort, stable, nulls last": () => left().sort(["s", "x"], { descending: [true, false], nullsLast: true }),
  "sort with a limit (top-k)": () => left().sort("x").head(2),
  "slice": () => left().slice(1, 1),
  "row index": () => left().withRowIndex("i"),
  "tail": () => left().tail(2),
  "windows: row number, shift, running count and sum, rolling sum and mean": () =>
    left().withColumns(rowNumber().alias("r"), col("s").shift(1).alias("p"), col("x").cumCount().alias("c"), col("big").cumSum().alias("cs"), col("k").rollingSum(2).alias("rs"), col("k").rollingMean(2, { minPeriods: 1 }).alias("rm")),
  "ranks": () => left().withColumns(...(["average", "min", "max", "dense", "ordinal"] as const).map((method) => col("x").rank({ method, descending: method === "max" }).alias(method))),
  "over: a window per partition, an aggregate per partition, an extreme per partition": () =>
    left().withColumns(col("k").cumCount().over("s").alias("c"), col("big").sum().over("s").alias("t"), col("x").argmin().over("s").alias("i")),
  "running and rolling extremes and their positions": () =>
    left().withColumns(col("x").cumMin().alias("lo"), col("big").cumMax().over("s").alias("hi"), col("x").cumArgmin().alias("i"), col("big").cumArgmax().alias("j"), col("x").rollingMin(2).alias("rlo"), col("k").rollingArgmax(3, { minPeriods: 1 }).alias("rj")),
  "float running sum in row order": () => left().withColumns(col("x").cumSum().alias("cs"), col("x").cumSum().over("k").alias("ck")),
  "string functions": () =>
    left().select(
      col("s").str.lenBytes().alias("b"), col("s").str.lenChars().alias("n"), col("s").str.contains("a").alias("c"), col("s").str.startsWith("a").alias("p"),
      col("s").str.endsWith("").alias("e"), col("s").str.strip().alias("t"), col("s").str.slice(-2, 1).alias("sl"), col("s").str.replace("a", "$&").alias("r"),
      col("s").str.replaceAll("a'", "b").alias("ra"), col("s").str.split(".").get(-1).alias("g"), col("s").str.split("").get(0).alias("g0"),
    ),
  "casts between strings and numbers": () =>
    texts().select(col("n").cast(new Int64()).alias("n"), col("f").cast(new Float64()).alias("f"), col("b").cast(new Bool()).alias("b"), col("n").cast(new Int64()).cast(new Utf8()).alias("s")),
  "date and time functions": () =>
    times().select(
      col("d").dt.year().alias("y"), col("d").dt.month().alias("m"), col("d").dt.day().alias("d"), col("d").dt.weekday().alias("w"), col("d").dt.ordinal().alias("o"),
      col("t").dt.hour().alias("h"), col("t").dt.minute().alias("mi"), col("t").dt.second().alias("s"), col("t").dt.truncate("week").alias("tw"),
      col("d").dt.truncate("month").alias("dm"), col("t").dt.epoch("ms").alias("ems"), col("d").dt.epoch("s").alias("es"),
    ),
  "when, isIn, fillNan": () => left().select(when(col("x").gt(0)).then(col("k")).otherwise(lit(null)).alias("w"), col("s").isIn(["a", null]).alias("i"), col("x").fillNan(0).alias("f")),
  "concat": () => concat([left(), left().slice(1)]),
  "unique, keeping the last": () => left().unique({ subset: "k", keep: "last" }),
  ...Object.fromEntries((["inner", "left", "right", "full", "semi", "anti"] as const).map((how) => [`join ${how}`, () => left().join(right(), { on: "k", how })])),
  "join cross": () => left().join(right(), { how: "cross" }),
};

