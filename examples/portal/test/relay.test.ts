// The love-relay page in Chromium: a coordinator opens a relay with the volunteer pack's
// love-relay flow; a volunteer pastes the group chat's lines into <yz-relay>, the page
// stores the book event, the list survives a reload, a correction is stored too, and a
// resident sees the list read-only; at 1280 and 360 px, no console errors, no CSP
// violations.
import { join } from 'node:path';
import { relayBook } from '@yizhan/volunteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoHarness, overflowsSideways, RESULTS, startDemoHarness } from './demo-harness';

let h: DemoHarness;
let relayId = '';
const TITLE = '百联首府爱心助农接龙';
const CATALOG = [
  { name: '莴笋', unit: '斤' },
  { name: '小白菜', unit: '斤' },
];
const CHAT = [
  '接龙开始啦，请大家按格式接龙',
  '1. 5栋1单元2103莴笋3斤，小白菜2斤',
  '2. 张阿姨 3栋502 青笋2斤',
  '3. 5栋1单元 莴笋五六斤',
].join('\n');

beforeAll(async () => {
  h = await startDemoHarness();
  const started = await h.call('POST', '/instances', 'coordinator', { flowId: 'love-relay' });
  expect(started.status).toBe(201);
  relayId = started.body.id as string;
  const setup = await h.call('POST', `/instances/${relayId}/events`, 'coordinator', {
    task: 'setup',
    action: 'submit',
    data: {
      title: TITLE,
      story: '73岁的罗大爷生病了，家里的菜没法拿去集市卖，大家接龙帮帮他。',
      produce: [
        { name: '莴笋', unit: '斤', price: 3 },
        { name: '小白菜', unit: '斤', price: 2 },
      ],
      closesAt: '2027-12-01T18:00',
      pickupPlace: '崇文社区新时代文明实践站',
    },
  });
  expect(setup.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

type StoredEvent = { type: string; id: string; by: string; text?: string; row?: string };
const storedEvents = async (): Promise<StoredEvent[]> => {
  const answer = await h.call('GET', `/relays/${relayId}/events`, 'volunteer');
  expect(answer.status).toBe(200);
  return answer.body.events as StoredEvent[];
};

describe('love-relay page', () => {
  it('stores pasted lines and a correction, and keeps them after a reload (1280 px)', async () => {
    const { page, problems } = await h.open(1280, 'volunteer');
    await page.goto(`${h.url}relay.html?relay=${relayId}`);
    await page.locator('#relay-title', { hasText: TITLE }).waitFor();
    expect(await page.locator('#produce li').allTextContents()).toEqual([
      '莴笋 3 元/斤',
      '小白菜 2 元/斤',
    ]);
    expect(await page.locator('#relay-mode').textContent()).toBe(
      '您可以粘贴接龙消息、更正或撤回订单。',
    );

    await page.getByLabel('把群里的接龙粘贴到这里').fill(CHAT);
    await page.getByRole('button', { name: '加入接龙（4 行，其中 2 行待更正）' }).click();
    await page.locator('#save-status', { hasText: '已保存 1 条记录。' }).waitFor();

    const events = await storedEvents();
    expect(events.map((e) => [e.type, e.by, e.text])).toEqual([['pasted', 'zhang-wei', CHAT]]);
    const book = relayBook(events as unknown as Parameters<typeof relayBook>[0], {
      catalog: CATALOG,
    });
    expect(book.rows.map((row) => row.status)).toEqual([
      'needs-correction',
      'ok',
      'ok',
      'needs-correction',
    ]);
    expect(book.totals.map((t) => [t.name, t.quantity, t.unit])).toEqual([
      ['莴笋', 5, '斤'],
      ['小白菜', 2, '斤'],
    ]);
    await page.getByRole('heading', { name: '接龙名单（2 户）' }).waitFor();
    await page.getByRole('heading', { name: '待更正（2 行）' }).waitFor();

    // Correct the line whose quantity is ambiguous; the correction is stored.
    const fourth = book.rows[3]?.key as string;
    await page
      .getByRole('button', { name: /^更正 .*5栋1单元/ })
      .last()
      .click();
    const box = page.getByLabel(/^更正：/);
    await box.fill('5栋1单元2203莴笋5斤');
    await box.press('Enter');
    await page.locator('#save-status', { hasText: '已保存 1 条记录。' }).waitFor();
    await page.getByRole('heading', { name: '接龙名单（3 户）' }).waitFor();
    const after = await storedEvents();
    expect(after.map((e) => [e.type, e.by, e.row ?? null, e.text])).toEqual([
      ['pasted', 'zhang-wei', null, CHAT],
      ['corrected', 'zhang-wei', fourth, '5栋1单元2203莴笋5斤'],
    ]);

    // The list is the stored one: a reload shows it again.
    await page.reload();
    await page.getByRole('heading', { name: '接龙名单（3 户）' }).waitFor();
    await page.getByRole('heading', { name: '待更正（1 行）' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'relay-1280.png'), fullPage: true });
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('shows a resident the list read-only at 360 px', async () => {
    const { page, problems } = await h.open(360, 'resident');
    await page.goto(`${h.url}relay.html?relay=${relayId}`);
    await page.locator('#relay-title', { hasText: TITLE }).waitFor();
    await page.getByRole('heading', { name: '接龙名单（3 户）' }).waitFor();
    expect(await page.locator('#relay-mode').textContent()).toBe(
      '您可以查看订单；添加、更正和撤回由志愿者和站长操作。',
    );
    expect(await page.getByLabel('把群里的接龙粘贴到这里').count()).toBe(0);
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: join(RESULTS, 'relay-360.png'), fullPage: true });
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('refuses a resident who posts to the book, in the caller language', async () => {
    const answer = await h.call('POST', `/relays/${relayId}/events`, 'resident', {
      events: [
        {
          type: 'pasted',
          id: 'x1',
          at: '2026-11-28T10:00:00Z',
          by: 'li-mei',
          text: '1栋101莴笋1斤',
        },
      ],
    });
    expect(answer).toEqual({
      status: 403,
      body: {
        code: 'relay_read_only',
        path: '',
        message: '只有志愿者和站长可以添加、更正或撤回接龙订单；居民请在群里接龙。',
      },
    });
    expect(await storedEvents()).toHaveLength(2);
  });

  it('answers a relay that does not exist, and a caller without a token, with their problems', async () => {
    expect(await h.call('GET', '/relays/no-such-relay/events', 'volunteer')).toEqual({
      status: 404,
      body: {
        code: 'relay_unknown',
        path: '',
        message: '没有找到接龙 no-such-relay，请从列表中重新选择。',
      },
    });
    const anonymous = await fetch(`${h.url}api/relays/${relayId}/events`, {
      headers: { 'accept-language': 'en' },
    });
    expect([anonymous.status, await anonymous.json()]).toEqual([
      401,
      {
        code: 'relay_sign_in',
        path: '',
        message: 'Sign in first (choose who you are at the top of the page) to see the relay.',
      },
    ]);
  });

  it('applies a retried post once (events are keyed by id)', async () => {
    const event = {
      type: 'withdrawn',
      id: 'w-retry',
      at: '2026-11-28T11:00:00Z',
      by: 'x',
      row: 'nope',
    };
    const first = await h.call('POST', `/relays/${relayId}/events`, 'volunteer', {
      events: [event],
    });
    const second = await h.call('POST', `/relays/${relayId}/events`, 'volunteer', {
      events: [event],
    });
    expect([first.status, first.body.added, second.status, second.body.added]).toEqual([
      201, 1, 200, 0,
    ]);
    expect((await storedEvents()).map((e) => e.id).filter((id) => id === 'w-retry')).toHaveLength(
      1,
    );
  });
});
