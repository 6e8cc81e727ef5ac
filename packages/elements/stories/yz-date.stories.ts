import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-date',
    {
      type: 'date',
      key: 'serviceDate',
      label: { 'zh-CN': '服务日期', en: 'Service date' },
      rules: [{ type: 'range', min: '2026-01-01' }],
    },
    '2026-12-01',
  ),
  title: 'Fields/yz-date',
  component: 'yz-date',
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
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-date')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };
