import '../src/yz-form';
import '../../../examples/custom-field/src/define-availability-input';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { availabilityField } from '../../../examples/custom-field/src/availability-field';
import { AVAILABILITY_TAG } from '../../../examples/custom-field/src/availability-input';
import { FieldElementError, registerFieldElement } from '../src/form/custom-fields';
import { deepActiveElement, mountForm, nextEvent, shadow } from './helpers';

// 崇文社区 weekend duty (周末值班): name, and when the volunteer can serve.
const shifts = {
  schemaVersion: 1,
  id: 'weekend-shifts',
  version: 1,
  title: { 'zh-CN': '周末值班报名', en: 'Weekend shifts' },
  fields: [
    { type: 'text', key: 'name', label: { 'zh-CN': '姓名', en: 'Name' }, required: true },
    {
      type: 'example:availability',
      key: 'slots',
      label: { 'zh-CN': '可服务时段', en: 'When you can serve' },
      help: { 'zh-CN': '站点 8 点开门。', en: 'The station opens at 8.' },
      required: true,
      maxSlots: 2,
      opensAt: '08:00',
    },
    { type: 'computed', key: 'slotCount', label: '时段数', expression: 'len(slots)' },
  ],
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('a custom field type in <yz-form>', () => {
  it('is refused as an unknown type until its element is registered', async () => {
    const form = await mountForm(shifts, (made) => {
      made.drafts = null;
      made.locale = 'en';
    });
    const notice = shadow(form).textContent ?? '';
    expect(notice).toContain('/fields/1/type');
    expect(form.shadowRoot?.querySelector(AVAILABILITY_TAG)).toBeNull();
  });

  it('refuses a tag that is not a custom element name, and a second definition of a type', () => {
    expect(() => registerFieldElement(availabilityField, 'availability')).toThrow(
      FieldElementError,
    );
    expect(() =>
      registerFieldElement({ ...availabilityField, type: 'availability' }, 'x-a'),
    ).toThrow('namespaced');
    registerFieldElement(availabilityField, AVAILABILITY_TAG);
    registerFieldElement(availabilityField, AVAILABILITY_TAG); // the same again is fine
    expect(() => registerFieldElement({ ...availabilityField }, AVAILABILITY_TAG)).toThrow(
      'already registered',
    );
  });

  it('renders the registered element with the field contract, validates and submits its answer', async () => {
    registerFieldElement(availabilityField, AVAILABILITY_TAG);
    const form = await mountForm(shifts, (made) => {
      made.drafts = null;
    });
    const element = shadow(form).querySelector(AVAILABILITY_TAG);
    expect(element?.getAttribute('data-pointer')).toBe('/slots');
    expect(element?.hasAttribute('embedded')).toBe(true);
    const group = page.getByRole('group', { name: '可服务时段（必填）' });
    await expect.element(group).toHaveAccessibleDescription('站点 8 点开门。');

    const invalid = nextEvent<{ issues: { path: string; message: string }[] }>(form, 'yz-invalid');
    await page.getByRole('textbox', { name: '姓名' }).fill('李梅');
    await page.getByRole('button', { name: '提交' }).click();
    expect((await invalid).detail.issues.map((issue) => issue.path)).toEqual(['/slots']);
    await expect
      .element(group)
      .toHaveAccessibleDescription('站点 8 点开门。 此项为必填项，请填写。');
    // Focus goes to the first invalid field: into the custom element.
    await expect
      .poll(deepActiveElement)
      .toBe(page.getByRole('button', { name: '添加时段' }).element());

    const changed = nextEvent<{ path: string; value: unknown }>(form, 'yz-change');
    await userEvent.click(page.getByRole('button', { name: '添加时段' }));
    expect((await changed).detail).toMatchObject({
      path: '/slots',
      value: [{ day: 'sat', from: '09:00', to: '11:00' }],
    });
    await expect.element(group).toHaveAccessibleDescription('站点 8 点开门。');
    await page.getByRole('combobox', { name: '星期' }).selectOptions('周日');
    await page.getByLabelText('开始').fill('07:30');
    const refused = nextEvent<{ issues: { path: string; message: string }[] }>(form, 'yz-invalid');
    await page.getByRole('button', { name: '提交' }).click();
    expect((await refused).detail.issues.map(({ path, message }) => [path, message])).toEqual([
      ['/slots/0/from', '不能小于 08:00。'],
    ]);
    await expect.element(group).toHaveAccessibleDescription('站点 8 点开门。 不能小于 08:00。');

    await page.getByLabelText('开始').fill('08:30');
    const submitted = nextEvent<{ data: unknown }>(form, 'yz-submit');
    await page.getByRole('button', { name: '提交' }).click();
    expect((await submitted).detail.data).toEqual({
      name: '李梅',
      slots: [{ day: 'sun', from: '08:30', to: '11:00' }],
      slotCount: 1,
    });
  });

  it('follows the form’s locale, value and disabled state', async () => {
    registerFieldElement(availabilityField, AVAILABILITY_TAG);
    const form = await mountForm(shifts, (made) => {
      made.drafts = null;
      made.locale = 'en';
      made.value = { slots: [{ day: 'mon', from: '18:00', to: '20:00' }] };
      made.disabled = true;
    });
    await expect
      .element(page.getByRole('group', { name: 'When you can serve (required)' }))
      .toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'Day' })).toHaveValue('mon');
    await expect.element(page.getByLabelText('To')).toHaveValue('20:00');
    await expect.element(page.getByRole('button', { name: 'Add a time' })).toBeDisabled();
    form.disabled = false;
    await expect.element(page.getByRole('button', { name: 'Add a time' })).toBeEnabled();
  });
});
