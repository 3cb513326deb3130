import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { argminCommand } from "./commands/argmin.js";
import { convertCommand } from "./commands/convert.js";
import { describeCommand } from "./commands/describe.js";
import { headCommand } from "./commands/head.js";
import { queryCommand } from "./commands/query.js";
import { schemaCommand } from "./commands/schema.js";
import type { Context } from "./context.js";
import { EXIT, reportError } from "./errors.js";
import { FORMATS } from "./input/formats.js";
import { outputMode } from "./output/print.js";

const FILE = "an Arrow IPC, Parquet, CSV or NDJSON file, or - for standard input";

/**
 * Runs the `quiver` command line.
 * @param argv - the arguments after the program name
 * @param context - the Ctrl-C signal and where answers go
 * @returns the exit code: 0 ok, 1 bad input, 2 bad usage, 130 interrupted
 * @example await runCli(["argmin", "flights.parquet", "delay"], context)
 */
export async function runCli(argv: readonly string[], context: Context): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    await program(context).parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.badUsage;
    return reportError(error, debug);
  }
}

function program(context: Context): Command {
  const quiver = new Command("quiver")
    .description("Query Arrow IPC, Parquet, CSV and NDJSON files; find the row of the smallest or largest value.")
    .version("0.1.0")
    .option("--debug", "print the stack of an error")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`quiver: ${text.replace(/^error: /, "")}`) })
    .showHelpAfterError("(run with --help for usage)");

  const formatOption = () => new Option("--format <format>", "the input's format when its extension does not tell").choices(FORMATS);
  const output = (command: Command) => command.option("--json", "print JSON for scripts").option("--csv", "print CSV for scripts");

  output(quiver.command("schema").description("print the columns and their types").argument("<file>", FILE).addOption(formatOption())).action(
    (file: string, options) => schemaCommand(file, options, outputMode(options), context),
  );

  output(
    quiver
      .command("head")
      .description("print the first rows")
      .argument("<file>", FILE)
      .option("-n, --rows <n>", "how many rows", count, 10)
      .addOption(formatOption()),
  ).action((file: string, options) => headCommand(file, options.rows, options, outputMode(options), context));

  output(quiver.command("describe").description("print count, nulls, min, max, argmin, argmax and mean of every column").argument("<file>", FILE).addOption(formatOption())).action(
    (file: string, options) => describeCommand(file, options, outputMode(options), context),
  );

  output(
    quiver
      .command("argmin")
      .description("print the position of the smallest value of a column, the value, and the whole row")
      .argument("<file>", FILE)
      .argument("<column>", "the column to minimise")
      .option("--max", "the largest value instead (argmax)")
      .addOption(new Option("--nan <rule>", "propagate: the first NaN wins (NumPy argmin); skip: NaN is skipped (nanargmin)").choices(["propagate", "skip"]))
      .option("--by <keys...>", "answer per group of these columns (positions within the group)")
      .option("--where <expr>", 'keep only rows where this holds, e.g. \'delay > 0 and origin == "SFO"\'')
      .addOption(formatOption()),
  ).action((file: string, column: string, options) => argminCommand(file, column, options, outputMode(options), context));

  output(
    quiver
      .command("query")
      .description("filter, group, aggregate, sort and limit a file, streamed")
      .argument("<file>", FILE)
      .option("--select <exprs>", "columns or expressions, comma-separated (`x as name` renames)")
      .option("--where <expr>", 'keep only rows where this holds, e.g. \'delay > 0 and origin == "SFO"\'')
      .option("--group-by <keys>", "group keys, comma-separated")
      .option("--agg <exprs>", "aggregates, e.g. 'argmin(delay), count(delay) as n'")
      .option("--sort <keys>", "sort keys, e.g. 'delay desc, origin'")
      .option("--limit <n>", "at most this many rows", count)
      .option("--explain", "print the optimized plan instead of running it")
      .addOption(formatOption()),
  ).action((file: string, options) => queryCommand(file, options, outputMode(options), context));

  quiver
    .command("convert")
    .description("convert between Arrow IPC, Parquet, CSV and NDJSON, streamed; no partial output on failure")
    .argument("<in>", FILE)
    .argument("<out>", "the file to write")
    .addOption(new Option("--from <format>", "the input's format when its extension does not tell").choices(FORMATS))
    .addOption(new Option("--to <format>", "the output's format when its extension does not tell").choices(FORMATS))
    .action((from: string, to: string, options) => convertCommand(from, to, options, context));

  return quiver;
}

/** A non-negative integer option value. */
function count(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new InvalidArgumentError("expected a non-negative integer");
  return value;
}
