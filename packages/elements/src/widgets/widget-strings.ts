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
