import { fromColumns } from "@quiver/core";
import type { Context } from "../context.js";
import { formatFrame, type OutputMode } from "../output/print.js";
import { type InputOptions, load } from "./stages.js";

/**
 * `quiver schema FILE`: the input's columns, their Arrow types and whether they may hold nulls.
 * @param file - a path or `-`
 * @param options - the format flag
 * @param mode - how to print
 * @param context - the command's context
 */
export async function schemaCommand(file: string, options: InputOptions, mode: OutputMode, context: Context): Promise<void> {
  const input = await load(file, options, context);
  const fields = (await input.frame.collectSchema()).fields;
  const table = fromColumns({
    column: fields.map((f) => f.name),
    type: fields.map((f) => String(f.type)),
    nullable: fields.map((f) => f.nullable),
  });
  context.write(formatFrame(table, mode));
}
