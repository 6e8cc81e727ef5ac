import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-computed',
    {
      type: 'computed',
      key: 'total',
      label: { 'zh-CN': '合计斤数', en: 'Total jin' },
      expression: '1',
    },
    5,
  ),
  title: 'Fields/yz-computed',
  component: 'yz-computed',
};
export default meta;

type Story = StoryObj<FieldArgs>;

/** The element on its own in a plain form. */
export const Default: Story = {};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };
