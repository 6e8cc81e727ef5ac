// Shared fixture: the micro-wish (微心愿) flow, its actors and a runtime with a controllable clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Actor, createRuntime, type FlowDefinition, parseFlow } from '../../src/flow';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';

/** The micro-wish flow document as written. */
export const microWishJson: Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'micro-wish.json'), 'utf8'),
);

/** The micro-wish flow, parsed. */
export function microWish(changes: Record<string, unknown> = {}): FlowDefinition {
  const parsed = parseFlow({ ...microWishJson, ...changes });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

export const resident: Actor = { id: 'li-mei', roles: ['resident'] };
export const coordinator: Actor = { id: 'wang-zhan', roles: ['coordinator'] };
export const volunteer: Actor = { id: 'zhang-wei', roles: ['volunteer'] };
export const otherVolunteer: Actor = { id: 'zhao-lei', roles: ['volunteer'] };

export const wish = {
  wish: '帮忙把自家种的莴笋拿去卖',
  room: '5栋1单元2103',
  phone: '13800138000',
  category: 'elderly',
};

/** A clock tests move by hand. */
export function testClock(start = '2026-12-01T08:00:00.000Z') {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    iso: () => new Date(now).toISOString(),
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A runtime over `store` running the given definitions (micro-wish by default). */
export function runtimeFor(
  store: Store = createMemoryStore(),
  clock = testClock(),
  definitions: FlowDefinition[] = [microWish()],
) {
  let next = 0;
  const runtime = createRuntime({
    store,
    definitions,
    clock: clock.now,
    createId: () => `wish-${++next}`,
  });
  return { runtime, store, clock };
}
