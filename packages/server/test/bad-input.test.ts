// Bad input never reaches a 5xx and never changes what is stored: fuzzed JSON bodies,
// wrong types, huge payloads and `__proto__` keys on every POST and PUT route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@yizhan/store-sqlite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, microWishJson, people, publish, start, summerCareJson, testServer } from './support';

const folder = mkdtempSync(join(tmpdir(), 'yizhan-bad-input-'));
const store = openSqliteStore({ file: join(folder, 'yizhan.db') });
const server = testServer({ store });
let signup = '';
let wish = '';
let draft = '';

beforeAll(async () => {
  await publish(server, people.chongwenCoordinator, summerCareJson);
  await publish(server, people.chongwenCoordinator, microWishJson);
  signup = await start(server, people.chongwenCoordinator, 'summer-care');
  wish = await start(server, people.chongwenResident, 'micro-wish');
  const saved = await call(server, 'POST', '/drafts', {
    as: people.chongwenResident,
    body: { flowId: 'micro-wish', data: {} },
  });
  draft = saved.body.token as string;
});

afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Everything stored: every instance row (records too) and every history. */
async function snapshot(): Promise<string> {
  const rows = await store.listInstances();
  const histories = await Promise.all(rows.map((row) => store.history(row.id)));
  return JSON.stringify({ rows, histories });
}

const routes = () => [
  { method: 'POST', path: '/definitions', as: people.chongwenCoordinator },
  { method: 'POST', path: '/instances', as: people.chongwenCoordinator },
  { method: 'POST', path: `/instances/${signup}/events`, as: people.chongwenVolunteer },
  { method: 'POST', path: `/instances/${wish}/events`, as: people.chongwenResident },
  { method: 'POST', path: '/drafts', as: people.chongwenResident },
  { method: 'PUT', path: `/drafts/${draft}`, as: people.chongwenResident },
];

// Values that are valid JSON but wrong almost everywhere; fields that exist, to get past
// the envelope checks sometimes.
const keys = fc.constantFrom(
  'definition',
  'owner',
  'flowId',
  'version',
  'task',
  'action',
  'data',
  'comment',
  'expectedVersion',
  'revision',
  'wish',
  'room',
  'phone',
  'category',
  '__proto__',
  'constructor',
  'x',
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -3, max: 3 }),
    fc.string(),
    fc.constantFrom(
      'enrol',
      'signup',
      'request',
      'submit',
      'cancel',
      'enrol.coordinate',
      'close',
      'micro-wish',
      'summer-care',
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
}));

describe('bad input', () => {
  it('answers fuzzed bodies with 4xx and changes nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 5 }),
        json.object,
        fc.boolean(),
        async (index, body, asText) => {
          const route = routes()[index] as ReturnType<typeof routes>[number];
          // Keep valid sign-ups and submissions out: they would (rightly) change the store.
          if (
            route.path.endsWith('/events') &&
            (body.action === 'signup' || body.action === 'submit' || body.action === 'close')
          )
            return;
          // A valid new draft (a known flow and a data object) is created, rightly.
          const dataObject =
            typeof body.data === 'object' && body.data !== null && !Array.isArray(body.data);
          if (
            route.method === 'POST' &&
            route.path === '/drafts' &&
            body.flowId === 'micro-wish' &&
            dataObject &&
            Object.keys(body).every((k) => ['flowId', 'data', 'task', 'instanceId'].includes(k))
          )
            return;
          if (
            route.method === 'PUT' &&
            typeof body.data === 'object' &&
            body.data !== null &&
            !Array.isArray(body.data) &&
            Object.keys(body).every((k) => k === 'data' || k === 'revision')
          )
            return;
          const raw = asText
            ? JSON.stringify(body).replace('"x":', '"__proto__":')
            : JSON.stringify(body);
          const answer = await call(server, route.method, route.path, { as: route.as, raw });
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
          expect(typeof answer.body.code).toBe('string');
          expect(typeof answer.body.message).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses broken JSON, wrong content types, deep nesting, __proto__ and huge bodies', async () => {
    const before = await snapshot();
    const as = people.chongwenVolunteer;
    const path = `/instances/${signup}/events`;
    const cases: [string, Parameters<typeof call>[3], number, string][] = [
      ['broken JSON', { as, raw: '{"task": "enrol",' }, 400, 'not_json'],
      ['not UTF-8', { as, raw: '\uD800' }, 400, 'not_json'],
      [
        'text/plain',
        { as, raw: '{}', headers: { 'content-type': 'text/plain' } },
        415,
        'unsupported_media_type',
      ],
      [
        '__proto__',
        { as, raw: '{"task":"enrol","action":"signup","data":{"__proto__":{"admin":true}}}' },
        400,
        'forbidden_key',
      ],
      [
        'constructor',
        { as, raw: '{"task":"enrol","action":"signup","constructor":{"prototype":{}}}' },
        400,
        'forbidden_key',
      ],
      [
        'deep nesting',
        {
          as,
          raw: `{"task":"enrol","action":"signup","data":{"a":${'['.repeat(100)}${']'.repeat(100)}}}`,
        },
        400,
        'too_deep',
      ],
      // So deep that the JSON parser itself gives up.
      [
        'very deep nesting',
        { as, raw: `${'['.repeat(30_000)}${']'.repeat(30_000)}` },
        400,
        'not_json',
      ],
      [
        'huge body',
        { as, body: { task: 'enrol', action: 'signup', comment: 'x'.repeat(70_000) } },
        413,
        'body_too_large',
      ],
      ['array body', { as, body: [] }, 422, 'invalid_body'],
      [
        'wrong types',
        { as, body: { task: 1, action: ['signup'], expectedVersion: 'one' } },
        422,
        'invalid_body',
      ],
      ['unknown task', { as, body: { task: 'nope', action: 'signup' } }, 409, 'unknown_task'],
      [
        'bad key',
        { as, body: { task: 'enrol', action: 'signup' }, key: 'short' },
        400,
        'idempotency_key_invalid',
      ],
    ];
    for (const [name, options, status, code] of cases) {
      const answer = await call(server, 'POST', path, options);
      expect([name, answer.status, answer.body.code]).toEqual([name, status, code]);
    }
    const wrongTypes = await call(server, 'POST', path, {
      as,
      body: { task: 1, action: 'signup', extra: true },
      locale: 'en',
    });
    expect(wrongTypes.body.issues).toEqual([
      { code: 'invalid_type', path: '/task', message: 'Expected string here.' },
      {
        code: 'unknown_property',
        path: '/extra',
        message: 'Unknown property "extra". Remove it or check its spelling.',
      },
    ]);
    // A huge body that does not say its length is cut off while it streams in.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i += 1)
          controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
        controller.close();
      },
    });
    const streamed = await server.fetch(
      new Request(`http://yizhan.test${path}`, {
        method: 'POST',
        body: chunks,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    const prototypeUntouched = ({} as Record<string, unknown>).admin;
    expect(prototypeUntouched).toBeUndefined();
    expect(await snapshot()).toBe(before);
  });
});
