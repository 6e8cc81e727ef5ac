import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-textarea',
    {
      type: 'textarea',
      key: 'need',
      label: { 'zh-CN': '需求描述', en: 'What is needed' },
      rows: 4,
      help: {
        'zh-CN': '例如：73 岁老人生病，家里的蔬菜卖不出去。',
        en: 'For example: a sick 73-year-old farmer cannot sell his vegetables.',
      },
    },
    undefined,
  ),
  title: 'Fields/yz-textarea',
  component: 'yz-textarea',
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
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-textarea')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };
