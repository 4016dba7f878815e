/**
 * One guard for every copy bound for a spreadsheet (CSV export, the matrix as
 * TSV or a Markdown table): a cell a spreadsheet would read as a formula
 * (=, +, -, @, tab, CR at the start) gets a leading apostrophe, so pasted
 * text never runs (`=HYPERLINK(...)` stays text). A signed number, or a
 * percentage ("-2", "+2 %"), passes as it is: a sheet reads it as a number.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?( ?%)?$/.test(value) ? `'${value}` : value;
}
