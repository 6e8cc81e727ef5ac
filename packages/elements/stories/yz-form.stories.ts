import '../src/yz-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import signup from '../../../examples/portal/volunteer-signup.json';

interface YzFormArgs {
  locale: 'zh-CN' | 'en';
  definition: unknown;
}

const meta: Meta<YzFormArgs> = {
  title: 'Form/yz-form',
  component: 'yz-form',
  args: { locale: 'zh-CN', definition: signup },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    definition: { control: 'object' },
  },
  render: (args) => html`<yz-form .definition=${args.definition} locale=${args.locale}></yz-form>`,
};
export default meta;

type Story = StoryObj<YzFormArgs>;

/** The volunteer sign-up form of the demo portal. */
export const VolunteerSignUp: Story = {};

/** The same form in English. */
export const English: Story = { args: { locale: 'en' } };

/** A definition with a mistake: the element lists the issues instead of rendering a broken form. */
export const BrokenDefinition: Story = {
  args: { definition: { ...signup, fields: [{ type: 'phone', key: 'tel', label: '电话' }] } },
};
