import { describe, expect, it } from 'vitest';
import { createRuntime, parseFlow } from '../../src/flow';
import { createMemoryStore } from '../../src/store/memory-store';
import { coordinator, testClock } from './micro-wish';

/** A reminder that waits until a time a coordinator typed in a form (wall-clock, no offset). */
const reminder = {
  schemaVersion: 1,
  id: 'class-reminder',
  version: 1,
  title: '开班提醒',
  roles: [{ id: 'coordinator', title: '站长' }],
  forms: [
    {
      schemaVersion: 1,
      id: 'class-time',
      version: 1,
      title: '开班时间',
      fields: [{ type: 'datetime', key: 'remindAt', label: '提醒时间', required: true }],
    },
  ],
  steps: [
    {
      id: 'plan',
      type: 'form',
      form: 'class-time',
      assign: { roles: ['coordinator'] },
      next: 'wait',
    },
    { id: 'wait', type: 'wait', untilField: 'remindAt', next: 'done' },
    { id: 'done', type: 'end' },
  ],
};

describe('wait until a time from a form', () => {
  it('reads a time without offset as wall-clock time in Asia/Shanghai', async () => {
    const parsed = parseFlow(reminder);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const store = createMemoryStore();
    const runtime = createRuntime({
      store,
      definitions: [parsed.value],
      clock: testClock().now,
      createId: () => 'r-1',
    });
    await runtime.start('class-reminder', { actor: coordinator });
    const sent = await runtime.send(
      'r-1',
      { task: 'plan', action: 'submit', data: { remindAt: '2027-07-04T18:00' } },
      coordinator,
    );
    expect(sent.ok).toBe(true);
    expect((await store.timersOf('r-1')).map((timer) => timer.dueAt)).toEqual([
      '2027-07-04T10:00:00.000Z',
    ]);
  });
});
