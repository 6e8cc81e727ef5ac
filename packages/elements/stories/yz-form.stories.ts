import '../src/yz-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import signup from '../../../examples/portal/volunteer-signup.json';
import type { YzForm } from '../src/yz-form';
import everyField from '../test/fixtures/every-field.json';
import relay from '../test/fixtures/relay.json';
import wizard from '../test/fixtures/wizard.json';

interface YzFormArgs {
  locale: 'zh-CN' | 'en';
  theme: '' | 'large';
  disabled: boolean;
  definition: unknown;
  value: Record<string, unknown>;
}

const streets = [
  { value: 'hedong', label: { 'zh-CN': '河东街道', en: 'Hedong Street' } },
  { value: 'changtang', label: { 'zh-CN': '长塘街道', en: 'Changtang Street' } },
];
// Stories keep no drafts, so each one starts empty.
const noDrafts = null;
const pretendUpload = (file: File) =>
  new Promise<{ ref: string }>((done) => setTimeout(() => done({ ref: `demo/${file.name}` }), 300));

const meta: Meta<YzFormArgs> = {
  title: 'Form/yz-form',
  component: 'yz-form',
  args: { locale: 'zh-CN', theme: '', disabled: false, definition: signup, value: {} },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'large'] },
    definition: { control: 'object' },
    value: { control: 'object' },
  },
  render: (args) =>
    html`<yz-form .definition=${args.definition} .value=${args.value} locale=${args.locale}
      theme=${args.theme || 'default'} ?disabled=${args.disabled} .drafts=${noDrafts}
      .optionSources=${{ streets }} .upload=${pretendUpload}></yz-form>`,
};
export default meta;

type Story = StoryObj<YzFormArgs>;

/** The volunteer sign-up form of the demo portal. */
export const VolunteerSignUp: Story = {};

/** The same form in English. */
export const English: Story = { args: { locale: 'en' } };

/** Large text and high contrast, for elderly residents. */
export const LargeText: Story = { args: { theme: 'large' } };

/** Every field type, with a host option source (streets) and a pretend upload hook. */
export const EveryFieldType: Story = { args: { definition: everyField } };

/** Pages as a wizard: the elder-care page appears when the age is 60 or more. */
export const Wizard: Story = { args: { definition: wizard } };

/** A love relay (爱心接龙): rows to add, reorder and remove, and a computed total. */
export const RepeatGroup: Story = {
  args: { definition: relay, value: { items: [{ vegetable: 'lettuce', qty: 3 }] } },
};

/** After a refused submission: the summary, the messages and focus on the first field. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<YzForm>('yz-form');
    await form?.updateComplete;
    form?.requestSubmit();
  },
};

/** A definition with a mistake: the element lists the issues instead of rendering a broken form. */
export const BrokenDefinition: Story = {
  args: { definition: { ...signup, fields: [{ type: 'phone', key: 'tel' }] } },
};
