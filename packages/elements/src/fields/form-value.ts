/**
 * What a field contributes to its `<form>`'s `FormData`, the way native controls do: text
 * as one entry, a list of choices as one entry per choice, a ticked box as "on", nothing
 * for an empty answer, and structured answers (an address, file metadata) as JSON.
 */
export function formValue(value: unknown, name: string): string | FormData | null {
  if (value === undefined || value === null || value === '' || value === false) return null;
  if (value === true) return 'on';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    if (value.length === 0 || !name) return null;
    const data = new FormData();
    for (const item of value) data.append(name, item);
    return data;
  }
  return JSON.stringify(value);
}

/** The state a browser keeps for a field across reloads and history navigation. */
export function formState(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Reads back a {@link formState}; anything unreadable gives `undefined`. */
export function readFormState(state: unknown): unknown {
  if (typeof state !== 'string') return undefined;
  try {
    return JSON.parse(state) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Turns full-width digits (from a Chinese input method) into ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
  );
}
