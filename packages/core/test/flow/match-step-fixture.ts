// Shared fixture of the match-step tests: a haircut micro-wish (上门理发心愿) whose `match`
// step ranks the volunteers of 河东街道 with the matching engine.
import {
  createRuntime,
  type FlowDefinition,
  type FlowHooks,
  type JsonObject,
  parseFlow,
} from '../../src/flow';
import type { VolunteerInput } from '../../src/match';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';
import { testClock } from './micro-wish';

const saturdayMorning = [{ day: 6, from: '08:00', to: '12:00' }];
const heDong = '河东街道';

/**
 * Six volunteers of 河东街道 and 白鹭洲街道 for a haircut at 尚德社区 on Saturday 2026-12-05
 * 09:00–10:00: two pass every filter; 张伟 has no free load and 陈静 too little time (the
 * indexes name both); the indexes never name 赵磊 (no haircut skill) or 刘芳 (another street).
 */
export const volunteers: VolunteerInput[] = [
  {
    id: 'wang-xiuying',
    name: '王秀英',
    skills: [{ name: '理发', level: 4 }],
    home: { community: '尚德社区', street: heDong },
    availability: saturdayMorning,
    maxLoad: 3,
    ratings: { average: 4.8, count: 12 },
  },
  {
    id: 'li-jianguo',
    name: '李建国',
    skills: [{ name: '理发', level: 5 }],
    home: { community: '崇文社区', street: heDong },
    availability: [{ day: 6, from: '09:00', to: '11:00' }],
    maxLoad: 2,
    currentLoad: 1,
  },
  {
    id: 'zhang-wei',
    name: '张伟',
    skills: [{ name: '理发', level: 3 }],
    home: { community: '解放桥社区', street: heDong },
    availability: saturdayMorning,
    maxLoad: 2,
    currentLoad: 2,
  },
  {
    id: 'zhao-lei',
    name: '赵磊',
    skills: [{ name: '陪伴老人', level: 4 }],
    home: { community: '尚德社区', street: heDong },
    availability: saturdayMorning,
    maxLoad: 3,
  },
  {
    id: 'chen-jing',
    name: '陈静',
    skills: [{ name: '理发', level: 4 }],
    home: { community: '尚德社区', street: heDong },
    // Free from 09:30 only: half of the hour the wish needs.
    availability: [{ day: 6, from: '09:30', to: '12:00' }],
    maxLoad: 3,
  },
  {
    id: 'liu-fang',
    name: '刘芳',
    skills: [{ name: '理发', level: 3 }],
    home: { community: '湖滨社区', street: '白鹭洲街道' },
    availability: saturdayMorning,
    maxLoad: 3,
  },
];

/** The resident's haircut wish. */
export const haircutWish = {
  wish: '老伴行动不便，想请志愿者上门理发',
  skill: '理发',
  community: '尚德社区',
  serviceAt: '2026-12-05T09:00',
};

const option = (value: string) => ({ value, label: value });

/** The haircut micro-wish flow, with the `match` step's changes applied. */
export function haircutFlowJson(match: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'haircut-wish',
    version: 1,
    title: { 'zh-CN': '微心愿：上门理发', en: 'Micro-wish: a haircut at home' },
    roles: [
      { id: 'resident', title: { 'zh-CN': '居民', en: 'Resident' } },
      { id: 'coordinator', title: { 'zh-CN': '站长', en: 'Station coordinator' } },
      { id: 'volunteer', title: { 'zh-CN': '志愿者', en: 'Volunteer' } },
    ],
    forms: [
      {
        schemaVersion: 1,
        id: 'haircut-request',
        version: 1,
        title: { 'zh-CN': '提交心愿', en: 'Post a wish' },
        fields: [
          { type: 'text', key: 'wish', label: '心愿内容', required: true },
          {
            type: 'select',
            key: 'skill',
            label: '需要的技能',
            options: [option('理发'), option('陪伴老人')],
            required: true,
          },
          {
            type: 'select',
            key: 'community',
            label: '所在社区',
            options: [option('尚德社区'), option('崇文社区'), option('解放桥社区')],
            required: true,
          },
          { type: 'datetime', key: 'serviceAt', label: '上门时间', required: true },
        ],
      },
    ],
    steps: [
      {
        id: 'request',
        type: 'form',
        form: 'haircut-request',
        assign: { assignee: 'startedBy' },
        next: 'match',
      },
      {
        id: 'match',
        type: 'match',
        title: { 'zh-CN': '对接志愿者', en: 'Match a volunteer' },
        assign: { roles: ['coordinator'] },
        ranking: {
          request: {
            skills: 'skill',
            place: 'community',
            window: { start: 'serviceAt', duration: 'PT1H' },
          },
          topK: 5,
        },
        next: 'serve',
        ...match,
      },
      {
        id: 'serve',
        type: 'serve',
        assign: { assignee: 'volunteers', roles: ['coordinator'] },
        next: 'done',
        decline: 'match',
      },
      { id: 'done', type: 'end', outcome: 'served' },
    ],
  };
}

/** The haircut flow, parsed (throws on issues: a test of a valid definition). */
export function haircutFlow(match: Record<string, unknown> = {}): FlowDefinition {
  const parsed = parseFlow(haircutFlowJson(match));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** A runtime for the haircut flow over `store`, with the host's hooks (other properties are ignored). */
export function haircutRuntime(
  match: Record<string, unknown>,
  hooks: object,
  options: { store?: Store; runJobsInline?: boolean } = {},
) {
  const store = options.store ?? createMemoryStore();
  const clock = testClock();
  const runtime = createRuntime({
    store,
    definitions: [haircutFlow(match)],
    clock: clock.now,
    hooks: hooks as FlowHooks,
    createId: () => 'wish-1',
    ...(options.runJobsInline === undefined ? {} : { runJobsInline: options.runJobsInline }),
  });
  return { runtime, store, clock };
}

/** A `volunteers` hook over the fixture's records that counts its calls. */
export function volunteersHook() {
  const calls: JsonObject[] = [];
  return {
    calls,
    volunteers: async (_input: unknown, request: JsonObject) => {
      calls.push(request);
      return { volunteers };
    },
  };
}
