import type { Locale } from '@yizhan/core/i18n';

type Params = Readonly<Record<string, unknown>>;
type Catalog = Readonly<Record<string, (params: Params) => string>>;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

const zhCN: Catalog = {
  invalid_token: () => '登录凭证无效，请重新登录后再试。',
  expired_token: () => '登录已过期，请重新登录。',
  sign_in_required: () => '请先登录：匿名用户不能执行这个操作。',
  forbidden: () => '你没有权限访问或修改其他社区（组织）的数据；如需处理，请联系上级管理员。',
  origin_not_allowed: (p) =>
    `网站 ${String(p.origin)} 未获准嵌入本平台的组件；请社区管理员在服务器的跨域设置（cors）中为本组织加入这个网址。`,
  forbidden_role: (p) => `这个操作需要以下角色之一：${(p.roles as string[]).join('、')}。`,
  not_found: (p) =>
    `找不到${p.kind === 'definition' ? '流程定义' : p.kind === 'draft' ? '草稿' : '流程实例'} ${show(p.id)}，请检查链接或刷新列表。`,
  unknown_route: (p) => `没有这个接口：${p.method} ${p.path}。接口列表见 /openapi.json。`,
  body_too_large: (p) => `请求内容太大（上限 ${p.limit} 字节），请删减后再提交。`,
  unsupported_media_type: () => '请以 JSON 提交：把 Content-Type 设为 application/json。',
  not_json: (p) => `请求内容不是有效的 JSON：${p.detail}。请检查括号、引号和逗号。`,
  forbidden_key: (p) => `不允许使用键 ${show(p.key)}，请改名后再提交。`,
  too_deep: (p) => `JSON 嵌套太深（最多 ${p.limit} 层），请简化数据结构。`,
  invalid_type: (p) => `类型错误：这里需要 ${p.expected}。`,
  missing_property: (p) => `缺少必填属性 ${show(p.property)}，请添加它。`,
  unknown_property: (p) => `未知属性 ${show(p.property)}，请删除它或检查拼写。`,
  invalid_value: (p) => `取值无效：${p.detail}。`,
  invalid_body: () => '请求内容有误，请按提示修改后再提交。',
  invalid_definition: () => '流程定义有误，请按提示修改后再发布。',
  version_exists: (p) =>
    `流程 ${show(p.flowId)} 已有第 ${p.latest} 版，新版本号必须大于 ${p.latest}，例如 ${Number(p.latest) + 1}。`,
  flow_owned_elsewhere: (p) =>
    `流程 ${show(p.flowId)} 属于其他组织（${(p.owner as string[]).join(' / ')}），请换一个流程 id。`,
  start_not_allowed: () => '你不能发起这个流程：只有管理它的站长或管理员可以发起。',
  rate_limited: (p) => `请求太频繁，请 ${p.retryAfter} 秒后再试。`,
  idempotency_key_invalid: () =>
    'Idempotency-Key 须为 8 到 128 个字母、数字、"-" 或 "_"，例如一个 UUID。',
  idempotency_key_reused: () =>
    '这个 Idempotency-Key 已用于另一个不同的请求，请为新请求生成新的键。',
  busy: () => '服务器正忙（同一条记录同时有太多修改），请稍后重试。',
  internal: () => '服务器内部错误，请稍后重试；如果一直出现，请联系管理员。',
};

const en: Catalog = {
  invalid_token: () => 'The credentials are not valid. Sign in again and retry.',
  expired_token: () => 'Your sign-in has expired. Sign in again.',
  sign_in_required: () => 'Sign in first: anonymous callers may not do this.',
  origin_not_allowed: (p) =>
    `The site ${String(p.origin)} may not embed these widgets. Ask the organisation's administrator to add it to the server's cors settings.`,
  forbidden: () =>
    'You may not see or change data of another community (organisation). Ask an administrator above both.',
  forbidden_role: (p) => `This needs one of these roles: ${(p.roles as string[]).join(', ')}.`,
  not_found: (p) =>
    `There is no ${p.kind === 'definition' ? 'flow definition' : p.kind === 'draft' ? 'draft' : 'flow instance'} ${show(p.id)}. Check the link or refresh the list.`,
  unknown_route: (p) =>
    `There is no route ${p.method} ${p.path}. See /openapi.json for the routes.`,
  body_too_large: (p) => `The request body is too large (limit ${p.limit} bytes). Send less.`,
  unsupported_media_type: () => 'Send JSON: set Content-Type to application/json.',
  not_json: (p) => `The body is not valid JSON: ${p.detail}. Check brackets, quotes and commas.`,
  forbidden_key: (p) => `The key ${show(p.key)} is not allowed. Rename it.`,
  too_deep: (p) => `The JSON is nested too deeply (at most ${p.limit} levels). Flatten it.`,
  invalid_type: (p) => `Expected ${p.expected} here.`,
  missing_property: (p) => `The property ${show(p.property)} is required. Add it.`,
  unknown_property: (p) => `Unknown property ${show(p.property)}. Remove it or check its spelling.`,
  invalid_value: (p) => `This value is not allowed: ${p.detail}.`,
  invalid_body: () => 'The request needs fixing. Correct it and send it again.',
  invalid_definition: () => 'The flow definition needs fixing. Correct it and publish again.',
  version_exists: (p) =>
    `The flow ${show(p.flowId)} has version ${p.latest} already. Publish a higher version, for example ${Number(p.latest) + 1}.`,
  flow_owned_elsewhere: (p) =>
    `The flow ${show(p.flowId)} belongs to another organisation (${(p.owner as string[]).join(' / ')}). Choose another flow id.`,
  start_not_allowed: () =>
    'You may not start this flow: only the coordinators or administrators who manage it can.',
  rate_limited: (p) => `Too many requests. Retry in ${p.retryAfter} seconds.`,
  idempotency_key_invalid: () =>
    'Idempotency-Key must be 8 to 128 letters, digits, "-" or "_", such as a UUID.',
  idempotency_key_reused: () =>
    'This Idempotency-Key was used for a different request. Make a new key for a new request.',
  busy: () => 'The server is busy (too many changes to one record at once). Retry shortly.',
  internal: () =>
    'Something went wrong on the server. Retry later; if it persists, tell an administrator.',
};

const catalogs: Readonly<Record<Locale, Catalog>> = { 'zh-CN': zhCN, en };

/** The server's message for an error code in a locale; the code itself when unknown. */
export function formatServerMessage(code: string, params: Params, locale: Locale): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : code;
}

/** Every code the server catalog translates, for tests that check both locales. */
export const SERVER_MESSAGE_CODES: readonly string[] = Object.keys(zhCN);

/** The codes the English catalog translates. */
export const SERVER_MESSAGE_CODES_EN: readonly string[] = Object.keys(en);
