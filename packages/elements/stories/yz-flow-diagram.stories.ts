import '../src/flow-diagram/yz-flow-diagram';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import holidayCare from '../../volunteer/templates/holiday-care-signup.flow.json';
import loveRelay from '../../volunteer/templates/love-relay.flow.json';
import microWish from '../../volunteer/templates/micro-wish.flow.json';
import serviceShift from '../../volunteer/templates/service-shift.flow.json';
import registration from '../../volunteer/templates/volunteer-registration.flow.json';

interface YzFlowDiagramArgs {
  locale: 'zh-CN' | 'en';
  theme: '' | 'large';
  definition: unknown;
  active: string;
  width: number;
}

const meta: Meta<YzFlowDiagramArgs> = {
  title: 'Flow/yz-flow-diagram',
  component: 'yz-flow-diagram',
  args: { locale: 'zh-CN', theme: '', definition: microWish, active: 'review', width: 720 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'large'] },
    definition: { control: 'object' },
    active: { control: 'text', description: 'space-separated step ids' },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  // The wrapper's width is set through the CSSOM (a directive), never an inline style attribute.
  render: (args) =>
    html`<div ${widthOf(args.width)}>
      <yz-flow-diagram .definition=${args.definition} active=${args.active}
        locale=${args.locale} theme=${args.theme || 'default'}></yz-flow-diagram>
    </div>`,
};
export default meta;

/** Sets the wrapper's width from JavaScript. */
function widthOf(width: number) {
  return ref((element) => {
    if (element instanceof HTMLElement) element.style.width = `${width}px`;
  });
}

type Story = StoryObj<YzFlowDiagramArgs>;

/** Micro-wish (微心愿) under review: the return and decline loops are dashed. */
export const MicroWish: Story = {};

/** The same in English, on a 360 px phone screen: it scrolls sideways. */
export const EnglishPhone: Story = { args: { locale: 'en', width: 360 } };

/** Large text and high contrast for elderly residents, the service step current. */
export const LargeTheme: Story = { args: { theme: 'large', active: 'serve' } };

/** The holiday child-care class sign-up with a waitlist. */
export const HolidayCareSignup: Story = { args: { definition: holidayCare, active: 'signup' } };

/** A service shift with check-in and check-out. */
export const ServiceShift: Story = { args: { definition: serviceShift, active: '' } };

/** The love relay (爱心接龙). */
export const LoveRelay: Story = { args: { definition: loveRelay, active: '' } };

/** Volunteer registration (实名注册). */
export const VolunteerRegistration: Story = { args: { definition: registration, active: '' } };

/** A broken definition: the diagram shows what to fix instead. */
export const Invalid: Story = {
  args: { definition: { ...microWish, steps: [{ id: 'request', type: 'teleport' }] }, active: '' },
};
