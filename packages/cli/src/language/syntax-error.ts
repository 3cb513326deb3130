/**
 * A mistake in an expression typed on the command line, at one character: its message shows the
 * text with a caret under that character.
 */
export class ExpressionSyntaxError extends Error {
  override readonly name = "ExpressionSyntaxError";

  /**
   * @param problem - what is wrong, e.g. `expected a value after ">"`
   * @param text - the whole expression
   * @param position - the offending character's index in `text` (its length for "at the end")
   * @param option - the option the text came from, e.g. `--where`
   */
  constructor(
    readonly problem: string,
    readonly text: string,
    readonly position: number,
    readonly option: string,
  ) {
    super(`${option}: ${problem} at character ${position + 1}\n  ${text}\n  ${" ".repeat(position)}^`);
  }
}
