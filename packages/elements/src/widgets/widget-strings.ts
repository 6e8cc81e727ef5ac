import type { Locale } from '@yizhan/core/i18n';

/** The interface strings of the portal widgets, in zh-CN and en. */
export interface WidgetStrings {
  readonly loading: string;
  readonly retry: string;
  readonly loadFailed: string;
  readonly signInNeeded: string;
  readonly place: string;
  readonly time: string;
  readonly slotsLeft: (left: number, capacity: number) => string;
  readonly full: (waiting: number) => string;
  readonly signUp: string;
  readonly joinWaitlist: string;
  readonly sending: string;
  readonly confirmed: (position: number) => string;
  readonly waitlisted: (position: number) => string;
  readonly alreadySignedUp: string;
  readonly closed: string;
  readonly queued: string;
  readonly queuedSent: string;
  readonly noTask: string;
  readonly due: (when: string) => string;
  readonly comment: string;
  readonly commentRequired: string;
  readonly action: (name: string) => string;
  readonly done: string;
  readonly timeline: string;
  readonly timelineEmpty: string;
  readonly event: (action: string, step: string) => string;
  readonly by: (actor: string) => string;
  readonly live: string;
  readonly myTasks: string;
  readonly noTasks: string;
  readonly open: string;
  readonly noDue: string;
  /** The legend of a match task's choice: how many volunteers to choose. */
  readonly chooseVolunteers: (min: number, max: number) => string;
  readonly eligible: (count: number) => string;
  readonly score: (score: string) => string;
  readonly members: (names: string) => string;
  readonly nearMisses: (count: number) => string;
  readonly noSuggestions: string;
  readonly rankingFailed: string;
  readonly addById: string;
  readonly add: string;
  readonly addedByHand: string;
  readonly idBlank: string;
  readonly chosen: (count: number, max: number) => string;
  readonly tooFew: (min: number) => string;
  readonly tooMany: (max: number) => string;
}

const ACTIONS_ZH: Readonly<Record<string, string>> = {
  start: '发起',
  submit: '提交',
  approve: '同意',
  reject: '驳回',
  return: '退回修改',
  signup: '报名',
  cancel: '取消报名',
  close: '截止报名',
  accept: '接受任务',
  decline: '婉拒',
  checkIn: '签到',
  checkOut: '签退',
  match: '确认对接',
  overdue: '超时',
  migrate: '升级流程版本',
  fire: '到时',
};
const ACTIONS_EN: Readonly<Record<string, string>> = {
  start: 'Started',
  submit: 'Submit',
  approve: 'Approve',
  reject: 'Reject',
  return: 'Send back',
  signup: 'Sign up',
  cancel: 'Cancel sign-up',
  close: 'Close sign-up',
  accept: 'Accept',
  decline: 'Decline',
  checkIn: 'Check in',
  checkOut: 'Check out',
  match: 'Confirm match',
  overdue: 'Overdue',
  migrate: 'Moved to a newer version',
  fire: 'Time reached',
};

const strings: Readonly<Record<Locale, WidgetStrings>> = {
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    loadFailed: '加载失败。',
    signInNeeded: '请先登录本网站，然后刷新页面。',
    place: '地点',
    time: '时间',
    slotsLeft: (left, capacity) => `剩余名额 ${left} 个（共 ${capacity} 个）`,
    full: (waiting) => `名额已满，可报名候补（已有 ${waiting} 人候补）`,
    signUp: '报名',
    joinWaitlist: '报名候补',
    sending: '正在提交…',
    confirmed: (position) => `报名成功！您是第 ${position} 位。`,
    waitlisted: (position) => `名额已满，您已进入候补，排第 ${position} 位；有人取消时会自动补上。`,
    alreadySignedUp: '您已经报过名了，无需重复报名。',
    closed: '报名已截止。请关注社区的其他活动。',
    queued: '网络已断开：报名已保存在本机，网络恢复后会自动提交一次。请不要关闭页面。',
    queuedSent: '网络已恢复，已为您提交报名。',
    noTask: '您现在没有需要办理的事项。',
    due: (when) => `请在 ${when} 前办理`,
    comment: '意见',
    commentRequired: '请填写意见，说明原因后再提交。',
    action: (name) => ACTIONS_ZH[name] ?? name,
    done: '已提交，谢谢！',
    timeline: '办理记录',
    timelineEmpty: '还没有办理记录。',
    event: (action, step) => (step === '' ? action : `${step}：${action}`),
    by: (actor) => `办理人：${actor}`,
    live: '实时更新中',
    myTasks: '我的待办',
    noTasks: '暂无待办事项。新的任务分配给您后会显示在这里。',
    open: '去办理',
    noDue: '无期限',
    chooseVolunteers: (min, max) =>
      min === max
        ? `请选择 ${min} 位志愿者`
        : Number.isFinite(max)
          ? `请选择志愿者（至少 ${min} 位，最多 ${max} 位）`
          : `请选择志愿者（至少 ${min} 位）`,
    eligible: (count) => `符合条件的共 ${count} 位（含服务队）。`,
    score: (score) => `得分 ${score}`,
    members: (names) => `队员：${names}`,
    nearMisses: (count) => `未推荐的 ${count} 位及原因`,
    noSuggestions:
      '还没有推荐人选（正在排序，或本步骤没有配置排序）。可以刷新页面，或按志愿者编号添加。',
    rankingFailed: '无法给出推荐人选：',
    addById: '按志愿者编号添加',
    add: '添加',
    addedByHand: '（手动添加）',
    idBlank: '请先填写志愿者编号，再点“添加”。',
    chosen: (count, max) =>
      Number.isFinite(max)
        ? count >= max
          ? `已选 ${count} 位，已选满；如要改选，请先取消一位。`
          : `已选 ${count} 位，最多 ${max} 位。`
        : `已选 ${count} 位。`,
    tooFew: (min) => `请至少选择 ${min} 位志愿者，再点“确认对接”。`,
    tooMany: (max) => `最多只能选择 ${max} 位志愿者，请先取消多选的人。`,
  },
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    loadFailed: 'Loading failed.',
    signInNeeded: 'Sign in to this site first, then reload the page.',
    place: 'Place',
    time: 'Time',
    slotsLeft: (left, capacity) => `${left} of ${capacity} places left`,
    full: (waiting) => `Full: you can join the waitlist (${waiting} waiting)`,
    signUp: 'Sign up',
    joinWaitlist: 'Join the waitlist',
    sending: 'Sending…',
    confirmed: (position) => `You are signed up: number ${position}.`,
    waitlisted: (position) =>
      `The places are taken; you are number ${position} on the waitlist and move up when someone cancels.`,
    alreadySignedUp: 'You have already signed up; there is nothing more to do.',
    closed: 'Sign-up has closed. Look out for the community’s other activities.',
    queued:
      'You are offline: your sign-up is saved on this device and will be sent once when the connection returns. Keep this page open.',
    queuedSent: 'Back online: your sign-up has been sent.',
    noTask: 'There is nothing for you to do here right now.',
    due: (when) => `Due by ${when}`,
    comment: 'Comment',
    commentRequired: 'Write a comment that gives the reason, then send again.',
    action: (name) => ACTIONS_EN[name] ?? name,
    done: 'Sent. Thank you!',
    timeline: 'History',
    timelineEmpty: 'Nothing has happened yet.',
    event: (action, step) => (step === '' ? action : `${step}: ${action}`),
    by: (actor) => `by ${actor}`,
    live: 'Updating live',
    myTasks: 'My tasks',
    noTasks: 'No open tasks. New tasks assigned to you appear here.',
    open: 'Open',
    noDue: 'No deadline',
    chooseVolunteers: (min, max) =>
      min === max
        ? `Choose ${min} volunteer${min === 1 ? '' : 's'}`
        : Number.isFinite(max)
          ? `Choose volunteers (at least ${min}, at most ${max})`
          : `Choose volunteers (at least ${min})`,
    eligible: (count) => `${count} eligible in all (teams included).`,
    score: (score) => `score ${score}`,
    members: (names) => `Members: ${names}`,
    nearMisses: (count) => `${count} not suggested, and why`,
    noSuggestions:
      'No suggestions yet (they are being ranked, or this step has no ranking). Reload the page, or add a volunteer by id.',
    rankingFailed: 'No suggestions could be made:',
    addById: 'Add a volunteer by id',
    add: 'Add',
    addedByHand: '(added by hand)',
    idBlank: 'Type a volunteer id first, then press “Add”.',
    chosen: (count, max) =>
      Number.isFinite(max)
        ? count >= max
          ? `${count} chosen, the most allowed; to choose someone else, untick one first.`
          : `${count} chosen, at most ${max}.`
        : `${count} chosen.`,
    tooFew: (min) => `Choose at least ${min} volunteer${min === 1 ? '' : 's'}, then confirm.`,
    tooMany: (max) =>
      `You can choose at most ${max} volunteer${max === 1 ? '' : 's'}: untick the extra ones first.`,
  },
};

/** The widget strings of a locale. */
export function widgetStrings(locale: Locale): WidgetStrings {
  return strings[locale];
}

/** A date and time in Beijing time, worded for the locale. */
export function formatWhen(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
