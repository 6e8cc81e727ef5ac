// The portal widgets end to end: a host page on one port, the Yizhan server on another,
// the system Chromium driven by Playwright.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haircutFlow, openDayFlow, wishFlow } from './flows';
import {
  axeSource,
  call,
  coordinator,
  type Harness,
  pageUrl,
  startHarness,
  tokenOf,
  volunteer,
} from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await call(h.api, 'POST', '/definitions', coordinator, { definition: openDayFlow(1) });
  await call(h.api, 'POST', '/definitions', coordinator, { definition: wishFlow });
  await call(h.api, 'POST', '/definitions', coordinator, { definition: haircutFlow() });
  await call(h.api, 'POST', '/definitions', coordinator, { definition: haircutFlow(true) });
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** A new open day with one place, details filled in by the coordinator. */
async function openDay(): Promise<string> {
  const started = await call(h.api, 'POST', '/instances', coordinator, { flowId: 'open-day' });
  const id = started.body.id as string;
  const details = {
    className: '五彩益家·幸福邻里开放日',
    place: '崇文社区文明实践站',
    firstDay: '2026-12-05',
    lastDay: '2026-12-06',
  };
  const sent = await call(h.api, 'POST', `/instances/${id}/events`, coordinator, {
    task: 'setup',
    action: 'submit',
    data: details,
  });
  expect(sent.status).toBe(200);
  return id;
}

const signupEvents = async (id: string): Promise<number> => {
  const history = await call(h.api, 'GET', `/instances/${id}/history`, coordinator);
  return (history.body.history as { event: string }[]).filter((e) => e.event === 'enrol.signup')
    .length;
};

/** Records CSP violations and page errors of a page. */
async function watchPage(page: import('playwright').Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

describe('<yz-signup> on a portal', () => {
  it('signs up one visitor, waitlists the next, under a strict CSP at 360 px, axe clean', async () => {
    const id = await openDay();
    const markup = `<yz-signup endpoint="${h.api.url}" project="${id}"></yz-signup>`;
    const first = await h.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await first.newPage();
    const problems = await watchPage(page);
    await page.goto(pageUrl(h.portal, markup));
    await page.getByRole('heading', { name: '五彩益家·幸福邻里开放日' }).waitFor();
    expect(await page.getByText('崇文社区文明实践站').count()).toBe(1);
    expect(await page.getByText('2026-12-05 – 2026-12-06').count()).toBe(1);
    expect(await page.getByText('剩余名额 1 个（共 1 个）').count()).toBe(1);
    const axe = await page.evaluate(
      `${axeSource()}; axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then(r => r.violations.map(v => v.id))`,
    );
    expect(axe).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '报名' }).click();
    await page.getByText('报名成功！您是第 1 位。').waitFor();
    expect(await problems()).toEqual([]);

    const second = await h.browser.newContext({ locale: 'en' });
    const other = await second.newPage();
    await other.goto(pageUrl(h.portal, markup.replace('<yz-signup ', '<yz-signup locale="en" ')));
    await other.getByText('Full: you can join the waitlist (0 waiting)').waitFor();
    await other.getByRole('button', { name: 'Join the waitlist' }).click();
    await other
      .getByText(
        'The places are taken; you are number 1 on the waitlist and move up when someone cancels.',
      )
      .waitFor();
    // A reload remembers the anonymous visitor's outcome instead of offering the button again.
    await page.reload();
    await page.getByText('报名成功！您是第 1 位。').waitFor();
    expect(await page.getByRole('button', { name: '报名' }).count()).toBe(0);
    expect(await signupEvents(id)).toBe(2);
    await first.close();
    await second.close();
  }, 60_000);

  it('refuses a site that no organisation allowed', async () => {
    const id = await openDay();
    const direct = await call(h.api, 'GET', `/instances/${id}`, null, undefined, {
      origin: h.stranger,
    });
    expect([
      direct.status,
      direct.body.code,
      direct.headers.get('access-control-allow-origin'),
    ]).toEqual([403, 'origin_not_allowed', null]);
    const allowed = await call(h.api, 'GET', `/instances/${id}`, null, undefined, {
      origin: h.portal,
    });
    expect([
      allowed.status,
      allowed.headers.get('access-control-allow-origin'),
      allowed.headers.get('access-control-allow-credentials'),
    ]).toEqual([200, h.portal, 'true']);
    const context = await h.browser.newContext();
    const page = await context.newPage();
    page.on('console', () => {}); // Chromium logs the blocked request; that is the point.
    await page.goto(
      pageUrl(h.stranger, `<yz-signup endpoint="${h.api.url}" project="${id}"></yz-signup>`),
    );
    await page
      .getByRole('alert')
      .getByText('无法连接服务器，请检查网络后重试。')
      .waitFor({ timeout: 15_000 });
    expect(await signupEvents(id)).toBe(0);
    await context.close();
  }, 60_000);

  it('keeps a sign-up made offline and sends it exactly once on reconnect', async () => {
    const id = await openDay();
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(
      pageUrl(h.portal, `<yz-signup endpoint="${h.api.url}" project="${id}"></yz-signup>`),
    );
    await page.getByRole('button', { name: '报名' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: '报名' }).click();
    await page.getByText(/网络已断开：报名已保存在本机/).waitFor({ timeout: 15_000 });
    expect(await signupEvents(id)).toBe(0);
    await context.setOffline(false);
    await page.getByText('报名成功！您是第 1 位。').waitFor({ timeout: 15_000 });
    await page.getByText('网络已恢复，已为您提交报名。').waitFor();
    // Another reconnect (and a reload) sends nothing more: the queue is empty.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.reload();
    await page.getByText('报名成功！您是第 1 位。').waitFor();
    expect(await signupEvents(id)).toBe(1);
    await context.close();
  }, 60_000);
});

describe('<yz-task> and <yz-timeline>', () => {
  it('runs a micro-wish through two users while the timeline follows live', async () => {
    const started = await call(h.api, 'POST', '/instances', coordinator, { flowId: 'wish-review' });
    const id = started.body.id as string;
    const task = (who: typeof volunteer) =>
      `<yz-task endpoint="${h.api.url}" instance="${id}" token="${tokenOf(who)}"></yz-task>`;
    const context = await h.browser.newContext();
    const timeline = await context.newPage();
    const problems = await watchPage(timeline);
    await timeline.goto(
      pageUrl(
        h.portal,
        `<yz-timeline endpoint="${h.api.url}" instance="${id}" token="${tokenOf(coordinator)}"></yz-timeline>`,
      ),
    );
    const entries = timeline.locator('yz-timeline').locator('li');
    await timeline.getByText('发起').waitFor();
    expect(await entries.count()).toBe(1);

    const worker = await context.newPage();
    await worker.goto(pageUrl(h.portal, task(volunteer)));
    await worker.getByRole('heading', { name: '填写服务记录' }).waitFor();
    await worker.getByRole('textbox', { name: '服务内容' }).fill('帮李奶奶卖了莴笋 3 斤');
    await worker.getByRole('button', { name: '提交' }).click();
    await worker.getByText('已提交，谢谢！ 您现在没有需要办理的事项。').waitFor();
    await timeline.getByText('填写服务记录：提交').waitFor();

    const boss = await context.newPage();
    await boss.goto(pageUrl(h.portal, task(coordinator)));
    await boss.getByRole('heading', { name: '站长审核' }).waitFor();
    expect(await boss.getByText('帮李奶奶卖了莴笋 3 斤', { exact: true }).count()).toBe(1);
    await boss.getByRole('button', { name: '驳回' }).click();
    await boss.getByText('请填写意见，说明原因后再提交。').waitFor();
    await boss.getByRole('textbox', { name: '意见' }).fill('请写明服务时长');
    await boss.getByRole('button', { name: '驳回' }).click();
    await boss.getByText('已提交，谢谢！ 您现在没有需要办理的事项。').waitFor();
    await timeline.getByText('请写明服务时长').waitFor();

    await worker.reload();
    await worker
      .getByRole('textbox', { name: '服务内容' })
      .fill('帮李奶奶卖了莴笋 3 斤，用时 2 小时');
    await worker.getByRole('button', { name: '提交' }).click();
    await worker.getByText('已提交，谢谢！ 您现在没有需要办理的事项。').waitFor();
    await boss.reload();
    await boss.getByRole('button', { name: '同意' }).click();
    await boss.getByText('已提交，谢谢！ 您现在没有需要办理的事项。').waitFor();
    await timeline.getByText('站长审核：同意').waitFor();
    expect(await entries.count()).toBe(5);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('<yz-my-tasks>', () => {
  it('lists the signed-in volunteer’s open tasks, and says so when there are none', async () => {
    const started = await call(h.api, 'POST', '/instances', coordinator, { flowId: 'wish-review' });
    const id = started.body.id as string;
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(
      pageUrl(
        h.portal,
        `<yz-my-tasks endpoint="${h.api.url}" token="${tokenOf(volunteer)}" task-href="/task.html?instance={instance}"></yz-my-tasks>`,
      ),
    );
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    const links = page.getByRole('link', { name: '去办理：填写服务记录' });
    await links.first().waitFor();
    expect(await page.locator(`yz-my-tasks li[data-instance="${id}"]`).count()).toBe(1);
    const nobody = await context.newPage();
    await nobody.goto(
      pageUrl(
        h.portal,
        `<yz-my-tasks endpoint="${h.api.url}" token="${tokenOf({ id: 'li-mei', roles: ['resident'], place: ['luling', 'hedong', 'chongwen'] })}"></yz-my-tasks>`,
      ),
    );
    await nobody.getByText('暂无待办事项。新的任务分配给您后会显示在这里。').waitFor();
    await context.close();
  }, 60_000);
});

/** A haircut request for 李奶奶 on Saturday morning, at its match step. */
async function haircut(flowId: string): Promise<string> {
  const started = await call(h.api, 'POST', '/instances', coordinator, { flowId });
  const id = started.body.id as string;
  const sent = await call(h.api, 'POST', `/instances/${id}/events`, coordinator, {
    task: 'ask',
    action: 'submit',
    data: { resident: '李奶奶', serviceAt: '2026-12-05T09:00' },
  });
  expect(sent.status).toBe(200);
  return id;
}

const chosenVolunteers = async (id: string): Promise<unknown> => {
  const instance = await call(h.api, 'GET', `/instances/${id}`, coordinator);
  return [
    instance.body.status,
    instance.body.context === undefined
      ? null
      : (instance.body.context as { volunteers: unknown }).volunteers,
  ];
};

describe('<yz-task> for a match step', () => {
  it('shows the ranked suggestions as a choice of one or two, and sends the chosen ids', async () => {
    const id = await haircut('haircut');
    // The ranking is a job the scheduler runs just after the commit.
    await expect
      .poll(
        async () => {
          const tasks = await call(h.api, 'GET', `/instances/${id}/tasks`, coordinator);
          return (
            (tasks.body.tasks as { data: Record<string, unknown> }[])[0]?.data['match.ranking'] !==
            undefined
          );
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const context = await h.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    const markup = `<yz-task endpoint="${h.api.url}" instance="${id}" token="${tokenOf(coordinator)}"></yz-task>`;
    await page.goto(pageUrl(h.portal, markup));
    const choice = page.getByRole('group', { name: '请选择志愿者（至少 1 位，最多 2 位）' });
    await choice.waitFor();
    const boxes = choice.getByRole('checkbox');
    expect(await boxes.count()).toBe(5);
    expect(await choice.locator('.choices > li > label').allTextContents()).toEqual([
      expect.stringMatching(/^张伟\s+得分 0\.80$/),
      expect.stringMatching(/^赵敏\s+得分 0\.67$/),
      expect.stringMatching(/^孙丽\s+得分 0\.67$/),
      expect.stringMatching(/^五彩理发服务队\s+得分 0\.67$/),
      expect.stringMatching(/^王秀英\s+得分 0\.60$/),
    ]);
    // "Why" is each checkbox's description: the score parts, and a team's members by name.
    const zhang = page.getByRole('checkbox', { name: /张伟/ });
    expect(await zhang.getAttribute('aria-describedby')).toBe('why-0');
    expect(await choice.locator('#why-0 li').allTextContents()).toEqual([
      '技能 理发 4 级：+0.280',
      '距离 0.0 公里（按坐标）：+0.250',
      '当前负荷 0/3：+0.200',
      '近 7 天接单 0 次：+0.000',
      '暂无评分，按 4.0 计：+0.075',
    ]);
    expect(await choice.locator('#why-3 li').last().textContent()).toBe('队员：赵敏、孙丽');
    await choice.getByText('符合条件的共 5 位（含服务队）。').waitFor();
    await choice.getByText('未推荐的 1 位及原因').click();
    await choice
      .getByText('刘洋：未通过「负荷」筛选。当前已承担 2 项任务，达到上限 2 项。')
      .waitFor();
    expect(await page.getByText('match.ranking').count()).toBe(0);
    const axe = await page.evaluate(
      `${axeSource()}; axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then(r => r.violations.map(v => v.id))`,
    );
    expect(axe).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // None chosen: refused in the page, nothing sent.
    await page.getByRole('button', { name: '确认对接' }).click();
    await page.getByRole('alert').getByText('请至少选择 1 位志愿者，再点“确认对接”。').waitFor();
    // The team takes both places: then nobody else can be ticked.
    await page.getByRole('checkbox', { name: /五彩理发服务队/ }).check();
    await page.getByText('已选 2 位，已选满；如要改选，请先取消一位。').waitFor();
    expect(await zhang.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /五彩理发服务队/ }).uncheck();
    await zhang.check();
    await page.getByRole('checkbox', { name: /王秀英/ }).check();
    await page.getByText('已选 2 位，已选满；如要改选，请先取消一位。').waitFor();
    expect(await page.getByRole('checkbox', { name: /赵敏/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '确认对接' }).click();
    await page.getByText('已提交，谢谢！ 您现在没有需要办理的事项。').waitFor();
    expect(await chosenVolunteers(id)).toEqual(['done', ['zhang-wei', 'wang-xiuying']]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 90_000);

  it('takes a volunteer id by hand when the step has no ranking, in English', async () => {
    const id = await haircut('haircut-by-hand');
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(
      pageUrl(
        h.portal,
        `<yz-task locale="en" endpoint="${h.api.url}" instance="${id}" token="${tokenOf(coordinator)}"></yz-task>`,
      ),
    );
    const choice = page.getByRole('group', { name: 'Choose volunteers (at least 1, at most 2)' });
    await choice.waitFor();
    await choice.getByText(/^No suggestions yet/).waitFor();
    expect(await choice.getByRole('checkbox').count()).toBe(0);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Type a volunteer id first, then press “Add”.')
      .waitFor();
    const box = page.getByRole('textbox', { name: 'Add a volunteer by id' });
    await box.fill('<b>chen-jing</b>');
    await box.press('Enter');
    // Text, never markup: the id shows as typed.
    await page.getByRole('checkbox', { name: '<b>chen-jing</b> (added by hand)' }).uncheck();
    await box.fill('chen-jing');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect(
      await page.getByRole('checkbox', { name: 'chen-jing (added by hand)' }).isChecked(),
    ).toBe(true);
    await page.getByText('1 chosen, at most 2.').waitFor();
    await page.getByRole('button', { name: 'Confirm match' }).click();
    await page
      .getByText('Sent. Thank you! There is nothing for you to do here right now.')
      .waitFor();
    expect(await chosenVolunteers(id)).toEqual(['done', ['chen-jing']]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 60_000);
});
