import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-time',
    { type: 'time', key: 'start', label: { 'zh-CN': '开始时间', en: 'Start time' } },
    '09:30',
  ),
  title: 'Fields/yz-time',
  component: 'yz-time',
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
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-time')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };
