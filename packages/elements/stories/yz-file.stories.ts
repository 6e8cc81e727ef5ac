import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type FieldArgs, fieldMeta } from './field-story';

const meta: Meta<FieldArgs> = {
  ...fieldMeta(
    'yz-file',
    {
      type: 'file',
      key: 'photos',
      label: { 'zh-CN': '现场照片', en: 'Photos' },
      accept: ['image/*'],
      maxFiles: 3,
      maxSize: 5242880,
    },
    [{ name: '菜地.jpg', size: 204800, type: 'image/jpeg', ref: 'demo/1' }],
  ),
  title: 'Fields/yz-file',
  component: 'yz-file',
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
      .querySelector<HTMLElement & { reportValidity(): boolean }>('yz-file')
      ?.reportValidity();
  },
};

/** In English, in the large high-contrast theme. */
export const LargeEnglish: Story = { args: { locale: 'en', theme: 'large' } };

/** Read-only. */
export const Readonly: Story = { args: { readonly: true } };

/** With the host's upload hook (here a pretend one that answers after a short wait). */
export const WithUpload: Story = {
  render: (args, context) => {
    const form = meta.render?.(args, context) as HTMLFormElement;
    const field = form.firstElementChild as HTMLElement & { upload: unknown };
    field.upload = (file: File) =>
      new Promise((done) => setTimeout(() => done({ ref: `demo/${file.name}` }), 300));
    return form;
  },
};
