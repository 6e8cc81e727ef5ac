import '../src/elements/yz-relay';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type {
  YzRelay,
  YzRelayAddDetail,
  YzRelayCorrectDetail,
  YzRelayWithdrawDetail,
} from '../src/elements/yz-relay';
import type { RelayEvent } from '../src/relay/relay-book';

// A morning's relay in the 崇文社区 group chat: three orders, chatter, and a line with no
// room and a range for a quantity.
const CHAT = [
  '1. 5栋1单元2103莴笋3斤，小白菜2斤',
  '张阿姨 3栋502 土鸡蛋2袋（放门口）',
  '12栋2单元801 莴笋2斤 谢谢',
  '谢谢大家辛苦了🙏',
  '5栋1单元 莴笋五六斤',
].join('\n');
const AT = '2026-12-01T01:30:00.000Z';

/** Puts a `<yz-relay>` in the page, with ids ev-1, ev-2 … and a fixed clock. */
async function mountRelay(setup: (relay: YzRelay) => void = () => undefined): Promise<YzRelay> {
  const relay = document.createElement('yz-relay');
  let next = 0;
  relay.newId = () => `ev-${++next}`;
  relay.now = () => new Date(AT);
  relay.by = 'wang-zhan';
  setup(relay);
  document.body.append(relay);
  await relay.updateComplete;
  return relay;
}

/** Plays the host: stores every event the element fires and hands the new list back. */
function actAsHost(relay: YzRelay): void {
  const append = (event: CustomEvent<{ events: readonly RelayEvent[] }>) => {
    relay.events = [...relay.events, ...event.detail.events];
  };
  relay.addEventListener('yz-relay-add', append);
  relay.addEventListener('yz-relay-correct', append);
  relay.addEventListener('yz-relay-withdraw', append);
}

/** What the browser does on a paste into the box: the text lands, then an input event. */
async function paste(relay: YzRelay, text: string): Promise<void> {
  const box = root(relay).querySelector('textarea');
  if (box === null) throw new Error('no paste box');
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  await relay.updateComplete;
}

function root(relay: YzRelay): ShadowRoot {
  if (relay.shadowRoot === null) throw new Error('yz-relay has no shadow root');
  return relay.shadowRoot;
}

/** The name (text, whitespace collapsed) of the element that has focus inside the relay. */
function focused(relay: YzRelay): string | undefined {
  const active = root(relay).activeElement;
  if (active === null) return undefined;
  const label = active.id === '' ? '' : root(relay).querySelector(`label[for="${active.id}"]`);
  return (label ? label.textContent : active.textContent)?.replace(/\s+/g, ' ').trim();
}

/** The text of each element matching `selector`, whitespace collapsed. */
function texts(relay: YzRelay, selector: string): string[] {
  return [...root(relay).querySelectorAll(selector)].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Resolves with the detail of the next `type` event on `target`. */
function nextDetail<T>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), {
      once: true,
    }),
  );
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(): Promise<string[]> {
  const results = await axe.run(document, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
  );
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<yz-relay> paste preview', () => {
  it('shows every pasted line as read, unreadable lines with what to correct, and announces the totals', async () => {
    const relay = await mountRelay();
    await paste(relay, CHAT);

    expect(texts(relay, '[part~="line"] > p:first-child')).toEqual([
      '第 1 行 · 已识别',
      '第 2 行 · 已识别',
      '第 3 行 · 已识别',
      '第 4 行 · 需要更正',
      '第 5 行 · 需要更正',
    ]);
    expect(texts(relay, '[part~="line"] .address')).toEqual([
      '5栋1单元2103',
      '3栋502（张阿姨）',
      '12栋2单元801',
      '5栋1单元',
    ]);
    expect(texts(relay, '[part~="line"] .raw')).toEqual([
      '谢谢大家辛苦了🙏',
      '5栋1单元 莴笋五六斤',
    ]);
    expect(texts(relay, '[part~="line"] .issue')).toEqual([
      '这一行没有找到楼栋房号和数量。如果是订单，请按“5栋1单元2103莴笋3斤，小白菜2斤”的格式改写；不是订单可以忽略。',
      '5栋后面缺少房号，请补上，例如“5栋1单元2103”。',
      '“五六斤”是一个范围，请改成一个确定的数量，例如“莴笋3斤”。',
    ]);
    // Each unreadable line keeps a correction box, described by its messages.
    const fifth = page.getByRole('textbox', { name: '更正第 5 行' });
    await expect.element(fifth).toHaveValue('5栋1单元 莴笋五六斤');
    await expect.element(fifth).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(fifth)
      .toHaveAccessibleDescription(
        '5栋后面缺少房号，请补上，例如“5栋1单元2103”。 “五六斤”是一个范围，请改成一个确定的数量，例如“莴笋3斤”。',
      );
    await expect
      .element(page.getByRole('textbox', { name: '更正第 1 行' }))
      .not.toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: '加入接龙（5 行，其中 2 行待更正）' }))
      .toBeEnabled();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(
        '识别了 5 行，其中 2 行需要更正。合计：莴笋 5斤、土鸡蛋 2袋、小白菜 2斤。',
      );
  });

  it('corrects an unreadable line in the preview, then adds the corrected text', async () => {
    const relay = await mountRelay();
    await paste(relay, CHAT);
    const fifth = page.getByRole('textbox', { name: '更正第 5 行' });
    await fifth.fill('5栋1单元2201 莴笋5斤');

    expect(texts(relay, '[part~="line"] > p:first-child')[4]).toBe('第 5 行 · 已识别');
    // The box stays open while typing, so focus stays in it.
    expect(focused(relay)).toBe('更正第 5 行');
    expect(root(relay).querySelector('textarea')?.value.split('\n')[4]).toBe(
      '5栋1单元2201 莴笋5斤',
    );

    const added = nextDetail<YzRelayAddDetail>(relay, 'yz-relay-add');
    await page.getByRole('button', { name: '加入接龙（5 行，其中 1 行待更正）' }).click();
    const text = CHAT.replace('5栋1单元 莴笋五六斤', '5栋1单元2201 莴笋5斤');
    expect(await added).toEqual({
      events: [{ type: 'pasted', id: 'ev-1', at: AT, by: 'wang-zhan', text }],
      text,
    });
  });

  it('adds with Ctrl+Enter; a cancelled add keeps the pasted text', async () => {
    const relay = await mountRelay();
    relay.addEventListener('yz-relay-add', (event) => event.preventDefault(), { once: true });
    await paste(relay, '5栋1单元2103莴笋3斤');
    await page.getByRole('textbox', { name: '把群里的接龙粘贴到这里' }).click();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect
      .element(page.getByRole('textbox', { name: '把群里的接龙粘贴到这里' }))
      .toHaveValue('5栋1单元2103莴笋3斤');

    const added = nextDetail<YzRelayAddDetail>(relay, 'yz-relay-add');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect((await added).events).toEqual([
      { type: 'pasted', id: 'ev-2', at: AT, by: 'wang-zhan', text: '5栋1单元2103莴笋3斤' },
    ]);
    await expect
      .element(page.getByRole('textbox', { name: '把群里的接龙粘贴到这里' }))
      .toHaveValue('');
  });
});

describe('<yz-relay> order list', () => {
  it('shows the orders, the lines to correct, the totals and the buildings once the host appends', async () => {
    const relay = await mountRelay();
    actAsHost(relay);
    await paste(relay, CHAT);
    await page.getByRole('button', { name: '加入接龙（5 行，其中 2 行待更正）' }).click();
    await relay.updateComplete;

    expect(relay.events).toHaveLength(1);
    await expect.element(page.getByRole('heading', { name: '接龙名单（3 户）' })).toBeVisible();
    expect(texts(relay, '[part~="entries"] .address')).toEqual([
      '5栋1单元2103',
      '3栋502（张阿姨）',
      '12栋2单元801',
    ]);
    expect(texts(relay, '[part~="entries"] .items')).toEqual([
      '莴笋 3斤、小白菜 2斤',
      '土鸡蛋 2袋',
      '莴笋 2斤',
    ]);
    await expect.element(page.getByRole('heading', { name: '待更正（2 行）' })).toBeVisible();
    expect(texts(relay, '.failing .raw')).toEqual(['谢谢大家辛苦了🙏', '5栋1单元 莴笋五六斤']);
    expect(texts(relay, '.failing .issue')).toHaveLength(3);
    expect(texts(relay, '[part~="totals"] tbody tr')).toEqual([
      '莴笋 5斤 2',
      '土鸡蛋 2袋 1',
      '小白菜 2斤 1',
    ]);
    expect(texts(relay, '[part~="building"] h3')).toEqual(['3栋', '5栋', '12栋']);
    expect(texts(relay, '[part~="building"] > p')).toEqual([
      '本栋共需 土鸡蛋 2袋',
      '本栋共需 莴笋 3斤、小白菜 2斤',
      '本栋共需 莴笋 2斤',
    ]);
    expect(texts(relay, '[part~="stop"]')).toEqual([
      '502（张阿姨） 土鸡蛋 2袋 （放门口）',
      '1单元2103 莴笋 3斤、小白菜 2斤',
      '2单元801 莴笋 2斤',
    ]);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('已加入接龙。现在合计：莴笋 5斤、土鸡蛋 2袋、小白菜 2斤。');
    // The paste box is empty again and has focus for the next batch.
    expect(focused(relay)).toBe('把群里的接龙粘贴到这里');
    expect(root(relay).querySelector('[part~="preview"]')).toBeNull();
  });

  it('corrects a row: fires yz-relay-correct, and the row counts once the host appends', async () => {
    const relay = await mountRelay((element) => {
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    actAsHost(relay);
    await page.getByRole('button', { name: '更正 5栋1单元 莴笋五六斤' }).click();
    const box = page.getByRole('textbox', { name: '更正：5栋1单元 莴笋五六斤' });
    expect(focused(relay)).toBe('更正：5栋1单元 莴笋五六斤');
    await expect.element(box).toHaveValue('5栋1单元 莴笋五六斤');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');

    await box.fill('5栋1单元2201 莴笋6斤');
    // The correction is read as it is typed: this one has nothing left to correct.
    await expect.element(box).toHaveAttribute('aria-invalid', 'false');
    expect(root(relay).querySelector('[id$="-correction-issues"]')).toBeNull();
    const corrected = nextDetail<YzRelayCorrectDetail>(relay, 'yz-relay-correct');
    await userEvent.keyboard('{Enter}');
    expect(await corrected).toEqual({
      events: [
        {
          type: 'corrected',
          id: 'ev-1',
          at: AT,
          by: 'wang-zhan',
          row: 'e1:5',
          text: '5栋1单元2201 莴笋6斤',
        },
      ],
      row: 'e1:5',
      text: '5栋1单元2201 莴笋6斤',
    });
    await relay.updateComplete;
    await expect.element(page.getByRole('heading', { name: '接龙名单（4 户）' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: '待更正（1 行）' })).toBeVisible();
    expect(texts(relay, '[part~="totals"] tbody tr')[0]).toBe('莴笋 11斤 3');
    // Focus returns to the corrected row's button.
    expect(focused(relay)).toBe('更正 5栋1单元2201');
    expect(texts(relay, '[data-row="e1:5"] .meta')).toEqual(['已更正 1 次']);
  });

  it('Escape closes a correction without firing', async () => {
    const relay = await mountRelay((element) => {
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    let fired = 0;
    relay.addEventListener('yz-relay-correct', () => fired++);
    await page.getByRole('button', { name: '更正 12栋2单元801' }).click();
    await expect
      .element(page.getByRole('textbox', { name: '更正：12栋2单元801' }))
      .toHaveValue('12栋2单元801 莴笋2斤 谢谢');
    await userEvent.keyboard('{Escape}');
    expect(focused(relay)).toBe('更正 12栋2单元801');
    expect(fired).toBe(0);
  });

  it('withdraws a row after confirmation; the withdrawn row stays visible apart', async () => {
    const relay = await mountRelay((element) => {
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    actAsHost(relay);
    await page.getByRole('button', { name: '撤回 谢谢大家辛苦了🙏' }).click();
    expect(focused(relay)).toBe('取消');
    await expect
      .element(
        page.getByRole('group', {
          name: '确定撤回“谢谢大家辛苦了🙏”吗？撤回后不计入合计，记录仍会保留。',
        }),
      )
      .toBeVisible();

    const withdrawn = nextDetail<YzRelayWithdrawDetail>(relay, 'yz-relay-withdraw');
    await page.getByRole('button', { name: '确定撤回' }).click();
    expect(await withdrawn).toEqual({
      events: [{ type: 'withdrawn', id: 'ev-1', at: AT, by: 'wang-zhan', row: 'e1:4' }],
      row: 'e1:4',
    });
    await relay.updateComplete;
    await expect.element(page.getByRole('heading', { name: '待更正（1 行）' })).toBeVisible();
    expect(texts(relay, 'details > summary')).toEqual(['已撤回（1 行）']);
    expect(texts(relay, '.withdrawn .meta')).toEqual(['已撤回']);
    await expect.element(page.getByRole('status')).toHaveTextContent(/^已保存。现在合计：/);
  });

  it('follows the locale, parser messages included', async () => {
    const relay = await mountRelay((element) => {
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    await paste(relay, '5栋1单元 莴笋五六斤');
    relay.locale = 'en';
    await relay.updateComplete;
    await expect
      .element(page.getByRole('heading', { name: 'Orders (3 households)' }))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'To correct (2 lines)' })).toBeVisible();
    expect(texts(relay, '[part~="entries"] .address')[0]).toBe('Building 5, Unit 1, Room 2103');
    expect(texts(relay, '[part~="entries"] .items')[0]).toBe('莴笋 3 斤, 小白菜 2 斤');
    expect(texts(relay, '[part~="line"] .issue')).toEqual([
      'Building 5 has no room number. Add it, as in "5栋1单元2103".',
      '"五六斤" is a range. Change it to one quantity, as in "莴笋3斤".',
    ]);
    await expect
      .element(page.getByRole('button', { name: 'Add to the relay (1 line, 1 to correct)' }))
      .toBeVisible();
    expect(texts(relay, '[part~="totals"] th[scope="col"]')).toEqual([
      'Item',
      'Quantity',
      'Households',
    ]);
    relay.locale = 'zh-CN';
    await relay.updateComplete;
    await expect.element(page.getByRole('heading', { name: '接龙名单（3 户）' })).toBeVisible();
  });

  it('renders markup in item names and pasted lines as text', async () => {
    const name = '<img src=x onerror="window.relayHacked=1">';
    const relay = await mountRelay((element) => {
      element.events = [
        {
          type: 'entered',
          id: 'f1',
          at: AT,
          by: 'resident',
          entry: { building: '5', room: '2103', items: [{ name, quantity: 1, unit: '袋' }] },
        },
      ];
    });
    await paste(relay, '<script>window.relayHacked=2</script><b>莴笋</b>');
    expect(root(relay).querySelector('img, script, b')).toBeNull();
    expect(texts(relay, '[part~="entries"] .items')).toEqual([`${name} 1袋`]);
    expect(texts(relay, '[part~="totals"] tbody th')).toEqual([name]);
    expect(texts(relay, '[part~="line"] .raw')).toEqual([
      '<script>window.relayHacked=2</script><b>莴笋</b>',
    ]);
    expect((window as { relayHacked?: number }).relayHacked).toBeUndefined();
  });

  it('readonly shows the list, totals and deliveries without paste box or actions', async () => {
    const relay = await mountRelay((element) => {
      element.readonly = true;
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    expect(root(relay).querySelector('textarea, button')).toBeNull();
    expect(texts(relay, '[part~="building"] h3')).toEqual(['3栋', '5栋', '12栋']);
  });

  it('fits a 360 px wide phone screen', async () => {
    await page.viewport(360, 740);
    const relay = await mountRelay((element) => {
      element.events = [{ type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT }];
    });
    await paste(relay, CHAT);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    expect(relay.getBoundingClientRect().width).toBeLessThanOrEqual(360);
  });
});

describe('<yz-relay> accessibility', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const theme of [undefined, 'large'] as const) {
      it(`axe-core finds no WCAG 2.1 A/AA violation, ${locale}, ${theme ?? 'default'} theme`, async () => {
        document.documentElement.lang = locale;
        const relay = await mountRelay((element) => {
          element.locale = locale;
          element.theme = theme;
          element.events = [
            { type: 'pasted', id: 'e1', at: AT, by: 'li-mei', text: CHAT },
            { type: 'withdrawn', id: 'e2', at: AT, by: 'li-mei', row: 'e1:4' },
          ];
        });
        await paste(relay, CHAT);
        expect(await violations()).toEqual([]);
        // With a correction and a withdrawal prompt open.
        root(relay).querySelector<HTMLButtonElement>('[data-action="correct"]')?.click();
        await relay.updateComplete;
        expect(await violations()).toEqual([]);
        root(relay).querySelector<HTMLButtonElement>('[data-action="withdraw"]')?.click();
        await relay.updateComplete;
        expect(await violations()).toEqual([]);
      });
    }
  }
});
