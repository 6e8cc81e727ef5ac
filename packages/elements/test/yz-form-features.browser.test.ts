import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { DraftStore } from '../src/form/drafts';
import everyField from './fixtures/every-field.json';
import relay from './fixtures/relay.json';
import wizard from './fixtures/wizard.json';
import { deepActiveElement, mountForm, nextEvent, shadow } from './helpers';

const streets = [
  { value: 'hedong', label: { 'zh-CN': '河东街道', en: 'Hedong Street' } },
  { value: 'changtang', label: { 'zh-CN': '长塘街道', en: 'Changtang Street' } },
];

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('live state as the user types', () => {
  it('shows a field when its visibleIf holds and requires it only then', async () => {
    const form = await mountForm(everyField, (element) => {
      element.optionSources = { streets };
    });
    const experience = page.getByRole('textbox', { name: '托管经验' });
    await expect.element(experience).not.toBeInTheDocument();
    await page.getByRole('checkbox', { name: '幼儿托管' }).click();
    await expect.element(experience).toBeVisible();
    await expect.element(experience).toHaveAttribute('aria-required', 'true');
    await page.getByRole('checkbox', { name: '幼儿托管' }).click();
    await expect.element(experience).not.toBeInTheDocument();
    expect(form.answers).toEqual({ skills: [] });
  });

  it('updates computed values in repeat groups as the user types', async () => {
    await mountForm(relay);
    await page.getByRole('textbox', { name: '斤数', exact: true }).fill('3');
    await page.getByRole('button', { name: '再加一样菜' }).click();
    await page.getByRole('textbox', { name: '斤数', exact: true }).nth(1).fill('2.5');
    await expect.element(page.getByRole('textbox', { name: '合计斤数' })).toHaveValue('5.5');
  });

  it('resolves options from a host source, also asynchronously', async () => {
    let resolve: (options: typeof streets) => void = () => undefined;
    await mountForm(everyField, (element) => {
      element.optionSources = (name) =>
        new Promise((done) => {
          expect(name).toBe('streets');
          resolve = done;
        });
    });
    const street = page.getByRole('combobox', { name: '所在街道' });
    await expect.element(street).toBeVisible();
    expect(street.element().querySelectorAll('option')).toHaveLength(1);
    resolve(streets);
    await street.selectOptions('长塘街道');
    await expect.element(street).toHaveValue('changtang');
  });
});

describe('every field type inside <yz-form>', () => {
  it('renders each type with its element and submits the cleaned answers', async () => {
    const uploads: string[] = [];
    const form = await mountForm(everyField, (element) => {
      element.optionSources = { streets };
      element.upload = async (file) => {
        uploads.push(file.name);
        return { ref: `uploads/${uploads.length}` };
      };
    });
    const tags = [...shadow(form).querySelectorAll('[data-pointer], yz-static')].map((element) =>
      element.tagName.toLowerCase(),
    );
    expect(tags).toEqual([
      'yz-static',
      'yz-text',
      'yz-id-number',
      'yz-phone',
      'yz-email',
      'yz-date',
      'yz-computed',
      'yz-radio',
      'yz-select',
      'yz-address',
      'yz-checkbox-group',
      'yz-multiselect',
      'yz-number',
      'yz-integer',
      'yz-time',
      'yz-datetime',
      'yz-rating',
      'yz-file',
      'yz-checkbox',
    ]);
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('textbox', { name: '手机号码' }).fill('13812345678');
    await page.getByRole('textbox', { name: '出生日期' }).fill('1960-03-01');
    await page.getByRole('radio', { name: '女' }).click();
    await page.getByRole('combobox', { name: '所在街道' }).selectOptions('hedong');
    await page.getByRole('textbox', { name: '楼栋' }).fill('5');
    await page.getByRole('textbox', { name: '单元' }).fill('1');
    await page.getByRole('textbox', { name: '房号' }).fill('2103');
    await page.getByRole('checkbox', { name: '维修家电' }).click();
    await page.getByRole('listbox', { name: '会说的语言' }).selectOptions(['普通话', '赣语']);
    await page.getByRole('textbox', { name: '每周可服务时长' }).fill('6');
    await page.getByRole('radio', { name: '4 星（共 5 星）' }).click();
    await userEvent.upload(
      page.getByRole('button', { name: '证件照' }),
      new File(['jpeg'], 'photo.jpg', { type: 'image/jpeg' }),
    );
    await expect.element(page.getByRole('button', { name: '删除文件 photo.jpg' })).toBeVisible();
    await page.getByRole('checkbox', { name: /我同意驿站/ }).click();
    const submitted = nextEvent<{ data: Record<string, unknown> }>(form, 'yz-submit');
    form.timeZone = 'Asia/Shanghai';
    await page.getByRole('button', { name: '提交' }).click();
    const { data } = (await submitted).detail;
    expect(data).toEqual({
      name: '李梅',
      phone: '13812345678',
      birthDate: '1960-03-01',
      age: expect.any(Number),
      sex: 'female',
      street: 'hedong',
      home: { building: '5', unit: '1', room: '2103' },
      skills: ['repair'],
      languages: ['putonghua', 'gan'],
      weeklyHours: 6,
      confidence: 4,
      photo: [{ name: 'photo.jpg', size: 4, type: 'image/jpeg', ref: 'uploads/1' }],
      consent: true,
    });
    expect(data.age).toBeGreaterThanOrEqual(66);
    expect(uploads).toEqual(['photo.jpg']);
  });
});

describe('wizard', () => {
  it('moves page by page, checks each page before going on, and skips hidden pages', async () => {
    const form = await mountForm(wizard);
    await expect
      .element(page.getByRole('heading', { name: '第 1 步，共 2 步：联系人' }))
      .toBeVisible();
    await page.getByRole('button', { name: '下一步' }).click();
    const name = page.getByRole('textbox', { name: '姓名' });
    await expect.element(name).toHaveAccessibleDescription('此项为必填项，请填写。');
    await expect.poll(deepActiveElement).toBe(name.element());
    await name.fill('张大爷');
    await page.getByRole('textbox', { name: '年龄' }).fill('73');
    // The elder-care page appears for residents of 60 and over.
    await expect
      .element(page.getByRole('heading', { name: '第 1 步，共 3 步：联系人' }))
      .toBeVisible();
    await page.getByRole('button', { name: '下一步' }).click();
    const step2 = page.getByRole('heading', { name: '第 2 步，共 3 步：老人照护' });
    await expect.poll(deepActiveElement).toBe(step2.element());
    expect(shadow(form).querySelector('[aria-current="step"]')?.textContent).toBe('老人照护');
    await page.getByRole('button', { name: '上一步' }).click();
    await page.getByRole('textbox', { name: '年龄' }).fill('35');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect
      .element(page.getByRole('heading', { name: '第 2 步，共 2 步：心愿' }))
      .toBeVisible();
    await page.getByRole('textbox', { name: '您的心愿' }).fill('想学用智能手机');
    const submitted = nextEvent<{ data: Record<string, unknown> }>(form, 'yz-submit');
    await page.getByRole('button', { name: '提交' }).click();
    expect((await submitted).detail.data).toEqual({
      name: '张大爷',
      age: 35,
      wish: '想学用智能手机',
    });
  });

  it('words failed server checks with the async rule and shows them on their page', async () => {
    const form = await mountForm(wizard, (element) => {
      element.value = { name: '张大爷', wish: '陪老人聊天' };
    });
    form.setServerIssues([{ path: '/wish', check: 'wishNotDuplicate' }]);
    const wish = page.getByRole('textbox', { name: '您的心愿' });
    await expect.element(wish).toHaveAccessibleDescription('这个心愿已经有人认领了。');
    await expect.poll(deepActiveElement).toBe(wish.element());
    form.locale = 'en';
    await expect
      .element(page.getByRole('textbox', { name: 'Your wish' }))
      .toHaveAccessibleDescription('Someone has already taken this wish.');
  });
});

describe('repeat groups', () => {
  it('adds, reorders and removes rows with the keyboard, keeping focus in place', async () => {
    const form = await mountForm(relay);
    await page.getByRole('combobox', { name: '菜品', exact: true }).selectOptions('莴笋');
    await page.getByRole('textbox', { name: '斤数', exact: true }).fill('3');
    const add = page.getByRole('button', { name: '再加一样菜' });
    add.element().focus();
    await userEvent.keyboard('{Enter}');
    const second = page.getByRole('combobox', { name: '菜品', exact: true }).nth(1);
    await expect.poll(deepActiveElement).toBe(second.element());
    await second.selectOptions('小白菜');
    await page.getByRole('textbox', { name: '斤数', exact: true }).nth(1).fill('2');
    const up = page.getByRole('button', { name: /上移\s*第 2 条/ });
    up.element().focus();
    await userEvent.keyboard('{Enter}');
    expect(form.answers.items).toEqual([
      { vegetable: 'bok-choy', qty: 2 },
      { vegetable: 'lettuce', qty: 3 },
    ]);
    // The moved row's "move down" button now has focus (its "move up" is disabled at the top).
    await expect
      .poll(() => deepActiveElement()?.textContent?.replace(/\s+/g, ' ').trim())
      .toBe('下移 第 1 条');
    page
      .getByRole('button', { name: /删除\s*第 1 条/ })
      .element()
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(form.answers.items).toEqual([{ vegetable: 'lettuce', qty: 3 }]);
    await expect.poll(deepActiveElement).toBe(add.element());
    // minItems 1: the last row cannot be removed.
    await expect.element(page.getByRole('button', { name: /删除\s*第 1 条/ })).toBeDisabled();
  });

  it('moves a row with its own elements, so what was typed in it stays, and drops removed rows', async () => {
    const form = await mountForm(relay);
    const add = page.getByRole('button', { name: '再加一样菜' });
    await add.click();
    await add.click();
    const rows = () => [...shadow(form).querySelectorAll('li.row')];
    expect(rows()).toHaveLength(3);
    const [first, second, third] = rows();
    // Typed but not yet committed by blur: the element itself must move, not be re-created.
    const qty = page.getByRole('textbox', { name: '斤数', exact: true }).nth(2);
    await qty.fill('7');
    const thirdQty = third?.querySelector('[data-pointer="/items/2/qty"]');
    expect(thirdQty).not.toBeNull();
    await page.getByRole('button', { name: /上移\s*第 3 条/ }).click();
    expect(rows()).toEqual([first, third, second]);
    expect(third?.querySelector('[data-pointer="/items/1/qty"]')).toBe(thirdQty);
    await expect
      .element(page.getByRole('textbox', { name: '斤数', exact: true }).nth(1))
      .toHaveValue('7');
    await page.getByRole('button', { name: /删除\s*第 1 条/ }).click();
    expect(rows()).toEqual([third, second]);
    expect(form.answers.items).toEqual([{ qty: 7 }, {}]);
  });

  it('starts a new row with the defaults of its fields', async () => {
    const form = await mountForm({
      schemaVersion: 1,
      id: 'duty-shifts',
      version: 1,
      title: '驿站值班报名',
      fields: [
        {
          type: 'repeat',
          key: 'shifts',
          label: '值班',
          addLabel: '再加一班',
          fields: [
            { type: 'text', key: 'station', label: '站点', default: '解放桥驿站' },
            { type: 'integer', key: 'hours', label: '时长', default: 2 },
          ],
        },
      ],
    });
    await page.getByRole('button', { name: '再加一班' }).click();
    await expect
      .element(page.getByRole('textbox', { name: '站点', exact: true }))
      .toHaveValue('解放桥驿站');
    expect(form.answers.shifts).toEqual([{ station: '解放桥驿站', hours: 2 }]);
  });

  it('refuses fewer rows than needed and more than allowed', async () => {
    const form = await mountForm(relay, (element) => {
      element.value = { home: { building: '5', unit: '1', room: '2103' }, items: [] };
    });
    const invalid = nextEvent<{ issues: { path: string; message: string }[] }>(form, 'yz-invalid');
    form.requestSubmit();
    expect((await invalid).detail.issues).toEqual([
      {
        code: 'too_few_rows',
        path: '/items',
        message: '至少需要 1 条，请添加。',
        params: { minimum: 1 },
      },
    ]);
    const add = page.getByRole('button', { name: '再加一样菜' });
    await expect.element(add).toHaveAccessibleDescription('至少需要 1 条，请添加。');
    for (let row = 0; row < 5; row++) await add.click();
    await expect.element(add).toBeDisabled();
  });
});

describe('drafts', () => {
  it('saves answers as the user types (without personal data) and offers them back', async () => {
    const form = await mountForm(everyField, (element) => {
      element.draftDelay = 0;
    });
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('textbox', { name: '电子邮箱' }).fill('li@example.com');
    await expect
      .poll(() => localStorage.getItem('yizhan-draft:volunteer-registration@v1'))
      .toBe('{"email":"li@example.com"}');
    form.remove();
    const again = await mountForm(everyField);
    await page.getByRole('button', { name: '继续填写' }).click();
    await expect
      .element(page.getByRole('textbox', { name: '电子邮箱' }))
      .toHaveValue('li@example.com');
    const submitted = nextEvent(again, 'yz-invalid');
    again.requestSubmit();
    await submitted;
    expect(localStorage.getItem('yizhan-draft:volunteer-registration@v1')).toBe(
      '{"email":"li@example.com"}',
    );
  });

  it('forgets the draft on "start again" and after a submission', async () => {
    localStorage.setItem('yizhan-draft:volunteer-signup@v1', '{"skills":"理发"}');
    const form = await mountForm(
      (await import('../../../examples/portal/volunteer-signup.json')).default,
    );
    await page.getByRole('button', { name: '重新开始' }).click();
    expect(localStorage.getItem('yizhan-draft:volunteer-signup@v1')).toBeNull();
    expect(form.answers).toEqual({});
  });

  it('uses a host store instead (server drafts with a resume token)', async () => {
    const calls: string[] = [];
    const server: DraftStore = {
      load: async (key) => {
        calls.push(`load ${key}`);
        return { name: '王芳' };
      },
      save: async (key, data) => {
        calls.push(`save ${key} ${JSON.stringify(data)}`);
      },
      clear: async (key) => {
        calls.push(`clear ${key}`);
      },
    };
    const form = await mountForm(wizard, (element) => {
      element.drafts = server;
      element.draftDelay = 0;
    });
    await page.getByRole('button', { name: '继续填写' }).click();
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toHaveValue('王芳');
    await page.getByRole('textbox', { name: '年龄' }).fill('40');
    await expect.poll(() => calls.at(-1)).toBe('save micro-wish@v2 {"name":"王芳","age":40}');
    form.reset();
    expect(calls.at(-1)).toBe('clear micro-wish@v2');
    expect(calls[0]).toBe('load micro-wish@v2');
  });
});
