import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-address',
    {
      type: 'address',
      key: 'home',
      label: { 'zh-CN': '居住地址', en: 'Home address' },
      parts: ['building', 'unit', 'room'],
    },
    { building: '5', unit: '1', room: '2103' },
  ),
  title: 'Fields/yz-address',
  component: 'yz-address',
};
export default meta;

type Story = StoryObj<FieldArgs>;

/** The element on its own in a plain form. */
export const Default: Story = {};

/** Required and empty, after the user tried to go on: the core's message. */
export const Required: Story = {
  args: { required: true, value: undefined },
  play: async ({ canvasElement }) => {
    canvasElement
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-address')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };

/** With the region as a drop-down, the choices coming from the host. */
export const WithRegion: Story = {
  args: {
    field: { ...meta.args?.field, parts: ['region', 'building', 'unit', 'room'] },
  },
  render: (args, context) => {
    const form = meta.render?.(args, context) as HTMLFormElement;
    const field = form.firstElementChild as HTMLElement & { options: unknown };
    field.options = [
      { value: 'chongwen', label: { 'zh-CN': '崇文社区', en: 'Chongwen' } },
      { value: 'shangde', label: { 'zh-CN': '尚德社区', en: 'Shangde' } },
    ];
    return form;
  },
};
