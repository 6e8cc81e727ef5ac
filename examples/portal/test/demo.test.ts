// The demo as a newcomer meets it: a resident's micro-wish from request to evaluation
// across the three roles (switched with the role switcher), hours approved and counted;
// a sign-up through the portal's embedded <yz-signup>; every page at 360 and 1280 px with
// screenshots, no console errors and no CSP violations.
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoHarness,
  overflowsSideways,
  RESULTS,
  startDemoHarness,
  switchRole,
} from './demo-harness';

let demo: DemoHarness;

/** The text <yz-task> shows now (its shadow root). */
const taskText = (page: Page): Promise<string> =>
  page.locator('yz-task').evaluate((task) => task.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  demo = await startDemoHarness();
}, 120_000);

afterAll(async () => {
  await demo?.close();
});

describe('the demo portal', () => {
  it('walks a micro-wish from request to evaluation across the three roles', async () => {
    const { page, problems } = await demo.open(360);
    const base = demo.server.url;

    // Resident 李梅 (the default role) posts a wish.
    await page.goto(`${base}resident.html`);
    await page.getByRole('button', { name: '提交新的微心愿' }).click();
    await page.waitForURL(/resident\.html\?wish=/);
    const wishId = new URL(page.url()).searchParams.get('wish') as string;
    await page
      .getByRole('textbox', { name: '心愿内容' })
      .fill('家里的灯泡坏了，想请人帮忙换一下。');
    await page.getByRole('combobox', { name: '服务类别' }).selectOption('convenience');
    await page.getByRole('textbox', { name: '楼栋' }).fill('5');
    await page.getByRole('textbox', { name: '单元' }).fill('1');
    await page.getByRole('textbox', { name: '房号' }).fill('2103');
    await page.getByRole('textbox', { name: '联系人' }).fill('李梅');
    await page.getByRole('textbox', { name: '联系电话' }).fill('13812345678');
    await page.screenshot({ path: join(RESULTS, 'resident-wish-360.png'), fullPage: true });
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('提交心愿：提交').first().waitFor();

    // The coordinator approves it from the queue.
    await switchRole(page, 'coordinator');
    await page.goto(`${base}coordinator.html`);
    await page.locator(`yz-my-tasks li[data-instance="${wishId}"] a`).click();
    await page.getByRole('button', { name: '同意' }).click();
    await page.getByRole('status').filter({ hasText: '已办理，谢谢！' }).waitFor();

    // … and matches 张伟 from the engine's candidates, explained.
    await page.goto(`${base}coordinator.html`);
    await page.locator(`yz-my-tasks li[data-instance="${wishId}"][data-task="match"] a`).click();
    await page.waitForURL(/task=match/);
    const zhang = page.getByRole('checkbox', { name: /^张伟 ·/ });
    await expect
      .poll(() => page.locator('.candidate').count(), { timeout: 20_000 })
      .toBeGreaterThan(1);
    expect(await page.locator('.candidate').first().textContent()).toContain('技能 便民服务 4 级');
    await zhang.check();
    await page.screenshot({
      path: join(RESULTS, 'coordinator-candidates-360.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: '对接所选志愿者' }).click();
    await page.getByText('已对接：张伟。').waitFor();

    // Volunteer 张伟 accepts, checks in, checks out and reports.
    await switchRole(page, 'volunteer');
    await page.goto(`${base}volunteer.html`);
    await page.locator(`yz-my-tasks li[data-instance="${wishId}"] a`).click();
    await page.getByRole('button', { name: '接受任务' }).click();
    await page.getByRole('button', { name: '签到' }).click();
    await page.getByRole('button', { name: '签退' }).click();
    await page.getByRole('textbox', { name: '服务内容' }).fill('上门更换了客厅和厨房的灯泡。');
    await page.getByRole('textbox', { name: '服务人数' }).fill('1');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .poll(() => taskText(page), { timeout: 20_000 })
      .toContain('您现在没有需要办理的事项。');

    // The resident rates the service.
    await switchRole(page, 'resident');
    await page.goto(`${base}resident.html?wish=${wishId}`);
    await page.getByRole('radio', { name: '5 星（共 5 星）' }).check();
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .poll(() => taskText(page), { timeout: 20_000 })
      .toContain('您现在没有需要办理的事项。');
    await page.goto(`${base}resident.html`);
    await expect
      .poll(() => page.locator('.list li').filter({ hasText: '灯泡' }).textContent(), {
        timeout: 20_000,
      })
      .toContain('已完成');

    // The coordinator approves the hours; they are in notice for 张伟.
    await switchRole(page, 'coordinator');
    await page.goto(`${base}coordinator.html`);
    const hours = page.getByRole('spinbutton', { name: '张伟 的服务时长（小时）' });
    await hours.fill('2');
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过 2 小时，公示后计入。').waitFor();

    await switchRole(page, 'volunteer');
    await page.goto(`${base}volunteer.html`);
    await expect
      .poll(() => page.getByTestId('in-notice').textContent(), { timeout: 20_000 })
      .toBe('2 小时');
    expect(await page.getByTestId('counted').textContent()).toBe('81.5 小时');
    expect(await page.getByText('再服务 18.5 小时可达 1 星。').count()).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'volunteer-hours-360.png'), fullPage: true });

    expect(await overflowsSideways(page)).toBe(false);
    expect(await problems()).toEqual([]);
  }, 180_000);

  it('signs a family up through the portal page’s embedded <yz-signup>', async () => {
    const { page, problems } = await demo.open(360);
    await page.goto(demo.server.url);
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src')));
    expect(scripts).toEqual(['/yizhan.js']);
    await page.getByText('崇文社区“五彩益家”暑期公益托管班').waitFor();
    await page.getByText('剩余名额 30 个（共 30 个）').waitFor();
    await page.getByRole('button', { name: '报名' }).click();
    await page.getByText('报名成功！您是第 1 位。').waitFor();
    await page.screenshot({ path: join(RESULTS, 'portal-signup-360.png'), fullPage: true });
    expect(await overflowsSideways(page)).toBe(false);
    expect(await problems()).toEqual([]);
  }, 60_000);

  for (const width of [360, 1280])
    it(`shows every page at ${width} px without console errors or CSP violations`, async () => {
      for (const [name, path, role, ready] of [
        ['portal', '', 'resident', '剩余名额'],
        ['resident', 'resident.html', 'resident', '我提交过的心愿'],
        ['volunteer', 'volunteer.html', 'volunteer', '我的时长与星级'],
        ['coordinator', 'coordinator.html', 'coordinator', '待审核的服务时长'],
        ['resident-en', 'resident.html?lang=en', 'resident', 'Wishes I posted'],
      ] as const) {
        const { page, problems } = await demo.open(width);
        await page.goto(`${demo.server.url}${path}`);
        if (role !== 'resident') await switchRole(page, role);
        await page.getByText(ready).first().waitFor();
        await page.screenshot({ path: join(RESULTS, `${name}-${width}.png`), fullPage: true });
        expect(await overflowsSideways(page), `${name} scrolls sideways`).toBe(false);
        expect(await problems(), name).toEqual([]);
        await page.context().close();
      }
    }, 120_000);

  it('seeds once: a second start on the same file neither duplicates nor loses data', async () => {
    const { startDemoServer } = await import('../server/demo-server');
    // @ts-expect-error: a plain ESM module with JSDoc types.
    const { createPageAssets } = await import('../server/bundle-pages.mjs');
    const first = demo.server.seed;
    await demo.server.close();
    const again = await startDemoServer({
      data: demo.data,
      root: join(import.meta.dirname, '..'),
      assets: createPageAssets(join(import.meta.dirname, '..')),
      port: 0,
    });
    (demo as { server: typeof again }).server = again;
    expect(again.seed).toEqual(first);
    const session = await fetch(`${again.url}demo/session`, {
      method: 'POST',
      body: JSON.stringify({ role: 'coordinator' }),
    }).then((response) => response.json());
    const listed = await fetch(`${again.url}api/instances`, {
      headers: { authorization: `Bearer ${session.token}` },
    }).then((response) => response.json());
    const ids = (listed.instances as { id: string; flowId: string }[]).map((i) => i.id).sort();
    expect(ids.filter((id) => !/^[0-9a-f-]{36}$/.test(id))).toEqual([
      'haircut-2026-12-12',
      'holiday-care-2027',
      'wish-luo-vegetables',
    ]);
    // The wish walked in the first test is still there.
    expect(ids.filter((id) => /^[0-9a-f-]{36}$/.test(id))).toHaveLength(1);
  }, 60_000);
});
