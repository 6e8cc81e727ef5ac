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
