/** Reads the answer at a JSON pointer such as `/name` or `/members/0/name`. */
export function valueAt(values: Readonly<Record<string, unknown>>, pointer: string): unknown {
  let current: unknown = values;
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A copy of `values` with the answer at `pointer` replaced; the rest is shared. */
export function withValueAt(
  values: Readonly<Record<string, unknown>>,
  pointer: string,
  value: unknown,
): Record<string, unknown> {
  const parts = pointer.split('/').slice(1);
  const put = (target: unknown, index: number): unknown => {
    const part = parts[index] ?? '';
    if (index === parts.length - 1) {
      if (Array.isArray(target))
        return target.map((item, at) => (String(at) === part ? value : item));
      return { ...(target as Record<string, unknown>), [part]: value };
    }
    if (Array.isArray(target))
      return target.map((item, at) => (String(at) === part ? put(item ?? {}, index + 1) : item));
    const record = (target ?? {}) as Record<string, unknown>;
    return { ...record, [part]: put(record[part] ?? {}, index + 1) };
  };
  return put(values, 0) as Record<string, unknown>;
}

/** Whether `path` is `pointer` or lies inside it (`/address/room` inside `/address`). */
export function within(path: string, pointer: string): boolean {
  return path === pointer || path.startsWith(`${pointer}/`);
}
