/** Shows a value inside a message as JSON (`"phone"`, `42`), or as text when JSON cannot. */
export function showValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Shows a list inside a message, each value as JSON, joined by `separator` (`、` or `, `). */
export function listValues(values: unknown, separator: string): string {
  return Array.isArray(values)
    ? values.map((value) => showValue(value)).join(separator)
    : String(values);
}
