import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-text',
    {
      type: 'text',
      key: 'name',
      label: { 'zh-CN': '姓名', en: 'Full name' },
      placeholder: { 'zh-CN': '与身份证一致', en: 'As on your ID card' },
      help: { 'zh-CN': '请填写真实姓名。', en: 'Your real name.' },
      rules: [{ type: 'length', max: 20 }],
    },
    '李梅',
  ),
  title: 'Fields/yz-text',
  component: 'yz-text',
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
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-text')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };
