import { formatMessage } from '../form';
import type { Locale } from '../i18n/locale';
import { listValues as list, showValue as show } from '../i18n/message-values';

type MessageParams = Readonly<Record<string, unknown>>;
type MessageCatalog = Readonly<Record<string, (params: MessageParams) => string>>;

const zhCN: MessageCatalog = {
  not_json: (p) => `定义不是有效的 JSON：${p.detail}。请检查括号、引号和逗号。`,
  missing_property: (p) => `缺少必填属性 "${p.property}"，请添加它。`,
  invalid_type: (p) => `类型错误：这里需要 ${p.expected}，实际是 ${p.received}。`,
  unknown_property: (p) => `未知属性 "${p.property}"，请删除它或检查拼写。`,
  invalid_value: (p) =>
    `取值 ${show(p.received)} 无效，请使用以下之一：${list(p.expected, '、')}。`,
  unsupported_schema_version: (p) =>
    `不支持的 schemaVersion ${show(p.received)}，本版本只读取 schemaVersion ${p.supported}。`,
  too_small: (p) =>
    p.origin === 'array'
      ? `至少需要 ${p.minimum} 项，请补充。`
      : p.origin === 'string'
        ? '不能为空，请填写内容。'
        : `不能小于 ${p.minimum}。`,
  too_big: (p) =>
    p.origin === 'array' ? `最多 ${p.maximum} 项，请删减。` : `不能大于 ${p.maximum}。`,
  not_an_integer: () => '需要一个整数，例如 1。',
  invalid_form_id: (p) =>
    `表单 id ${show(p.received)} 无效：只能用小写字母、数字和连字符，例如 "volunteer-signup"。`,
  invalid_format: (p) =>
    `${show(p.received)} 的格式不对，需要 ${p.format}，例如 "2026-12-01T09:00:00+08:00"。`,
  empty_localized_text: () => '多语言文本至少要有 "zh-CN" 或 "en" 之一。',
  invalid: (p) => `定义无效：${p.detail}`,
  not_a_flow: () =>
    '流程定义必须是一个 JSON 对象，例如 { "schemaVersion": 1, "id": "micro-wish", "steps": [] }。',
  invalid_step_id: (p) =>
    `步骤 id ${show(p.received)} 无效：须以英文字母开头，只含字母、数字、"_" 和 "-"，例如 "review"。`,
  invalid_role_id: (p) =>
    `角色 id ${show(p.received)} 无效：须以英文字母开头，只含字母、数字、"_" 和 "-"，例如 "coordinator"。`,
  invalid_flow_id: (p) =>
    `流程 id ${show(p.received)} 无效：只能用小写字母、数字和连字符，例如 "micro-wish"。`,
  invalid_duration: (p) =>
    `期限 ${show(p.received)} 不是 ISO 8601 时长，请写成 "P3D"（3 天）或 "PT2H"（2 小时）这样的形式。`,
  empty_assignment: () =>
    '请说明谁可以处理：至少填写 "roles"、"assignee" 或 "candidateGroups" 之一。',
  wait_needs_one: () => '等待步骤需要且只能有 "for"、"until"、"untilField" 之一。',
  unknown_step_type: (p) =>
    `未知的步骤类型 ${show(p.received)}，请使用以下之一：${list(p.allowed, '、')}；自定义类型需先用 defineStep 注册。`,
  duplicate_step: (p) =>
    `步骤 id "${p.id}" 重复（首次出现在 ${p.first}），每个步骤的 id 必须唯一。`,
  duplicate_role: (p) => `角色 id "${p.id}" 重复，每个角色的 id 必须唯一。`,
  duplicate_form: (p) => `表单 id "${p.id}" 重复，每个表单只需列出一次。`,
  unknown_step: (p) => `没有 id 为 "${p.step}" 的步骤，请改为以下之一：${list(p.allowed, '、')}。`,
  unknown_form: (p) =>
    `没有 id 为 "${p.form}" 的表单，请在 "forms" 中加入它（内联定义或 { "ref": "${p.form}" }）。`,
  unresolved_form: (p) => `引用的表单 "${p.form}" 未提供，请在调用 parseFlow 时通过 forms 传入它。`,
  unknown_role: (p) =>
    `没有 id 为 "${p.role}" 的角色，请在 "roles" 中声明它，或改为以下之一：${list(p.allowed, '、')}。`,
  unknown_field: (p) =>
    `没有键为 "${p.key}" 的字段，请改为流程中某个表单的字段：${list(p.allowed, '、')}。`,
  unreachable_step: (p) => `步骤 "${p.step}" 从开始步骤无法到达，请从其他步骤连到它，或删除它。`,
  cannot_end: (p) =>
    `从步骤 "${p.step}" 出发永远到不了结束步骤，请让它的某条路径通向 "end" 类型的步骤。`,
  no_human_assignment: (p) => `人工步骤 "${p.step}" 需要 "assign" 说明谁可以处理。`,
  overdue_without_due: (p) =>
    `步骤 "${p.step}" 设置了 "overdue" 却没有 "due"，超时处理永远不会发生：请加上 "due"（如 "P2D"），或删除 "overdue"。`,
  message_without_recipients: (p) =>
    `步骤 "${p.step}" 的消息只发给 "candidateGroups"，但消息只送达 "assignee" 和 "roles"：请写明角色或处理人。`,
  max_below_min: (p) =>
    `步骤 "${p.step}" 的 "max"（${p.max}）小于 "min"（${p.min}），任何选择都无法通过：请让 "max" 不小于 "min"。`,
  unknown_instance: (p) => `找不到流程实例 "${p.instance}"，它可能已被删除，请刷新列表。`,
  instance_done: () => '这个流程实例已经结束，不能再处理。',
  stale_version: (p) =>
    `数据已被他人更新（你看到的是第 ${p.expected} 版，当前是第 ${p.current} 版），请刷新后重试。`,
  unknown_task: (p) =>
    `任务 "${p.task}" 当前未开放，当前可处理的任务：${list(p.open, '、') || '无'}。请刷新。`,
  not_allowed: (p) =>
    `你无权处理任务 "${p.task}"，需要以下角色之一：${list(p.roles, '、') || '（指定人员）'}。`,
  unknown_action: (p) =>
    `任务 "${p.task}" 不支持操作 "${p.action}"，请使用以下之一：${list(p.allowed, '、')}。`,
  comment_required: (p) => `执行"${p.action}"时必须填写意见，请说明原因。`,
  invalid_payload: () => '提交的内容有误，请按提示修改后再提交。',
  unknown_event: (p) => `当前状态不接受 "${p.event}"，请刷新后查看可用操作。`,
  already_signed_up: () => '你已经报名（或在候补名单中），无需重复报名。',
  signup_full: (p) => `名额（${p.capacity} 人）和候补名单都已满，无法报名。`,
  not_signed_up: () => '你没有报名，无需取消。',
  migration_unmapped: (p) =>
    `迁移到第 ${p.version} 版时，步骤 "${p.step}" 没有对应目标，请在 stateMap 中写明 "${p.step}" 迁往哪个步骤。`,
  migration_unknown_step: (p) =>
    `第 ${p.version} 版没有步骤 "${p.step}"，请在 stateMap 中改为以下之一：${list(p.allowed, '、')}。`,
};

const en: MessageCatalog = {
  not_json: (p) =>
    `The definition is not valid JSON: ${p.detail}. Check brackets, quotes and commas.`,
  missing_property: (p) => `The property "${p.property}" is required. Add it.`,
  invalid_type: (p) => `Expected ${p.expected} here, got ${p.received}.`,
  unknown_property: (p) => `Unknown property "${p.property}". Remove it or check its spelling.`,
  invalid_value: (p) =>
    `The value ${show(p.received)} is not allowed. Use one of: ${list(p.expected, ', ')}.`,
  unsupported_schema_version: (p) =>
    `schemaVersion ${show(p.received)} is not supported: this version reads schemaVersion ${p.supported}.`,
  too_small: (p) =>
    p.origin === 'array'
      ? `At least ${p.minimum} item(s) are needed. Add more.`
      : p.origin === 'string'
        ? 'This must not be empty. Enter some text.'
        : `This must be at least ${p.minimum}.`,
  too_big: (p) =>
    p.origin === 'array'
      ? `At most ${p.maximum} item(s) are allowed. Remove some.`
      : `This must be at most ${p.maximum}.`,
  not_an_integer: () => 'Expected a whole number, for example 1.',
  invalid_form_id: (p) =>
    `The form id ${show(p.received)} is not valid: use lowercase letters, digits and hyphens, for example "volunteer-signup".`,
  invalid_format: (p) =>
    `${show(p.received)} is not in the expected ${p.format} format, for example "2026-12-01T09:00:00+08:00".`,
  empty_localized_text: () => 'Localized text needs at least "zh-CN" or "en".',
  invalid: (p) => `The definition is not valid: ${p.detail}`,
  not_a_flow: () =>
    'A flow definition must be a JSON object, for example { "schemaVersion": 1, "id": "micro-wish", "steps": [] }.',
  invalid_step_id: (p) =>
    `The step id ${show(p.received)} is not valid: start with a letter and use only letters, digits, "_" and "-", for example "review".`,
  invalid_role_id: (p) =>
    `The role id ${show(p.received)} is not valid: start with a letter and use only letters, digits, "_" and "-", for example "coordinator".`,
  invalid_flow_id: (p) =>
    `The flow id ${show(p.received)} is not valid: use lowercase letters, digits and hyphens, for example "micro-wish".`,
  invalid_duration: (p) =>
    `The duration ${show(p.received)} is not ISO 8601. Write it like "P3D" (three days) or "PT2H" (two hours).`,
  empty_assignment: () =>
    'Say who may act: give at least one of "roles", "assignee" or "candidateGroups".',
  wait_needs_one: () => 'A wait step needs exactly one of "for", "until" and "untilField".',
  unknown_step_type: (p) =>
    `Unknown step type ${show(p.received)}. Use one of: ${list(p.allowed, ', ')}; register a custom type with defineStep first.`,
  duplicate_step: (p) =>
    `The step id "${p.id}" is used twice (first at ${p.first}). Every step needs its own id.`,
  duplicate_role: (p) => `The role id "${p.id}" is used twice. Every role needs its own id.`,
  duplicate_form: (p) => `The form id "${p.id}" is listed twice. List each form once.`,
  unknown_step: (p) => `There is no step "${p.step}". Use one of: ${list(p.allowed, ', ')}.`,
  unknown_form: (p) =>
    `There is no form "${p.form}". Add it to "forms", inline or as { "ref": "${p.form}" }.`,
  unresolved_form: (p) =>
    `The referenced form "${p.form}" was not supplied. Pass it in the forms option of parseFlow.`,
  unknown_role: (p) =>
    `There is no role "${p.role}". Declare it in "roles" or use one of: ${list(p.allowed, ', ')}.`,
  unknown_field: (p) =>
    `There is no field "${p.key}". Use a field of one of the flow's forms: ${list(p.allowed, ', ')}.`,
  unreachable_step: (p) =>
    `The step "${p.step}" cannot be reached from the start. Lead another step to it, or remove it.`,
  cannot_end: (p) =>
    `From the step "${p.step}" the flow can never reach an end. Give it a path to a step of type "end".`,
  no_human_assignment: (p) => `The human step "${p.step}" needs "assign" to say who may act.`,
  overdue_without_due: (p) =>
    `The step "${p.step}" has "overdue" but no "due", so it never fires. Add "due" (such as "P2D") or remove "overdue".`,
  message_without_recipients: (p) =>
    `The step "${p.step}" sends its message to "candidateGroups" only, but messages reach only "assignee" and "roles". Name roles or an assignee.`,
  max_below_min: (p) =>
    `The step "${p.step}" has "max" (${p.max}) below "min" (${p.min}), so no choice can be accepted. Make "max" at least "min".`,
  unknown_instance: (p) =>
    `There is no flow instance "${p.instance}". It may have been removed; refresh the list.`,
  instance_done: () => 'This flow instance has ended; nothing more can be done on it.',
  stale_version: (p) =>
    `Someone else changed this first (you saw version ${p.expected}, it is now ${p.current}). Refresh and try again.`,
  unknown_task: (p) =>
    `The task "${p.task}" is not open. Open tasks: ${list(p.open, ', ') || 'none'}. Refresh.`,
  not_allowed: (p) =>
    `You may not act on the task "${p.task}". It needs one of these roles: ${list(p.roles, ', ') || '(named people only)'}.`,
  unknown_action: (p) =>
    `The task "${p.task}" has no action "${p.action}". Use one of: ${list(p.allowed, ', ')}.`,
  comment_required: (p) => `A comment is required to ${p.action}. Say why.`,
  invalid_payload: () => 'Some answers need fixing. Correct them and submit again.',
  unknown_event: (p) =>
    `The instance does not accept "${p.event}" now. Refresh to see what can be done.`,
  already_signed_up: () => 'You have already signed up (or are on the waitlist).',
  signup_full: (p) => `All ${p.capacity} places and the waitlist are taken.`,
  not_signed_up: () => 'You have not signed up, so there is nothing to cancel.',
  migration_unmapped: (p) =>
    `Migrating to version ${p.version}: the step "${p.step}" has no target. Say in stateMap where "${p.step}" goes.`,
  migration_unknown_step: (p) =>
    `Version ${p.version} has no step "${p.step}". In stateMap, use one of: ${list(p.allowed, ', ')}.`,
};

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { 'zh-CN': zhCN, en };

/**
 * Builds the message for a flow issue or refusal code in a locale; codes shared with
 * forms (missing_property, required, …) use the form catalog.
 */
export function formatFlowMessage(code: string, params: MessageParams, locale: Locale): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : formatMessage(code, params, locale);
}

/** The codes the flow catalog translates, for tests that check every one has both locales. */
export const FLOW_MESSAGE_CODES: readonly string[] = Object.keys(zhCN);
