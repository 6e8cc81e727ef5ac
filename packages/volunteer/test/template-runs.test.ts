// The templates run end to end on the core runtime with a hand-moved clock: escalation of a
// wish nobody matched, the waitlist and reminder of a capacity sign-up, and the hours of
// a shift going into the ledger.
import {
  type Accepted,
  type Actor,
  createMemoryStore,
  createRuntime,
  type FlowDefinition,
  parseFlow,
  type Refusal,
} from '@yizhan/core/flow';
import { describe, expect, it } from 'vitest';
import { approve, type Ledger, recordService } from '../src/hours/ledger';
import { hoursOf } from '../src/hours/ledger-view';
import { serviceFromServe } from '../src/hours/serve-records';
import { copyTemplate, loadFlowTemplate } from '../src/templates';
import { FORM_ANSWERS } from './fixtures/form-answers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (iso: string) => {
      now = Date.parse(iso);
    },
  };
}

function runtimeFor(definition: FlowDefinition, start = '2026-12-01T01:00:00.000Z') {
  const time = clock(start);
  const store = createMemoryStore();
  let next = 0;
  const runtime = createRuntime({
    store,
    definitions: [definition],
    clock: time.now,
    createId: () => `i-${++next}`,
  });
  return { runtime, store, time };
}

const ok = (result: Accepted | Refusal): Accepted => {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result;
};

const resident: Actor = { id: 'tu-renhua', roles: ['resident'] };
const coordinator: Actor = { id: 'wang-zhan', roles: ['coordinator'] };
const streetAdmin: Actor = { id: 'li-jiedao', roles: ['street-admin'] };
const volunteer: Actor = { id: 'v-zhang', roles: ['volunteer'] };

const answers = (formId: string, index = 0) =>
  FORM_ANSWERS[formId]?.valid[index] as Record<string, never>;

describe('micro-wish template', () => {
  it('escalates a wish unmatched for three days to the street, which can then match it', async () => {
    const { runtime, time } = runtimeFor(loadFlowTemplate('micro-wish'));
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    const id = instance.id;
    ok(
      await runtime.send(
        id,
        { task: 'request', action: 'submit', data: answers('wish-request') },
        resident,
      ),
    );
    ok(await runtime.send(id, { task: 'review', action: 'approve' }, coordinator));
    expect(await runtime.tasksFor(streetAdmin)).toEqual([]);

    time.advance(3 * DAY - 1000);
    expect((await runtime.fireDueTimers()).fired).toEqual([]);
    time.advance(1000);
    expect((await runtime.fireDueTimers()).fired).toEqual(['i-1 match.due']);
    expect((await runtime.tasksFor(streetAdmin)).map((task) => task.key)).toEqual(['match']);

    ok(
      await runtime.send(
        id,
        { task: 'match', action: 'match', data: { volunteerIds: [volunteer.id] } },
        streetAdmin,
      ),
    );
    ok(await runtime.send(id, { task: 'serve', action: 'accept' }, volunteer));
    ok(await runtime.send(id, { task: 'serve', action: 'checkIn' }, volunteer));
    time.advance(2.5 * HOUR);
    ok(await runtime.send(id, { task: 'serve', action: 'checkOut' }, volunteer));
    ok(
      await runtime.send(
        id,
        { task: 'evaluate.volunteer', action: 'submit', data: answers('service-report') },
        volunteer,
      ),
    );
    const done = ok(
      await runtime.send(id, { task: 'evaluate', action: 'submit', data: { stars: 5 } }, resident),
    );
    expect(done.instance.status).toBe('done');
    expect(done.instance.state).toEqual(['done']);
    expect(done.instance.context.hours).toBe(2.5);
  });

  it('sends a declined assignment back to matching', async () => {
    const { runtime } = runtimeFor(loadFlowTemplate('micro-wish'));
    const { instance } = await runtime.start('micro-wish', { actor: resident });
    ok(
      await runtime.send(
        instance.id,
        { task: 'request', action: 'submit', data: answers('wish-request') },
        resident,
      ),
    );
    ok(await runtime.send(instance.id, { task: 'review', action: 'approve' }, coordinator));
    ok(
      await runtime.send(
        instance.id,
        { task: 'match', action: 'match', data: { volunteerIds: [volunteer.id] } },
        coordinator,
      ),
    );
    const declined = ok(
      await runtime.send(instance.id, { task: 'serve', action: 'decline' }, volunteer),
    );
    expect(declined.instance.state).toEqual(['match.choosing']);
  });
});

describe('holiday child-care sign-up template', () => {
  // A community copies the template and makes it small: two places, one on the waitlist.
  const small = () => {
    const copy = copyTemplate('holiday-care-signup');
    for (const step of copy.steps as { id: string; capacity?: number; waitlist?: number }[])
      if (step.id === 'signup') Object.assign(step, { capacity: 2, waitlist: 1 });
    const parsed = parseFlow(copy);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  };
  const family = (id: string): Actor => ({ id, roles: ['resident'] });

  it('fills the places, keeps a waitlist, promotes on cancel and reminds the enrolled families', async () => {
    const { runtime, store, time } = runtimeFor(small(), '2027-06-20T02:00:00.000Z');
    const { instance } = await runtime.start('holiday-care-signup', { actor: coordinator });
    const id = instance.id;
    ok(
      await runtime.send(
        id,
        { task: 'setup', action: 'submit', data: answers('class-setup') },
        coordinator,
      ),
    );
    for (const name of ['liu', 'chen', 'huang'])
      ok(await runtime.send(id, { task: 'signup', action: 'signup' }, family(name)));
    const full = await runtime.send(id, { task: 'signup', action: 'signup' }, family('zhou'));
    expect(full.ok ? 'accepted' : full.code).toBe('signup_full');

    const cancelled = ok(
      await runtime.send(id, { task: 'signup', action: 'cancel' }, family('liu')),
    );
    expect(cancelled.instance.context.steps.signup).toMatchObject({
      enrolled: ['chen', 'huang'],
      waitlist: [],
    });

    const closed = ok(
      await runtime.send(id, { task: 'signup.coordinate', action: 'close' }, coordinator),
    );
    expect(closed.instance.state).toEqual(['wait-reminder']);
    expect(await store.pendingOutbox(10)).toEqual([]);

    // 18:00 on 4 July (the form's remindAt) has passed, whichever zone the core reads it in.
    time.set('2027-07-05T00:00:00.000Z');
    await runtime.fireDueTimers();
    const reminders = await store.pendingOutbox(10);
    expect(reminders.map((message) => [message.step, message.to])).toEqual([
      ['remind', { assignees: ['chen', 'huang'], roles: [] }],
    ]);
    expect((await runtime.instance(id))?.status).toBe('done');
  });

  it('cancels the class when nobody signed up', async () => {
    const { runtime } = runtimeFor(small());
    const { instance } = await runtime.start('holiday-care-signup', { actor: coordinator });
    ok(
      await runtime.send(
        instance.id,
        { task: 'setup', action: 'submit', data: answers('class-setup') },
        coordinator,
      ),
    );
    const closed = ok(
      await runtime.send(instance.id, { task: 'signup.coordinate', action: 'close' }, coordinator),
    );
    expect(closed.instance.state).toEqual(['cancelled']);
  });
});

describe('service shift template', () => {
  it('checks the group in and out and records each volunteer’s hours in the ledger', async () => {
    const { runtime, time } = runtimeFor(
      loadFlowTemplate('service-shift'),
      '2026-12-06T22:50:00.000Z',
    );
    const { instance } = await runtime.start('service-shift', { actor: coordinator });
    const id = instance.id;
    ok(
      await runtime.send(
        id,
        { task: 'setup', action: 'submit', data: answers('shift-setup') },
        coordinator,
      ),
    );
    for (const name of ['v-zhang', 'v-li', 'v-zhao'])
      ok(
        await runtime.send(
          id,
          { task: 'signup', action: 'signup' },
          { id: name, roles: ['volunteer'] },
        ),
      );
    ok(await runtime.send(id, { task: 'signup.coordinate', action: 'close' }, coordinator));
    ok(await runtime.send(id, { task: 'serve', action: 'accept' }, coordinator));
    ok(await runtime.send(id, { task: 'serve', action: 'checkIn' }, coordinator));
    time.advance(1.5 * HOUR);
    ok(await runtime.send(id, { task: 'serve', action: 'checkOut' }, coordinator));
    const done = ok(
      await runtime.send(
        id,
        { task: 'review', action: 'submit', data: answers('shift-review') },
        coordinator,
      ),
    );
    expect(done.instance.status).toBe('done');

    const services = serviceFromServe(done.instance.context, 'serve', {
      project: '余家河社区“护航驿站” · 上学路口护学岗',
      place: '余家河小学东门',
      content: '护送 120 名学生安全过马路',
      personInCharge: '王站长',
      recorder: 'wang-zhan',
      rating: 5,
    });
    expect(services.map((s) => [s.volunteerId, s.date, s.hours, s.source])).toEqual([
      ['v-zhang', '2026-12-07', 1.5, { instanceId: 'i-1', stepId: 'serve' }],
      ['v-li', '2026-12-07', 1.5, { instanceId: 'i-1', stepId: 'serve' }],
      ['v-zhao', '2026-12-07', 1.5, { instanceId: 'i-1', stepId: 'serve' }],
    ]);
    let ledger: Ledger = [];
    for (const service of services) {
      const recorded = recordService(ledger, service, {
        by: 'wang-zhan',
        at: '2026-12-07T01:00:00Z',
      });
      if (!recorded.ok) throw new Error(JSON.stringify(recorded.issues));
      ledger = recorded.value;
    }
    const approved = approve(ledger, '1', { by: 'wang-zhan', at: '2026-12-07T02:00:00Z' });
    if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
    expect(hoursOf('v-zhang', approved.value, { now: '2026-12-14T02:00:00Z', noticeDays: 7 })).toBe(
      1.5,
    );
    expect(hoursOf('v-li', approved.value, { now: '2026-12-14T02:00:00Z', noticeDays: 7 })).toBe(0);
  });
});
