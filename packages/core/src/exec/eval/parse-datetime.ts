/**
 * Parsing dates and timestamps with strftime-style formats: `%Y` (a year, 4 digits with an
 * optional sign), `%m`, `%d`, `%H`, `%M`, `%S` (1 or 2 digits), `%f` (1 to 9 digits of a second's
 * fraction), `%%`; other characters match themselves. The whole string must match and name a real
 * date and time, else the value is null (as Polars' `strict=False`).
 */
import { daysFromCivil, isCivilDate } from "../../types/civil-date.js";

const PATTERNS: Record<string, string> = {
  Y: "([+-]?\\d{4})", m: "(\\d{1,2})", d: "(\\d{1,2})", H: "(\\d{1,2})", M: "(\\d{1,2})", S: "(\\d{1,2})", f: "(\\d{1,9})",
};

const compiled = new Map<string, { regex: RegExp; fields: string[] }>();

function compile(format: string): { regex: RegExp; fields: string[] } {
  let entry = compiled.get(format);
  if (entry !== undefined) return entry;
  let source = "";
  const fields: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "%" && i + 1 < format.length) {
      const code = format[++i];
      if (code === "%") source += "%";
      else if (PATTERNS[code] !== undefined) {
        source += PATTERNS[code];
        fields.push(code);
      } else throw new RangeError(`unsupported format directive %${code} in ${JSON.stringify(format)}: use %Y %m %d %H %M %S %f %%`);
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  entry = { regex: new RegExp(`^${source}$`), fields };
  compiled.set(format, entry);
  return entry;
}

/**
 * Parses one string.
 * @param s - the text
 * @param format - the format
 * @param as - "date" gives days since the epoch, "timestamp" microseconds (bigint)
 * @returns the value, or null when the text does not match or names no real date and time
 * @throws RangeError for a directive the format language lacks
 */
export function parseTemporal(s: string, format: string, as: "date" | "timestamp"): number | bigint | null {
  const { regex, fields } = compile(format);
  const match = regex.exec(s);
  if (match === null) return null;
  const part: Record<string, number> = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0, f: 0 };
  let fraction = 0n;
  fields.forEach((f, k) => {
    if (f === "f") fraction = BigInt(match[k + 1].padEnd(9, "0")) / 1000n;
    else part[f] = Number(match[k + 1]);
  });
  if (!isCivilDate(part.Y, part.m, part.d) || part.H > 23 || part.M > 59 || part.S > 59) return null;
  const days = daysFromCivil(part.Y, part.m, part.d);
  if (as === "date") return days;
  return BigInt(days) * 86_400_000_000n + BigInt(part.H * 3600 + part.M * 60 + part.S) * 1_000_000n + fraction;
}
