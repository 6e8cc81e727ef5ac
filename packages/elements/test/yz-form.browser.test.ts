import '../src/yz-form';
import type { FormDefinition } from '@yizhan/core/form';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import signup from '../../../examples/portal/volunteer-signup.json';
import type { YzForm } from '../src/yz-form';

const definition = signup as FormDefinition;

async function mount(
  setup: (form: YzForm) => void = (form) => {
    form.definition = definition;
  },
): Promise<YzForm> {
  const form = document.createElement('yz-form');
  setup(form);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

function shadow(form: YzForm): ShadowRoot {
  if (!form.shadowRoot) throw new Error('yz-form has no shadow root');
  return form.shadowRoot;
}

function nextEvent<T>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<yz-form> in a real Chromium', () => {
  it('runs in headless Chromium, not in an emulated DOM', () => {
    expect(navigator.userAgent).toContain('HeadlessChrome');
  });

  it('renders every field with an accessible name, in zh-CN by default', async () => {
    await mount();
    await expect
      .element(page.getByRole('heading', { name: '志愿者报名：崇文社区“五彩益家·幸福邻里”' }))
      .toBeVisible();
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toBeVisible();
    await expect
      .element(page.getByRole('textbox', { name: '手机号码' }))
      .toHaveAccessibleDescription('仅用于联系您，列表中会隐藏中间四位。');
    await expect.element(page.getByRole('combobox', { name: '服务类别' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: /我同意驿站/ })).not.toBeChecked();
    await expect.element(page.getByRole('button', { name: '提交' })).toBeVisible();
  });

  it('refuses an empty submission, shows messages wired through ARIA and focuses the first invalid field', async () => {
    const form = await mount();
    const invalid = nextEvent<{ issues: { path: string }[] }>(form, 'yz-invalid');
    await page.getByRole('button', { name: '提交' }).click();
    const event = await invalid;
    expect(event.detail.issues.map((issue) => issue.path)).toEqual([
      '/name',
      '/phone',
      '/category',
      '/consent',
    ]);
    const name = page.getByRole('textbox', { name: '姓名' });
    await expect.element(name).toHaveAttribute('aria-invalid', 'true');
    await expect.element(name).toHaveAccessibleDescription('此项为必填项，请填写。');
    // Focus sits inside the shadow root: the document sees the host, the root sees the input.
    await expect.poll(() => shadow(form).activeElement?.id).toBe('yz-field-name');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('有 4 处需要修改，请查看标红的项目。');
  });

  it('submits the cleaned data after the user fills the form with the keyboard and mouse', async () => {
    const form = await mount();
    const changes: string[] = [];
    form.addEventListener('yz-change', (event) =>
      changes.push((event as CustomEvent<{ key: string }>).detail.key),
    );
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('textbox', { name: '手机号码' }).fill('13812345678');
    await page.getByRole('combobox', { name: '服务类别' }).selectOptions('便民服务');
    await page.getByRole('checkbox', { name: /我同意驿站/ }).click();
    const submitted = nextEvent<{ data: Record<string, unknown> }>(form, 'yz-submit');
    await userEvent.keyboard('{Enter}');
    await page.getByRole('button', { name: '提交' }).click();
    expect((await submitted).detail.data).toEqual({
      name: '李梅',
      phone: '13812345678',
      category: 'convenience',
      consent: true,
    });
    expect(changes).toEqual(['name', 'phone', 'category', 'consent']);
  });

  it('switches language at run time, messages included', async () => {
    const form = await mount();
    form.validate();
    form.locale = 'en';
    await form.updateComplete;
    const name = page.getByRole('textbox', { name: 'Full name' });
    await expect
      .element(name)
      .toHaveAccessibleDescription('This field is required. Please fill it in.');
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeVisible();
  });

  it('renders markup from a definition as text: nothing executes', async () => {
    const hostile = {
      ...definition,
      title: '<img src=x onerror="window.__pwned=1">',
      fields: [
        {
          type: 'text',
          key: 'name',
          label: '<script>window.__pwned=2</script>',
          help: '<b>bold</b>',
        },
      ],
    };
    const form = await mount((element) => {
      element.definition = hostile;
    });
    const root = shadow(form);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the issues of a broken definition instead of a half-working form', async () => {
    await mount((element) => {
      element.locale = 'en';
      element.definition = {
        ...definition,
        fields: [{ type: 'phone', key: 'tel', label: 'Phone' }],
      };
    });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        '/fields/0/type Unknown field type "phone". Use one of: "text", "select", "checkbox".',
      );
  });

  it('loads a definition from `src`', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(definition)], { type: 'application/json' }),
    );
    const form = await mount((element) => {
      element.src = url;
    });
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toBeVisible();
    expect(form.answers).toEqual({});
  });

  it('reports a definition that cannot be loaded', async () => {
    await mount((element) => {
      element.locale = 'en';
      element.src = `${location.origin}/no-such-form.json`;
    });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('The form could not be loaded (HTTP 404).');
  });

  it('reset() restores the initial values and clears the messages', async () => {
    const form = await mount((element) => {
      element.definition = definition;
      element.value = { name: '王芳' };
    });
    await page.getByRole('textbox', { name: '姓名' }).fill('');
    form.validate();
    form.reset();
    await form.updateComplete;
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toHaveValue('王芳');
    expect(shadow(form).querySelector('[aria-invalid="true"]')).toBeNull();
  });
});
