// The sign-up load shared by the SQLite and PostgreSQL tests: N volunteers sign up at once
// for one project, spread over the given servers; every answer and the stored outcome are
// checked against each other.
import { expect } from 'vitest';
import { signToken } from '../../src/index';
import { people, SECRET, signupJson, volunteer } from '../support';
import { httpClient, type Reply } from './client';

const bearer = (principal: Parameters<typeof signToken>[0]) => ({
  authorization: `Bearer ${signToken(principal, SECRET)}`,
});

/** Publishes a sign-up flow with `capacity` places through the first server and starts it. */
export async function openProject(url: string, flowId: string, capacity: number): Promise<string> {
  const client = httpClient(4);
  const as = bearer(people.chongwenCoordinator);
  const published = await client.send(`${url}/definitions`, 'POST', as, {
    definition: signupJson(flowId, capacity),
  });
  expect(published.ok && published.status).toBe(201);
  const started = await client.send(`${url}/instances`, 'POST', as, { flowId });
  client.close();
  if (!started.ok || started.status !== 201) throw new Error(JSON.stringify(started));
  return started.body.id as string;
}

/** Sends one sign-up per volunteer, all at once, round-robin over `urls`; retries network errors with the same key. */
export async function signUpAll(urls: readonly string[], id: string, count: number) {
  const client = httpClient(128);
  const replies: { n: number; reply: Reply }[] = await Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const headers = { ...bearer(volunteer(n)), 'idempotency-key': `signup-${id}-${n}` };
      let reply: Reply = { ok: false, error: 'not sent' };
      for (let attempt = 0; attempt < 20; attempt += 1) {
        reply = await client.send(
          `${urls[(n + attempt) % urls.length]}/instances/${id}/events`,
          'POST',
          headers,
          {
            task: 'enrol',
            action: 'signup',
          },
        );
        if (reply.ok) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { n, reply };
    }),
  );
  client.close();
  return replies;
}

/** Checks the answers and what is stored: exactly `capacity` enrolled, the rest waitlisted in arrival order. */
export async function checkOutcome(
  url: string,
  id: string,
  capacity: number,
  replies: Awaited<ReturnType<typeof signUpAll>>,
) {
  const count = replies.length;
  const statuses = new Map<number | string, number>();
  for (const { reply } of replies) {
    const key = reply.ok ? reply.status : reply.error;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 200: count });

  const client = httpClient(2);
  const coordinator = bearer(people.chongwenCoordinator);
  const instance = await client.send(`${url}/instances/${id}`, 'GET', coordinator);
  const history = await client.send(`${url}/instances/${id}/history`, 'GET', coordinator);
  client.close();
  if (!instance.ok || !history.ok) throw new Error('cannot read the outcome');
  const lists = (
    instance.body.context as { steps: { enrol: { enrolled: string[]; waitlist: string[] } } }
  ).steps.enrol;
  expect([lists.enrolled.length, lists.waitlist.length]).toEqual([capacity, count - capacity]);

  // Arrival order: the order in which the sign-ups were committed (history seq).
  const entries = history.body.history as { seq: number; event: string; actor: { id: string } }[];
  const signups = entries
    .filter((entry) => entry.event === 'enrol.signup')
    .map((entry) => entry.actor.id);
  expect(signups.length).toBe(count);
  expect(new Set(signups).size).toBe(count); // none twice
  expect([...lists.enrolled, ...lists.waitlist]).toEqual(signups);
  expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_, index) => index + 1));

  // Every answer told its volunteer the place they hold in the stored lists.
  for (const { n, reply } of replies) {
    if (!reply.ok) continue;
    const you = (reply.body.signups as { enrol: { you: { list: string; position: number } } }).enrol
      .you;
    const idOf = volunteer(n).id;
    const expected =
      lists.enrolled.indexOf(idOf) >= 0
        ? { list: 'enrolled', position: lists.enrolled.indexOf(idOf) + 1 }
        : { list: 'waitlisted', position: lists.waitlist.indexOf(idOf) + 1 };
    expect(you).toEqual(expected);
  }
}
