import '../src/elements/yz-relay';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { YzRelay } from '../src/elements/yz-relay';
import type { RelayCatalogItem } from '../src/relay/parse-relay';
import type { RelayEvent } from '../src/relay/relay-book';

interface YzRelayArgs {
  locale: 'zh-CN' | 'en';
  theme: '' | 'large';
  readonly: boolean;
  events: readonly RelayEvent[];
  catalog: readonly RelayCatalogItem[];
}

// The 百联首府小区 relay for a sick farmer's vegetables, as pasted from the group chat.
const morning: readonly RelayEvent[] = [
  {
    type: 'pasted',
    id: 'e1',
    at: '2026-12-01T01:30:00.000Z',
    by: 'wang-zhan',
    text: [
      '1. 5栋1单元2103莴笋3斤，小白菜2斤',
      '张阿姨 3栋502 土鸡蛋2袋（放门口）',
      '12栋2单元801 莴笋2斤 谢谢',
      '谢谢大家辛苦了🙏',
      '5栋1单元 莴笋五六斤',
      '5-2-1102 小白菜、萝卜各2斤',
    ].join('\n'),
  },
  {
    type: 'entered',
    id: 'f1',
    at: '2026-12-01T02:05:00.000Z',
    by: 'resident-li',
    entry: {
      building: '3',
      unit: '1',
      room: '301',
      items: [{ name: '萝卜', quantity: 3, unit: '斤' }],
    },
  },
];

const catalog: readonly RelayCatalogItem[] = [
  { name: '莴笋', unit: '斤', aliases: ['青笋'] },
  { name: '小白菜', unit: '斤' },
  { name: '萝卜', unit: '斤' },
  { name: '土鸡蛋', unit: '袋' },
];

/** Plays the host: appends what the element fires, as a server would store it. */
function append(event: CustomEvent<{ events: readonly RelayEvent[] }>): void {
  const relay = event.currentTarget as YzRelay;
  relay.events = [...relay.events, ...event.detail.events];
}

const meta: Meta<YzRelayArgs> = {
  title: 'Volunteer/yz-relay',
  component: 'yz-relay',
  args: { locale: 'zh-CN', theme: '', readonly: false, events: morning, catalog },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'large'] },
    events: { control: 'object' },
    catalog: { control: 'object' },
  },
  render: (args) =>
    html`<yz-relay .events=${args.events} .catalog=${args.catalog} locale=${args.locale}
      theme=${args.theme || 'default'} ?readonly=${args.readonly} by="wang-zhan"
      @yz-relay-add=${append} @yz-relay-correct=${append} @yz-relay-withdraw=${append}></yz-relay>`,
};
export default meta;

type Story = StoryObj<YzRelayArgs>;

/** A morning's relay: orders, chatter and a line to correct. Paste more lines to add them. */
export const MorningRelay: Story = {};

/** An empty relay, ready for the first paste. */
export const Empty: Story = { args: { events: [] } };

/** The same relay in English. */
export const English: Story = { args: { locale: 'en' } };

/** Large text and high contrast, for elderly residents. */
export const LargeText: Story = { args: { theme: 'large' } };

/** What residents see: the list, totals and deliveries, without paste box or actions. */
export const ReadOnly: Story = { args: { readonly: true } };
