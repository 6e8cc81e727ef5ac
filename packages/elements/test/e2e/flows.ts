// The flows of the widget tests, from the volunteer-service world.

/** 崇文社区 open day (开放日) sign-up: the coordinator publishes the details, anyone signs up. */
export function openDayFlow(capacity: number): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'open-day',
    version: 1,
    title: { 'zh-CN': '崇文社区开放日报名', en: 'Chongwen open day sign-up' },
    roles: [
      { id: 'coordinator', title: { 'zh-CN': '站长', en: 'Coordinator' } },
      { id: 'public', title: { 'zh-CN': '公众', en: 'Public' } },
    ],
    forms: [
      {
        schemaVersion: 1,
        id: 'details',
        version: 1,
        title: '活动信息',
        fields: [
          { type: 'text', key: 'className', label: '名称', required: true },
          { type: 'text', key: 'place', label: '地点', required: true },
          { type: 'text', key: 'firstDay', label: '开始', required: true },
          { type: 'text', key: 'lastDay', label: '结束', required: true },
        ],
      },
    ],
    steps: [
      {
        id: 'setup',
        type: 'form',
        form: 'details',
        assign: { roles: ['coordinator'] },
        next: 'enrol',
      },
      {
        id: 'enrol',
        type: 'signup',
        title: { 'zh-CN': '报名', en: 'Sign up' },
        capacity,
        assign: { roles: ['public'] },
        closeBy: { roles: ['coordinator'] },
        next: 'done',
      },
      { id: 'done', type: 'end', outcome: 'closed' },
    ],
  };
}

/** 微心愿 (micro-wish) handled by a volunteer and reviewed by the station coordinator. */
export const wishFlow = {
  schemaVersion: 1,
  id: 'wish-review',
  version: 1,
  title: { 'zh-CN': '微心愿办理', en: 'Micro-wish' },
  roles: [
    { id: 'coordinator', title: { 'zh-CN': '站长', en: 'Coordinator' } },
    { id: 'volunteer', title: { 'zh-CN': '志愿者', en: 'Volunteer' } },
  ],
  forms: [
    {
      schemaVersion: 1,
      id: 'report',
      version: 1,
      title: '服务记录',
      fields: [{ type: 'text', key: 'summary', label: '服务内容', required: true }],
    },
  ],
  steps: [
    {
      id: 'report',
      type: 'form',
      title: { 'zh-CN': '填写服务记录', en: 'Report the service' },
      form: 'report',
      assign: { roles: ['volunteer'] },
      next: 'review',
    },
    {
      id: 'review',
      type: 'approval',
      title: { 'zh-CN': '站长审核', en: 'Coordinator review' },
      assign: { roles: ['coordinator'] },
      next: 'done',
      reject: 'report',
    },
    { id: 'done', type: 'end', outcome: 'served' },
  ],
};

const CHONGWEN_HOME = {
  community: '崇文社区',
  street: '河东街道',
  location: { lat: 27.1123, lng: 114.9671 },
};
const SATURDAY_MORNING = [{ day: 6, from: '08:00', to: '12:00' }];

/** 崇文社区's volunteers as the matching engine reads them (the `volunteers` hook). */
export const CHONGWEN_VOLUNTEERS = [
  {
    id: 'zhang-wei',
    name: '张伟',
    skills: [{ name: '理发', level: 4 }],
    home: CHONGWEN_HOME,
    availability: SATURDAY_MORNING,
    maxLoad: 3,
  },
  {
    id: 'wang-xiuying',
    name: '王秀英',
    skills: [{ name: '理发', level: 3 }],
    home: { ...CHONGWEN_HOME, location: { lat: 27.118, lng: 114.972 } },
    availability: SATURDAY_MORNING,
    maxLoad: 2,
    currentLoad: 1,
  },
  {
    id: 'liu-yang',
    name: '刘洋',
    skills: [{ name: '理发', level: 3 }],
    home: CHONGWEN_HOME,
    availability: SATURDAY_MORNING,
    maxLoad: 2,
    currentLoad: 2,
  },
  {
    id: 'zhao-min',
    name: '赵敏',
    skills: [{ name: '理发', level: 2 }],
    home: CHONGWEN_HOME,
    availability: SATURDAY_MORNING,
    maxLoad: 2,
    team: 'wucai-haircut',
  },
  {
    id: 'sun-li',
    name: '孙丽',
    skills: [{ name: '理发', level: 2 }],
    home: CHONGWEN_HOME,
    availability: SATURDAY_MORNING,
    maxLoad: 2,
    team: 'wucai-haircut',
  },
];

/** A service team (志愿服务队) of two of the volunteers above. */
export const CHONGWEN_TEAMS = [{ id: 'wucai-haircut', name: '五彩理发服务队', maxLoad: 2 }];

/**
 * 上门理发 (a haircut at home): a resident's request, then the coordinator chooses one or two
 * volunteers from the ranked suggestions (`ranking`) or by id (`plain: true`: no ranking).
 */
export function haircutFlow(plain = false): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: plain ? 'haircut-by-hand' : 'haircut',
    version: 1,
    title: { 'zh-CN': '上门理发', en: 'Haircut at home' },
    roles: [
      { id: 'coordinator', title: { 'zh-CN': '站长', en: 'Coordinator' } },
      { id: 'volunteer', title: { 'zh-CN': '志愿者', en: 'Volunteer' } },
    ],
    forms: [
      {
        schemaVersion: 1,
        id: 'ask',
        version: 1,
        title: '预约',
        fields: [
          { type: 'text', key: 'resident', label: '居民', required: true },
          { type: 'datetime', key: 'serviceAt', label: '时间', required: true },
        ],
      },
    ],
    steps: [
      {
        id: 'ask',
        type: 'form',
        form: 'ask',
        assign: { roles: ['coordinator'] },
        next: 'match',
      },
      {
        id: 'match',
        type: 'match',
        title: { 'zh-CN': '选择志愿者', en: 'Choose volunteers' },
        min: 1,
        max: 2,
        assign: { roles: ['coordinator'] },
        next: 'done',
        ...(plain
          ? {}
          : {
              ranking: {
                request: {
                  skills: ['理发'],
                  place: CHONGWEN_HOME,
                  window: { start: 'serviceAt', duration: 'PT2H' },
                  teamAllowed: true,
                },
              },
            }),
      },
      { id: 'done', type: 'end', outcome: 'matched' },
    ],
  };
}
