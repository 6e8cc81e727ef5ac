import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  createRuntime,
  type FlowRuntime,
  type JsonObject,
  parseFlow,
} from '../../src/flow';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';
import {
  coordinator,
  DAY,
  microWishJson,
  resident,
  testClock,
  volunteer,
  wish,
} from './micro-wish';

interface Move {
  readonly task: string;
  readonly action: string;
  readonly data?: JsonObject;
  readonly comment?: string;
  readonly actor: Actor;
}

const actorFor = (task: string): Actor =>
  task === 'request' || task === 'evaluate' ? resident : task === 'serve' ? volunteer : coordinator;

const payload = (task: string, action: string, n: number): Pick<Move, 'data' | 'comment'> => {
  if (task === 'request') return { data: wish };
  if (task === 'match') return { data: { volunteerIds: [volunteer.id] } };
  if (task === 'evaluate') return { data: { stars: 1 + (n % 5) } };
  if (action === 'reject' || action === 'return') return { comment: '信息不全' };
  return {};
};

/** Runs one generated path; `restartAt` says before which moves a fresh runtime takes over. */
async function run(choices: readonly number[], restartAt: readonly boolean[]) {
  const store: Store = createMemoryStore();
  const clock = testClock();
  // A fresh runtime compiles the definition again from its JSON, as a restarted process would.
  const fresh = (): FlowRuntime => {
    const parsed = parseFlow(JSON.parse(JSON.stringify(microWishJson)));
    if (!parsed.ok) throw new Error('fixture');
    return createRuntime({
      store,
      definitions: [parsed.value],
      clock: clock.now,
      createId: () => 'wish-1',
    });
  };
  let runtime = fresh();
  await runtime.start('micro-wish', { actor: resident });
  for (const [index, choice] of choices.entries()) {
    if (restartAt[index]) runtime = fresh();
    const tasks = await store.tasksOf('wish-1');
    const moves: (Move | 'tick')[] = [
      'tick',
      ...tasks.flatMap((task) =>
        task.actions.map((action) => ({
          task: task.key,
          action,
          actor: actorFor(task.key),
          ...payload(task.key, action, choice),
        })),
      ),
    ];
    const move = moves[choice % moves.length];
    if (move === undefined) continue;
    if (move === 'tick') {
      clock.advance(((choice % 4) + 1) * DAY);
      await runtime.fireDueTimers();
    } else {
      const result = await runtime.send(
        'wish-1',
        { task: move.task, action: move.action, data: move.data, comment: move.comment },
        move.actor,
      );
      if (!result.ok) throw new Error(`${move.task}.${move.action}: ${result.code}`);
    }
  }
  return {
    instance: await runtime.instance('wish-1'),
    tasks: await store.tasksOf('wish-1'),
    timers: await store.timersOf('wish-1'),
    history: await store.history('wish-1'),
    outbox: await store.pendingOutbox(100),
  };
}

describe('persist and restore', () => {
  // 60 generated paths, each replayed with a restart at every point: seconds of work, more on a busy machine.
  it('continuing after a restart at any point gives the same state, tasks, timers and history', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 14 }),
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        async (choices, restartAt) => {
          const straight = await run(choices, []);
          const restarted = await run(choices, restartAt);
          expect(restarted).toEqual(straight);
          // History has no gaps, whatever path was taken.
          expect(straight.history.map((entry) => entry.seq)).toEqual(
            straight.history.map((_, index) => index + 1),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
