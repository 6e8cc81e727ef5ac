// RECORDED RESPONSES: these stories talk to no server. A tiny fake `fetch` answers with
// responses recorded from a Yizhan server (崇文社区 open day and a micro-wish review).
import '../../src/widgets/define';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient } from '../../src/client/client';

const instance = {
  id: 'open-day-1',
  flowId: 'open-day',
  flowVersion: 1,
  version: 3,
  status: 'active',
  state: ['enrol'],
  access: 'participant',
  data: {
    className: '五彩益家·幸福邻里开放日',
    place: '崇文社区文明实践站',
    firstDay: '2026-12-05',
    lastDay: '2026-12-06',
  },
  signups: { enrol: { capacity: 30, enrolled: 18, waitlist: 0, you: null } },
};
const signupTask = {
  instanceId: 'open-day-1',
  instanceVersion: 3,
  flowId: 'open-day',
  key: 'enrol',
  stepId: 'enrol',
  title: { 'zh-CN': '报名', en: 'Sign up' },
  actions: ['signup', 'cancel'],
  form: null,
  data: instance.data,
  dueAt: null,
  since: '2026-11-28T02:00:00.000Z',
};
const reviewTask = {
  instanceId: 'wish-1',
  instanceVersion: 2,
  flowId: 'wish-review',
  key: 'review',
  stepId: 'review',
  title: { 'zh-CN': '站长审核', en: 'Coordinator review' },
  actions: ['approve', 'reject'],
  form: null,
  data: { summary: '帮李奶奶卖了莴笋 3 斤' },
  dueAt: '2026-12-01T10:00:00.000Z',
  since: '2026-11-28T03:00:00.000Z',
};
const history = [
  {
    instanceId: 'wish-1',
    seq: 1,
    at: '2026-11-28T02:00:00.000Z',
    actor: { id: 'wang-zhan', roles: ['coordinator'] },
    step: null,
    event: 'start',
    data: null,
    comment: null,
    state: ['report'],
  },
  {
    instanceId: 'wish-1',
    seq: 2,
    at: '2026-11-28T03:00:00.000Z',
    actor: { id: 'zhang-wei', roles: ['volunteer'] },
    step: 'report',
    event: 'report.submit',
    data: null,
    comment: null,
    state: ['review'],
  },
];
const definition = {
  flowId: 'wish-review',
  version: 1,
  title: '微心愿办理',
  public: false,
  document: {
    steps: [
      { id: 'report', title: '填写服务记录' },
      { id: 'review', title: '站长审核' },
    ],
  },
};

/** The recorded answers, by method and path. */
const recorded: Record<string, unknown> = {
  'GET /instances/open-day-1': instance,
  'GET /instances/open-day-1/tasks': { tasks: [signupTask] },
  'GET /definitions/open-day/versions/1': {
    ...definition,
    flowId: 'open-day',
    title: '开放日报名',
  },
  'POST /instances/open-day-1/events': {
    instance: { ...instance, version: 4 },
    actor: 'anonymous:1',
    signups: {
      enrol: { capacity: 30, enrolled: 19, waitlist: 0, you: { list: 'enrolled', position: 19 } },
    },
  },
  'GET /instances/wish-1/tasks': { tasks: [reviewTask] },
  'GET /instances/wish-1': { ...instance, id: 'wish-1', flowId: 'wish-review', signups: {} },
  'GET /instances/wish-1/history': { history },
  'GET /definitions/wish-review/versions/1': definition,
  'GET /tasks': {
    tasks: [
      reviewTask,
      { ...reviewTask, instanceId: 'wish-2', dueAt: null, title: '填写服务记录' },
    ],
  },
};

/** A fake fetch that answers from the recorded responses (the event stream stays silent). */
const recordedFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const key = `${init?.method ?? 'GET'} ${url.pathname.replace(/^\/recorded/, '')}`;
  if (key.endsWith('/events') && (init?.method ?? 'GET') === 'GET')
    return new Response(new ReadableStream(), { headers: { 'content-type': 'text/event-stream' } });
  const body = recorded[key];
  return body === undefined
    ? new Response(
        JSON.stringify({ code: 'not_found', path: '', message: '未找到（录制的回答里没有）' }),
        { status: 404 },
      )
    : new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
};

interface Args {
  locale: 'zh-CN' | 'en';
  theme: '' | 'large';
}

const client = (locale: 'zh-CN' | 'en') =>
  createClient({ endpoint: 'https://yizhan.example/recorded', locale, fetch: recordedFetch });

const meta: Meta<Args> = {
  title: 'Widgets (recorded responses)',
  args: { locale: 'zh-CN', theme: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'large'] },
  },
};
export default meta;

/** `<yz-signup>` for an open day with places left (recorded responses). */
export const Signup: StoryObj<Args> = {
  render: (args) => html`<yz-signup .client=${client(args.locale)} project="open-day-1"
    locale=${args.locale} theme=${args.theme || 'default'}></yz-signup>`,
};

/** `<yz-task>`: a coordinator's review with approve and reject (recorded responses). */
export const Task: StoryObj<Args> = {
  render: (args) => html`<yz-task .client=${client(args.locale)} instance="wish-1"
    locale=${args.locale} theme=${args.theme || 'default'}></yz-task>`,
};

/** `<yz-timeline>`: a micro-wish's history (recorded responses). */
export const Timeline: StoryObj<Args> = {
  render: (args) => html`<yz-timeline .client=${client(args.locale)} instance="wish-1"
    locale=${args.locale} theme=${args.theme || 'default'}></yz-timeline>`,
};

/** `<yz-my-tasks>`: two open tasks, due first (recorded responses). */
export const MyTasks: StoryObj<Args> = {
  render: (args) => html`<yz-my-tasks .client=${client(args.locale)}
    locale=${args.locale} theme=${args.theme || 'default'}></yz-my-tasks>`,
};
