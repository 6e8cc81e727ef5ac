// The crash scenario shared by the SQLite and PostgreSQL tests: SIGKILL a server in the
// middle of a sign-up load while deadlines are pending, restart, retry what got no answer.
import { expect } from 'vitest';
import { signToken } from '../../src/index';
import { people, SECRET, signupJson, volunteer } from '../support';
import { httpClient, type Reply } from './client';
import type { ServerProcess } from './spawn';

const bearer = (principal: Parameters<typeof signToken>[0]) => ({
  authorization: `Bearer ${signToken(principal, SECRET)}`,
});
const coordinator = bearer(people.chongwenCoordinator);

const DEADLINE_MS = 5000;

/**
 * Runs the scenario: `first` serves until killed after `killAfter` acknowledged sign-ups
 * of `count`; `restart()` brings a server back on the same database.
 */
export async function crashScenario(options: {
  first: ServerProcess;
  restart: () => Promise<ServerProcess>;
  count: number;
  killAfter: number;
  timers: number;
}) {
  const { first, count, killAfter } = options;
  const client = httpClient(64);
  const post = (url: string, path: string, headers: Record<string, string>, body: unknown) =>
    client.send(`${url}${path}`, 'POST', headers, body);

  // A project with 50 places, and projects whose sign-up closes by itself in 5 s.
  expect(
    (
      await post(first.url, '/definitions', coordinator, {
        definition: signupJson('summer-care', 50),
      })
    ).ok,
  ).toBe(true);
  expect(
    (
      await post(first.url, '/definitions', coordinator, {
        definition: signupJson('weekend-duty', 5, `PT${DEADLINE_MS / 1000}S`),
      })
    ).ok,
  ).toBe(true);
  const project = await post(first.url, '/instances', coordinator, { flowId: 'summer-care' });
  if (!project.ok) throw new Error(project.error);
  const id = project.body.id as string;
  const timerIds: string[] = [];
  for (let i = 0; i < options.timers; i += 1) {
    const started = await post(first.url, '/instances', coordinator, { flowId: 'weekend-duty' });
    if (!started.ok) throw new Error(started.error);
    timerIds.push(started.body.id as string);
  }
  const deadline = Date.now() + DEADLINE_MS;

  const headersOf = (n: number) => ({
    ...bearer(volunteer(n)),
    'idempotency-key': `crash-${n}-0000`,
  });
  const body = { task: 'enrol', action: 'signup' };
  const replies = new Map<number, Reply>();
  let acknowledged = 0;
  let killed: Promise<void> | null = null;
  await Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const reply = await post(first.url, `/instances/${id}/events`, headersOf(n), body);
      replies.set(n, reply);
      if (reply.ok && reply.status === 200) acknowledged += 1;
      if (acknowledged >= killAfter && killed === null) killed = first.kill();
    }),
  );
  await killed;
  const acked = [...replies].filter(([, reply]) => reply.ok);
  expect(acked.every(([, reply]) => reply.ok && reply.status === 200)).toBe(true);
  expect(acked.length).toBeGreaterThanOrEqual(killAfter);
  expect(acked.length).toBeLessThan(count); // the kill did cut the load short

  // Let the deadlines pass while no server runs, then restart: they are overdue now.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now() + 300)));
  const second = await options.restart();
  try {
    // Retry everything with the same keys: answered requests replay their first answer.
    const retried = await Promise.all(
      Array.from({ length: count }, async (_, n) => ({
        n,
        reply: await post(second.url, `/instances/${id}/events`, headersOf(n), body),
      })),
    );
    for (const { n, reply } of retried) {
      expect(reply.ok && reply.status).toBe(200);
      const before = replies.get(n);
      if (before?.ok) {
        expect(reply.ok && reply.body).toEqual(before.body);
      }
    }
    const history = await client.send(`${second.url}/instances/${id}/history`, 'GET', coordinator);
    if (!history.ok) throw new Error(history.error);
    const signups = (history.body.history as { event: string; actor: { id: string } }[])
      .filter((entry) => entry.event === 'enrol.signup')
      .map((entry) => entry.actor.id);
    expect(signups.length).toBe(count); // each stored exactly once
    expect(new Set(signups)).toEqual(
      new Set(Array.from({ length: count }, (_, n) => volunteer(n).id)),
    );

    // Every overdue deadline fired exactly once after the restart.
    for (let tries = 0; tries < 300; tries += 1) {
      const states = await Promise.all(
        timerIds.map((timerId) =>
          client.send(`${second.url}/instances/${timerId}`, 'GET', coordinator),
        ),
      );
      if (states.every((state) => state.ok && state.body.status === 'done')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const timerId of timerIds) {
      const entries = await client.send(
        `${second.url}/instances/${timerId}/history`,
        'GET',
        coordinator,
      );
      if (!entries.ok) throw new Error(entries.error);
      expect((entries.body.history as { event: string }[]).map((entry) => entry.event)).toEqual([
        'start',
        'enrol.overdue',
      ]);
    }
    return { acknowledged: acked.length };
  } finally {
    client.close();
    await second.stop();
  }
}
