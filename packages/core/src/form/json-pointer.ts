/**
 * Turns a path of keys and indexes into a JSON pointer (RFC 6901), escaping `~` and `/`.
 *
 * @example
 * toJsonPointer(['fields', 0, 'key']); // '/fields/0/key'
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
