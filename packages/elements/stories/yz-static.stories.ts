import '../src/fields/yz-static';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface StaticArgs {
  locale: 'zh-CN' | 'en';
  content: Record<string, string>;
}

const meta: Meta<StaticArgs> = {
  title: 'Fields/yz-static',
  component: 'yz-static',
  args: {
    locale: 'zh-CN',
    content: {
      'zh-CN': '报名后，站长会在三天内联系您。\n<b>这不是粗体</b>：文本永远按文本显示。',
      en: 'The coordinator will contact you within three days.\n<b>Not bold</b>: text is always shown as text.',
    },
  },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: (args) => html`<yz-static .content=${args.content} locale=${args.locale}></yz-static>`,
};
export default meta;

/** A notice between fields, line breaks kept, markup shown as text. */
export const Default: StoryObj<StaticArgs> = {};
