/**
 * Stable keys for the rows of repeat groups, so that reordering moves the rows' elements
 * (and what the user typed, and focus) instead of re-rendering them in place.
 */
export class RowKeys {
  private readonly keys = new Map<string, number[]>();
  private next = 1;

  /** The keys of a group's rows; rows that appeared from outside (a draft, `value`) get new ones. */
  ids(pointer: string, count: number): readonly number[] {
    let ids = this.keys.get(pointer);
    if (!ids || ids.length !== count) {
      ids = Array.from({ length: count }, (_, index) => ids?.[index] ?? this.next++);
      this.keys.set(pointer, ids);
    }
    return ids;
  }

  /** Follows a row action: add at the end, remove one, or swap two. */
  apply(
    pointer: string,
    action: 'add' | 'remove' | 'up' | 'down',
    index: number,
    target: number,
  ): void {
    const ids = [...(this.keys.get(pointer) ?? [])];
    if (action === 'add') ids.push(this.next++);
    else if (action === 'remove') ids.splice(index, 1);
    else {
      const moved = ids[index];
      const other = ids[target];
      if (moved === undefined || other === undefined) return;
      ids[index] = other;
      ids[target] = moved;
    }
    this.keys.set(pointer, ids);
  }

  /** Forgets every group (a new form or a reset). */
  clear(): void {
    this.keys.clear();
  }
}
