const VALID_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_KEY_LENGTH = 64;

/**
 * Turns a name from another tool into something close that is a valid Yizhan key, or ''
 * when nothing usable is left: `full-name` → `full_name`, `2nd` → `f_2nd`, `姓名` → ''.
 */
export function sanitizeKey(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/[A-Za-z0-9]/.test(cleaned)) return '';
  const started = /^[A-Za-z]/.test(cleaned) ? cleaned : `f_${cleaned}`;
  return started.slice(0, MAX_KEY_LENGTH);
}

/** A key given out by a {@link KeyScope}: the key, and whether it differs from the wanted name. */
export interface ClaimedKey {
  readonly key: string;
  readonly renamed: boolean;
}

/**
 * The keys of one scope of a form (the form itself, or the rows of one repeat group): gives
 * every name a valid key that no other item of the scope has.
 */
export class KeyScope {
  private readonly used = new Set<string>();
  private unnamed = 0;

  /**
   * Claims a key for `name`: the name itself when valid and free, else a sanitized form,
   * else `fallback` plus a number, with `_2`, `_3`… added when taken.
   */
  claim(name: string, fallback = 'field'): ClaimedKey {
    let base = VALID_KEY.test(name) ? name : sanitizeKey(name);
    if (base === '') {
      this.unnamed += 1;
      base = `${fallback}_${this.unnamed}`;
    }
    let key = base;
    for (let n = 2; this.used.has(key); n += 1) {
      const suffix = `_${n}`;
      key = `${base.slice(0, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
    }
    this.used.add(key);
    return { key, renamed: key !== name };
  }
}
