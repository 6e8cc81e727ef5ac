// The coordinator's flows page in Chromium: open a flow, break it and see the issue with
// its JSON pointer and the core's message, jump to its place, fix it, publish a new
// version, highlight an instance's current step; at 1280 and 360 px, in zh-CN and en,
// with no console errors and no CSP violations.
import { join } from 'node:path';
import { parseFlow } from '@yizhan/core/flow';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoHarness, overflowsSideways, RESULTS, startDemoHarness } from './demo-harness';

let h: DemoHarness;

beforeAll(async () => {
  h = await startDemoHarness();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const editorText = (page: Page): Promise<string> => page.locator('#editor').inputValue();

/** The issues listed under the editor, as `path message`. */
const listedIssues = (page: Page, list = '#issues'): Promise<string[]> =>
  page
    .locator(`${list} button.issue`)
    .evaluateAll((buttons) =>
      buttons.map(
        (b) => `${b.querySelector('code')?.textContent} ${b.querySelector('span')?.textContent}`,
      ),
    );

/** Opens the micro-wish flow from the list and waits for the checked draft. */
async function openMicroWish(page: Page, valid: string): Promise<void> {
  await page.goto(`${h.url}flows.html`);
  await page.getByRole('button', { name: /micro-wish/ }).click();
  await page.locator('#validation-status', { hasText: valid }).waitFor();
}

describe('flows page', () => {
  it('edits, validates live, publishes a new version and highlights an instance (1280 px, zh-CN)', async () => {
    const latestBefore = await h.call('GET', '/definitions/micro-wish', 'coordinator');
    expect(latestBefore.status).toBe(200);
    const before = latestBefore.body.version as number;
    const instances = await h.call('GET', '/instances?flowId=micro-wish', 'coordinator');
    const wish = (instances.body.instances as { id: string }[])[0] as { id: string };
    const wishState = (await h.call('GET', `/instances/${wish.id}`, 'coordinator')).body
      .state as string[];

    const { page, problems } = await h.open(1280, 'coordinator');
    await openMicroWish(page, '检查通过，没有问题。');
    const draft = await editorText(page);
    const flow = JSON.parse(draft);
    expect(flow.version).toBe(before + 1);
    expect(await page.locator('#editor-version').textContent()).toBe(
      `新版本草稿：第 ${before + 1} 版（已发布的最新版本是第 ${before} 版）。`,
    );
    expect(await page.locator('#issues li').count()).toBe(0);

    // Break it: the request step goes to a step that does not exist.
    const broken = structuredClone(flow);
    broken.steps[0].next = 'nowhere';
    const brokenText = JSON.stringify(broken, null, 2);
    const expected = parseFlow(broken, { locale: 'zh-CN' });
    expect(expected.ok).toBe(false);
    const expectedIssues = expected.ok ? [] : expected.issues.map((i) => `${i.path} ${i.message}`);
    expect(expectedIssues.some((line) => line.startsWith('/steps/0/next '))).toBe(true);
    await page.locator('#editor').fill(brokenText);
    await page
      .locator('#validation-status', { hasText: `发现 ${expectedIssues.length} 个问题` })
      .waitFor();
    expect(await listedIssues(page)).toEqual(expectedIssues);
    expect(await page.locator('#editor').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#diagram-note').textContent()).toBe(
      '当前内容有问题，流程图显示的是最后一次通过检查的内容。',
    );
    // The diagram keeps the last valid version.
    expect(
      await page
        .locator('#diagram')
        .evaluate(
          (d) =>
            (d as unknown as { definition: { steps: { next: string }[] } }).definition.steps[0]
              ?.next,
        ),
    ).toBe('review');

    // Choosing the issue moves the cursor to the property it names.
    await page.locator('#issues button.issue', { hasText: '/steps/0/next' }).click();
    const at = brokenText.indexOf('"next": "nowhere"');
    expect(
      await page
        .locator('#editor')
        .evaluate((e: HTMLTextAreaElement) => [
          document.activeElement === e,
          e.selectionStart,
          e.selectionEnd,
        ]),
    ).toEqual([true, at, at + '"next": "nowhere"'.length]);

    // Publishing while broken is refused on the page.
    await page.getByRole('button', { name: '发布新版本' }).click();
    expect(await page.locator('#publish-status').textContent()).toBe('请先改正上面的问题再发布。');

    // A syntax error, typed: a stray comma after the last brace.
    await page.locator('#editor').fill(draft);
    await page.locator('#editor').press('Control+End');
    await page.keyboard.type(',');
    const withComma = `${draft},`;
    const lines = withComma.split('\n');
    await page.locator('#validation-status', { hasText: '发现 1 个问题' }).waitFor();
    expect(await listedIssues(page)).toEqual([
      `/ JSON 格式有误，在第 ${lines.length} 行第 ${(lines.at(-1) as string).length} 列附近：请检查逗号、引号和括号是否成对。`,
    ]);

    // Fixed: the issues go away.
    await page.keyboard.press('Backspace');
    await page.locator('#validation-status', { hasText: '检查通过，没有问题。' }).waitFor();
    expect(await page.locator('#issues li').count()).toBe(0);
    expect(await page.locator('#editor').getAttribute('aria-invalid')).toBe('false');

    // A real change, then publish.
    const changed = structuredClone(flow);
    changed.description = {
      'zh-CN': '崇文社区的微心愿：居民许愿，站长审核，志愿者圆梦。',
      en: "Chongwen's micro-wishes.",
    };
    await page.locator('#editor').fill(JSON.stringify(changed, null, 2));
    await page.locator('#validation-status', { hasText: '检查通过，没有问题。' }).waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.locator('#publish-status', { hasText: `已发布第 ${before + 1} 版。` }).waitFor();
    const latest = await h.call('GET', '/definitions/micro-wish', 'coordinator');
    expect(latest.body.version).toBe(before + 1);
    expect((latest.body.document as { description: unknown }).description).toEqual(
      changed.description,
    );
    expect(await page.locator('#versions li').allTextContents()).toHaveLength(before + 1);
    expect(
      (await page.locator('#versions li').last().textContent())?.startsWith(
        `第 ${before + 1} 版 · wang-zhan · `,
      ),
    ).toBe(true);
    expect(JSON.parse(await editorText(page)).version).toBe(before + 2);

    // The server refuses an old version number: its message, at /version.
    const stale = { ...changed, version: before };
    await page.locator('#editor').fill(JSON.stringify(stale, null, 2));
    await page.locator('#validation-status', { hasText: '检查通过，没有问题。' }).waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.locator('#publish-status', { hasText: '发布没有成功' }).waitFor();
    expect(await listedIssues(page, '#publish-issues')).toHaveLength(1);
    expect((await listedIssues(page, '#publish-issues'))[0]?.startsWith('/version ')).toBe(true);

    // An instance's current steps are highlighted in the diagram.
    await page.locator('#instance').selectOption(wish.id);
    await page.locator('#instance-state', { hasText: '当前步骤' }).waitFor();
    expect(
      await page
        .locator('#diagram')
        .evaluate((d) => [...(d as unknown as { active: string[] }).active]),
    ).toEqual(wishState);
    // The diagram marks those steps (the element's own "current" class on its nodes).
    expect(
      await page
        .locator('#diagram')
        .evaluate((d) => d.shadowRoot?.querySelectorAll('g.node.active').length ?? -1),
    ).toBe(wishState.length);
    expect(await page.locator('#instance-state').textContent()).toBe(
      `当前步骤：${wishState.join('、')}（这个事项使用第 1 版）`,
    );

    await page.screenshot({ path: join(RESULTS, 'flows-1280.png'), fullPage: true });
    // The one refused request is the stale version, answered 409 on purpose.
    expect(await problems()).toEqual(['http 409 /api/definitions']);
    await page.context().close();
  });

  it('works by keyboard at 360 px and in English', async () => {
    const { page, problems } = await h.open(360, 'coordinator');
    await page.goto(`${h.url}flows.html?lang=en`);
    const open = page.getByRole('button', { name: /micro-wish/ });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('#validation-status', { hasText: 'No problems found.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(await open.getAttribute('aria-pressed')).toBe('true');
    const flow = JSON.parse(await editorText(page));
    const broken = structuredClone(flow);
    broken.roles = [];
    const expected = parseFlow(broken, { locale: 'en' });
    const expectedIssues = expected.ok ? [] : expected.issues.map((i) => `${i.path} ${i.message}`);
    expect(expectedIssues.length).toBeGreaterThan(0);
    await page.locator('#editor').fill(JSON.stringify(broken, null, 2));
    await page.locator('#validation-status', { hasText: 'to fix before publishing' }).waitFor();
    expect(await listedIssues(page)).toEqual(expectedIssues);
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: join(RESULTS, 'flows-360.png'), fullPage: true });
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('tells a resident the page is for coordinators', async () => {
    const { page, problems } = await h.open(360, 'resident');
    await page.goto(`${h.url}flows.html`);
    await page.locator('#flows[aria-busy="false"]').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      '这个页面供站长使用。请在页面上方把身份切换为“站长”。',
    );
    expect(await page.locator('#flow-list li').count()).toBe(0);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});
