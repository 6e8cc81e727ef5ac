import '../src/yz-form';
import type { FormDefinition } from '@yizhan/core/form';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import signup from '../../../examples/portal/volunteer-signup.json';
import type { YzForm } from '../src/yz-form';
import everyField from './fixtures/every-field.json';
import relay from './fixtures/relay.json';
import wizard from './fixtures/wizard.json';
import { deepActiveElement, mountForm, nextEvent, shadow } from './helpers';

const definition = signup as FormDefinition;

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<yz-form> in a real Chromium', () => {
  it('runs in headless Chromium, not in an emulated DOM', () => {
    expect(navigator.userAgent).toContain('HeadlessChrome');
  });

  it('renders every field with an accessible name, in zh-CN by default', async () => {
    await mountForm(definition);
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
    const form = await mountForm(definition);
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
    await expect.poll(deepActiveElement).toBe(name.element());
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('有 4 处需要修改，请查看标红的项目。');
  });

  it('submits the cleaned data after the user fills the form with the keyboard and mouse', async () => {
    const form = await mountForm(definition);
    const changes: string[] = [];
    form.addEventListener('yz-change', (event) =>
      changes.push((event as CustomEvent<{ key: string }>).detail.key),
    );
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('textbox', { name: '手机号码' }).fill('13812345678');
    await page.getByRole('combobox', { name: '服务类别' }).selectOptions('便民服务');
    await page.getByRole('checkbox', { name: /我同意驿站/ }).click();
    const submitted = nextEvent<{ data: Record<string, unknown> }>(form, 'yz-submit');
    // Enter in a text box submits, as in a native form.
    await page.getByRole('textbox', { name: '姓名' }).click();
    await userEvent.keyboard('{Enter}');
    expect((await submitted).detail.data).toEqual({
      name: '李梅',
      phone: '13812345678',
      category: 'convenience',
      consent: true,
    });
    expect(changes).toEqual(['name', 'phone', 'category', 'consent']);
  });

  it('shows a message once the user leaves a field, before any submission', async () => {
    await mountForm(definition);
    const phone = page.getByRole('textbox', { name: '手机号码' });
    await phone.fill('1381234');
    await expect.element(phone).toHaveAttribute('aria-invalid', 'false');
    await userEvent.tab();
    await expect
      .element(phone)
      .toHaveAccessibleDescription(
        '仅用于联系您，列表中会隐藏中间四位。 请输入 11 位手机号码，例如 13812345678。',
      );
  });

  it('switches language at run time, messages included', async () => {
    const form = await mountForm(definition);
    form.validate();
    form.locale = 'en';
    await form.updateComplete;
    const name = page.getByRole('textbox', { name: 'Full name' });
    await expect
      .element(name)
      .toHaveAccessibleDescription('This field is required. Please fill it in.');
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'Kind of service' })).toBeVisible();
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
          placeholder: '"><img src=x onerror="window.__pwned=3">',
        },
        {
          type: 'radio',
          key: 'pick',
          label: '<a href="javascript:window.__pwned=4">pick</a>',
          options: [{ value: 'javascript:alert(1)', label: '<img src=x onerror=alert(1)>' }],
        },
      ],
    };
    const form = await mountForm(hostile, (element) => {
      element.value = { name: '<svg onload="window.__pwned=5">' };
    });
    const root = shadow(form);
    expect(root.querySelector('img, script, b, a, svg')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    const text = root.querySelector('yz-text');
    expect(text?.shadowRoot?.querySelector('img, script, b')).toBeNull();
    expect(text?.shadowRoot?.querySelector('label')?.textContent).toBe(
      '<script>window.__pwned=2</script>',
    );
    expect(text?.shadowRoot?.querySelector('input')?.value).toBe('<svg onload="window.__pwned=5">');
    const radio = root.querySelector('yz-radio');
    expect(radio?.shadowRoot?.querySelector('img, a')).toBeNull();
    await page.getByRole('radio', { name: '<img src=x onerror=alert(1)>' }).click();
    expect(form.answers).toEqual({
      name: '<svg onload="window.__pwned=5">',
      pick: 'javascript:alert(1)',
    });
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the issues of a broken definition instead of a half-working form', async () => {
    await mountForm({ ...definition, fields: [{ type: 'phone', key: 'tel' }] }, (element) => {
      element.locale = 'en';
    });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('/fields/0/label The property "label" is required. Add it.');
  });

  it('loads a definition from `src`', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(definition)], { type: 'application/json' }),
    );
    const form = document.createElement('yz-form');
    form.src = url;
    document.body.append(form);
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toBeVisible();
    expect(form.answers).toEqual({});
  });

  it('reports a definition that cannot be loaded', async () => {
    const form = document.createElement('yz-form');
    form.locale = 'en';
    form.src = `${location.origin}/no-such-form.json`;
    document.body.append(form);
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('The form could not be loaded (HTTP 404).');
  });

  it('reset() restores the initial values and clears the messages', async () => {
    const form = await mountForm(definition, (element) => {
      element.value = { name: '王芳' };
    });
    await page.getByRole('textbox', { name: '姓名' }).fill('');
    form.validate();
    form.reset();
    await form.updateComplete;
    await expect.element(page.getByRole('textbox', { name: '姓名' })).toHaveValue('王芳');
    expect(shadow(form).querySelector('[data-invalid]')).toBeNull();
  });

  it('shows server issues on their fields until the user changes the answer', async () => {
    const form = await mountForm(definition);
    form.setServerIssues([
      { code: 'server_check_failed', path: '/phone', message: '该手机号已报名。' },
    ]);
    const phone = page.getByRole('textbox', { name: '手机号码' });
    await expect
      .element(phone)
      .toHaveAccessibleDescription('仅用于联系您，列表中会隐藏中间四位。 该手机号已报名。');
    await expect.poll(deepActiveElement).toBe(phone.element());
    await phone.fill('13912345678');
    await expect.element(phone).toHaveAccessibleDescription('仅用于联系您，列表中会隐藏中间四位。');
  });

  for (const [name, fixture] of Object.entries({ signup: definition, everyField, relay, wizard })) {
    for (const theme of [undefined, 'large']) {
      it(`is usable at 360 px wide: nothing overflows sideways (${name}, ${theme ?? 'default'} theme)`, async () => {
        const form = await mountForm(fixture, (element) => {
          element.theme = theme;
          element.style.setProperty('width', '360px');
        });
        // Submit once so that messages and the summary are shown too.
        form.requestSubmit();
        await form.updateComplete;
        const right = form.getBoundingClientRect().right + 1;
        const elements = (root: ShadowRoot | Element): Element[] =>
          [...root.querySelectorAll('*')].flatMap((element) => [
            element,
            ...(element.shadowRoot ? elements(element.shadowRoot) : []),
          ]);
        const wide = elements(shadow(form)).filter(
          (element) => element.getBoundingClientRect().right > right,
        );
        expect(wide.map((element) => element.tagName)).toEqual([]);
      });
    }
  }
});

describe('<yz-form> attributes and themes', () => {
  it('reflects the large theme and makes its text larger', async () => {
    const form: YzForm = await mountForm(definition);
    const normal = Number.parseFloat(getComputedStyle(form).fontSize);
    form.theme = 'large';
    await form.updateComplete;
    expect(form.getAttribute('theme')).toBe('large');
    expect(Number.parseFloat(getComputedStyle(form).fontSize)).toBeGreaterThanOrEqual(normal * 1.3);
  });
});
