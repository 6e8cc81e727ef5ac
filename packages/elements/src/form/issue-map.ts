import type { Issue } from '@yizhan/core/form';

/**
 * The message to show for each pointer. A field shows the first message at its pointer or
 * inside it (an address part, one file of a list); a repeat group shows only its own
 * (too few rows), since the messages inside belong to the fields of its rows.
 */
export class IssueMap {
  private readonly exact = new Map<string, string>();
  private readonly inside = new Map<string, string>();

  constructor(issues: readonly Issue[]) {
    for (const issue of issues) {
      if (!this.exact.has(issue.path)) this.exact.set(issue.path, issue.message);
      const parts = issue.path.split('/');
      for (let length = parts.length; length > 1; length--) {
        const prefix = parts.slice(0, length).join('/');
        if (!this.inside.has(prefix)) this.inside.set(prefix, issue.message);
      }
    }
  }

  /** The message of a field at `pointer` ('' for none). */
  field(pointer: string): string {
    return this.inside.get(pointer) ?? '';
  }

  /** The message of the repeat group itself ('' for none). */
  group(pointer: string): string {
    return this.exact.get(pointer) ?? '';
  }

  /** How many distinct places need attention. */
  get size(): number {
    return this.exact.size;
  }
}
