import { type DataType, Type } from "apache-arrow";

/**
 * An HTML table of values; nulls are shown as "null", greyed.
 * @param headers - the column names
 * @param rows - the cells, row by row
 * @param types - each column's type, where known, to show dates as dates
 * @param rowData - `data-` attributes for each row, for scripts and tests reading the page
 * @returns the table
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  types: readonly (DataType | undefined)[] = [],
  rowData?: (row: number) => Record<string, string>,
): HTMLTableElement {
  const node = document.createElement("table");
  const head = node.createTHead().insertRow();
  for (const header of headers) head.append(Object.assign(document.createElement("th"), { textContent: header }));
  const body = node.createTBody();
  rows.forEach((cells, r) => {
    const tr = body.insertRow();
    Object.assign(tr.dataset, rowData?.(r) ?? {});
    cells.forEach((value, c) => {
      const td = tr.insertCell();
      td.textContent = format(value, types[c]);
      if (value === null || value === undefined) td.className = "null";
    });
  });
  return node;
}

/**
 * A cell's text: dates and timestamps (given as milliseconds since 1970) as ISO strings,
 * everything else as JavaScript prints it.
 * @param value - the value, as the engine gives it
 * @param type - its column's type, if known
 */
export function format(value: unknown, type?: DataType): string {
  if (value === null || value === undefined) return "null";
  const temporal = type?.typeId === Type.Date || type?.typeId === Type.Timestamp;
  if (temporal && typeof value === "number") return new Date(value).toISOString();
  return String(value);
}

/**
 * Replaces the options of a select, keeping the chosen one when it is still offered.
 * @param select - the element
 * @param names - the options
 */
export function setOptions(select: HTMLSelectElement, names: readonly string[]): void {
  const chosen = select.value;
  select.replaceChildren(...names.map((name) => new Option(name, name)));
  if (names.includes(chosen)) select.value = chosen;
}
