// The free minutes of a volunteer on a day with a dated exception (leave or extra time).
import type { RequestContext } from './context';
import type { DayException } from './pool';
import { type DayPiece, MINUTES_PER_DAY } from './time';

/**
 * The ends of the ranges {@link exceptionMinutes} combines, reused by every call (the
 * engine runs on one thread and the function calls nothing that could reenter it); grown
 * when a volunteer has more ranges.
 */
let breakpoints = new Float64Array(64);

const clamp = (minute: number, from: number, to: number): number =>
  Math.min(Math.max(minute, from), to);

/** Adds the ends of `ranges`, clamped to `[from, to]`, to `ends` from `count`; the new count. */
function addEnds(
  ends: Float64Array,
  count: number,
  ranges: readonly (readonly [number, number])[],
  from: number,
  to: number,
): number {
  let at = count;
  for (let i = 0; i < ranges.length; i += 1) {
    const range = ranges[i] as readonly [number, number];
    ends[at] = clamp(range[0], from, to);
    ends[at + 1] = clamp(range[1], from, to);
    at += 2;
  }
  return at;
}

/** Whether `minute` falls in one of the `[from, to)` ranges. */
function within(ranges: readonly (readonly [number, number])[], minute: number): boolean {
  for (let i = 0; i < ranges.length; i += 1) {
    const range = ranges[i] as readonly [number, number];
    if (range[0] <= minute && minute < range[1]) return true;
  }
  return false;
}

/**
 * Free minutes in piece `p` of the window on a day with a dated exception: (weekly ∪
 * extra) − away. The ends of all ranges, clamped to the piece and sorted, cut it into
 * stretches that are wholly free or not (tested at their middle); each run of free ones
 * counts once. No garbage, unlike set operations on lists of ranges.
 */
export function exceptionMinutes(
  ctx: RequestContext,
  v: number,
  p: number,
  exception: DayException,
): number {
  const { index } = ctx;
  const piece = ctx.pieces[p] as DayPiece;
  const base = (piece.dayOfWeek - 1) * MINUTES_PER_DAY;
  const { from, to } = piece;
  const slotFirst = index.slotStart[v] as number;
  const slotEnd = index.slotStart[v + 1] as number;
  const size = 2 * (1 + exception.add.length + exception.remove.length + slotEnd - slotFirst);
  if (breakpoints.length < size) breakpoints = new Float64Array(size * 2);
  const ends = breakpoints;
  let count = 0;
  ends[count++] = from;
  ends[count++] = to;
  count = addEnds(ends, count, exception.add, from, to);
  count = addEnds(ends, count, exception.remove, from, to);
  for (let i = slotFirst; i < slotEnd; i += 1) {
    ends[count++] = clamp((index.slotFrom[i] as number) - base, from, to);
    ends[count++] = clamp((index.slotTo[i] as number) - base, from, to);
  }
  // Insertion sort: a few dozen numbers at most.
  for (let i = 1; i < count; i += 1) {
    const x = ends[i] as number;
    let j = i - 1;
    while (j >= 0 && (ends[j] as number) > x) {
      ends[j + 1] = ends[j] as number;
      j -= 1;
    }
    ends[j + 1] = x;
  }
  let total = 0;
  let runStart = from;
  let runEnd = from;
  let open = false;
  for (let i = 0; i + 1 < count; i += 1) {
    const a = ends[i] as number;
    const b = ends[i + 1] as number;
    if (b <= a) continue;
    const middle = (a + b) / 2;
    let free = within(exception.add, middle);
    for (let s = slotFirst; !free && s < slotEnd; s += 1)
      free =
        (index.slotFrom[s] as number) - base <= middle &&
        middle < (index.slotTo[s] as number) - base;
    if (free && !within(exception.remove, middle)) {
      if (!open) runStart = a;
      open = true;
      runEnd = b;
    } else if (open) {
      total += runEnd - runStart;
      open = false;
    }
  }
  if (open) total += runEnd - runStart;
  return total;
}
