import type { Locale } from '@yizhan/core/i18n';

/** The interface strings of `<yz-flow-diagram>`. */
export interface DiagramStrings {
  /** The name of a step type (`approval` → 审批); a custom type is shown as it is named. */
  readonly stepType: (type: string) => string;
  /** What leads along a transition (`reject` → 驳回, `when 1` → 条件 1). */
  readonly transition: (label: string) => string;
  /** Joins the labels of parallel transitions. */
  readonly joinLabels: (labels: readonly string[]) => string;
  /** The badge on a highlighted step. */
  readonly current: string;
  /** The accessible summary of the picture. */
  readonly summary: (flow: string, steps: number, transitions: number, current: string[]) => string;
  /** The name of the scrolling area. */
  readonly region: (flow: string) => string;
  /** The heading of the screen-reader list. */
  readonly listLabel: string;
  /** One step in the screen-reader list. */
  readonly stepItem: (
    index: number,
    title: string,
    type: string,
    flags: { start: boolean; final: boolean; current: boolean },
  ) => string;
  /** One transition in the screen-reader list. */
  readonly transitionItem: (label: string, target: string) => string;
  readonly noDefinition: string;
  readonly invalidDefinition: string;
  readonly failed: (detail: string) => string;
}

const TYPES_ZH: Readonly<Record<string, string>> = {
  form: '填写表单',
  approval: '审批',
  match: '对接志愿者',
  serve: '服务',
  evaluate: '评价',
  branch: '条件分支',
  wait: '等待',
  notify: '通知',
  signup: '报名',
  end: '结束',
};
const TYPES_EN: Readonly<Record<string, string>> = {
  form: 'form',
  approval: 'approval',
  match: 'matching',
  serve: 'service',
  evaluate: 'evaluation',
  branch: 'branch',
  wait: 'wait',
  notify: 'notification',
  signup: 'sign-up',
  end: 'end',
};
const LABELS_ZH: Readonly<Record<string, string>> = {
  submit: '提交',
  approve: '同意',
  reject: '驳回',
  return: '退回修改',
  overdue: '超时',
  match: '对接完成',
  checkOut: '签退',
  decline: '婉拒',
  close: '截止报名',
  elapsed: '时间到',
  next: '继续',
  otherwise: '否则',
};
const LABELS_EN: Readonly<Record<string, string>> = {
  submit: 'submit',
  approve: 'approve',
  reject: 'reject',
  return: 'return for changes',
  overdue: 'overdue',
  match: 'matched',
  checkOut: 'check out',
  decline: 'decline',
  close: 'close sign-up',
  elapsed: "time's up",
  next: 'then',
  otherwise: 'otherwise',
};

const BRANCH = /^when (\d+)$/;

const strings: Readonly<Record<Locale, DiagramStrings>> = {
  'zh-CN': {
    stepType: (type) => TYPES_ZH[type] ?? type,
    transition: (label) => {
      const branch = BRANCH.exec(label);
      return branch ? `条件 ${branch[1]}` : (LABELS_ZH[label] ?? label);
    },
    joinLabels: (labels) => labels.join('、'),
    current: '当前',
    summary: (flow, steps, transitions, current) =>
      `流程图：${flow}，共 ${steps} 个步骤、${transitions} 条流转。` +
      (current.length > 0 ? `当前步骤：${current.join('、')}。` : '') +
      '各步骤及流转见下方列表。',
    region: (flow) => `流程图：${flow}（可左右滚动）`,
    listLabel: '步骤与流转',
    stepItem: (index, title, type, flags) =>
      `第 ${index} 步：${title}（${type}）` +
      (flags.start ? '，起点' : '') +
      (flags.final ? '，流程在此结束' : '') +
      (flags.current ? '，当前步骤' : ''),
    transitionItem: (label, target) => `${label} → ${target}`,
    noDefinition: '尚未提供流程定义，无法显示流程图。',
    invalidDefinition: '流程定义有误，无法显示流程图。请按以下提示修改后再试：',
    failed: (detail) => `流程图绘制失败（${detail}）。请检查流程中的自定义步骤类型是否已登记。`,
  },
  en: {
    stepType: (type) => TYPES_EN[type] ?? type,
    transition: (label) => {
      const branch = BRANCH.exec(label);
      return branch ? `condition ${branch[1]}` : (LABELS_EN[label] ?? label);
    },
    joinLabels: (labels) => labels.join(' / '),
    current: 'current',
    summary: (flow, steps, transitions, current) =>
      `Flow diagram: ${flow}, ${steps} ${steps === 1 ? 'step' : 'steps'} and ${transitions} ${
        transitions === 1 ? 'transition' : 'transitions'
      }.` +
      (current.length > 0 ? ` Current step: ${current.join(', ')}.` : '') +
      ' The list below describes each step and where it leads.',
    region: (flow) => `Flow diagram: ${flow} (scrolls sideways)`,
    listLabel: 'Steps and transitions',
    stepItem: (index, title, type, flags) =>
      `Step ${index}: ${title} (${type})` +
      (flags.start ? ', start' : '') +
      (flags.final ? ', the flow ends here' : '') +
      (flags.current ? ', current step' : ''),
    transitionItem: (label, target) => `${label} → ${target}`,
    noDefinition: 'No flow definition has been given yet, so there is no diagram to show.',
    invalidDefinition:
      'The flow definition has problems, so the diagram cannot be drawn. Fix these and try again:',
    failed: (detail) =>
      `The diagram could not be drawn (${detail}). Check that the flow's custom step types are registered.`,
  },
};

/** The `<yz-flow-diagram>` strings for a locale. */
export function diagramStrings(locale: Locale): DiagramStrings {
  return strings[locale];
}
