// The demo routes' contract (other pages rely on it): POST /demo/session per role, the
// candidates of a micro-wish for coordinators only, localized problems, the CSP header,
// and the secret kept beside the database, never in the repository.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, type DemoServer, startDemoServer } from '../server/demo-server';
import { PORTAL } from './demo-harness';

let server: DemoServer;
let directory: string;
const noAssets = { page: async () => null, yizhan: async () => '' };

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'yizhan-demo-routes-'));
  server = await startDemoServer({
    data: join(directory, 'demo.db'),
    root: PORTAL,
    assets: noAssets,
    port: 0,
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path.slice(1)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

async function tokenOf(role: string): Promise<string> {
  const answer = await post('/demo/session', { role });
  return ((await answer.json()) as { token: string }).token;
}

describe('demo routes', () => {
  it('signs a token for each demo role', async () => {
    const answers = await Promise.all(
      ['resident', 'volunteer', 'coordinator'].map(async (role) => {
        const response = await post('/demo/session', { role });
        const body = (await response.json()) as { token: string; principal: unknown };
        expect(body.token).toMatch(/^[\w-]+\.[\w-]+$/);
        return [response.status, body.principal];
      }),
    );
    const chongwen = ['luling', 'hedong', 'chongwen'];
    expect(answers).toEqual([
      [200, { id: 'li-mei', name: '李梅', roles: ['resident'], place: chongwen }],
      [200, { id: 'zhang-wei', name: '张伟', roles: ['volunteer'], place: chongwen }],
      [200, { id: 'wang-zhan', name: '王晓红', roles: ['coordinator'], place: chongwen }],
    ]);
  });

  it('refuses an unknown role, in the asked language', async () => {
    const response = await post('/demo/session', { role: 'mayor' }, { 'accept-language': 'en' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      code: 'bad_role',
      path: '/role',
      message: 'Choose a role: resident, volunteer or coordinator.',
    });
  });

  it('ranks the demo volunteers for a micro-wish, for coordinators only', async () => {
    const path = `${server.url}demo/candidates/wish-luo-vegetables`;
    const asVolunteer = await fetch(path, {
      headers: { authorization: `Bearer ${await tokenOf('volunteer')}` },
    });
    expect(asVolunteer.status).toBe(403);
    expect(((await asVolunteer.json()) as { code: string }).code).toBe('coordinators_only');
    const response = await fetch(path, {
      headers: { authorization: `Bearer ${await tokenOf('coordinator')}`, 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    const ranking = (await response.json()) as {
      skill: string;
      candidates: { id: string; kind: string; text: string }[];
    };
    expect(ranking.skill).toBe('便民服务');
    expect(ranking.candidates[0]?.id).toBe('zhang-wei');
    expect(ranking.candidates[0]?.text).toMatch(
      /^张伟: score 0\.\d{3}\. skill 便民服务 level 4: \+0\.280; 0\.1 km away \(by coordinates\)/,
    );
    expect(ranking.candidates.map((candidate) => candidate.kind)).toContain('team');
  });

  it('answers the micro-wishes nobody may see with 404', async () => {
    const response = await fetch(`${server.url}demo/candidates/no-such-wish`, {
      headers: { authorization: `Bearer ${await tokenOf('coordinator')}` },
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('not_a_wish');
  });

  it('serves pages under the strict CSP and keeps its private folders private', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<yz-signup endpoint="/api" project="holiday-care-2027">');
    for (const path of ['server/seed.ts', 'test/demo.test.ts', 'pages/session.js', 'package.json'])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
  });

  it('gives match steps configured with a ranking the demo volunteers', async () => {
    const coordinator = { authorization: `Bearer ${await tokenOf('coordinator')}` };
    const resident = { authorization: `Bearer ${await tokenOf('resident')}` };
    const flow = {
      schemaVersion: 1,
      id: 'haircut-at-home',
      version: 1,
      title: { 'zh-CN': '上门理发', en: 'Haircut at home' },
      roles: [
        { id: 'resident', title: '居民' },
        { id: 'coordinator', title: '站长' },
      ],
      forms: [
        {
          schemaVersion: 1,
          id: 'ask',
          version: 1,
          title: '预约',
          fields: [{ type: 'datetime', key: 'serviceAt', label: '时间', required: true }],
        },
      ],
      steps: [
        { id: 'ask', type: 'form', form: 'ask', assign: { assignee: 'startedBy' }, next: 'match' },
        {
          id: 'match',
          type: 'match',
          assign: { roles: ['coordinator'] },
          next: 'done',
          ranking: {
            request: {
              skills: ['理发'],
              place: {
                community: '崇文社区',
                street: '河东街道',
                location: { lat: 27.1123, lng: 114.9671 },
              },
              window: { start: 'serviceAt', duration: 'PT2H' },
            },
          },
        },
        { id: 'done', type: 'end' },
      ],
    };
    const published = await post('/api/definitions', { definition: flow }, coordinator);
    expect(published.status).toBe(201);
    const started = (await (
      await post('/api/instances', { flowId: flow.id }, resident)
    ).json()) as {
      id: string;
    };
    const sent = await post(
      `/api/instances/${started.id}/events`,
      { task: 'ask', action: 'submit', data: { serviceAt: '2026-12-05T09:00' } },
      resident,
    );
    expect(sent.status).toBe(200);
    const suggested = async () => {
      const answer = await fetch(`${server.url}api/instances/${started.id}/tasks`, {
        headers: coordinator,
      });
      const { tasks } = (await answer.json()) as { tasks: { data: Record<string, unknown> }[] };
      const ranking = tasks[0]?.data['match.ranking'] as
        | { candidates?: { id: string }[] }
        | undefined;
      return (ranking?.candidates ?? []).map((candidate) => candidate.id).sort();
    };
    await expect.poll(suggested, { timeout: 15_000 }).toEqual(['wang-xiuying', 'zhang-wei']);
  });

  it('keeps the token secret beside the database, readable by its owner only', () => {
    expect(statSync(join(directory, 'demo.db.secret')).mode & 0o777).toBe(0o600);
  });
});
