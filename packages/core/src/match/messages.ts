import type { Locale } from '../i18n/locale';
import { listValues as list, showValue as show } from '../i18n/message-values';

/** Values a matching message is built from: a skill name, a distance, a count… */
export type MatchMessageParams = Readonly<Record<string, unknown>>;
type Catalog = Readonly<Record<string, (p: MatchMessageParams) => string>>;

const num = (value: unknown, digits = 1): string => Number(value).toFixed(digits);
const signed = (value: unknown): string => {
  const points = Number(value);
  return `${points < 0 ? '−' : '+'}${Math.abs(points).toFixed(3)}`;
};

// What a field named in ranking.request must hold.
const zhExpected: Readonly<Record<string, string>> = {
  skills: '技能名称（文本或文本列表）',
  place: '社区名称（文本，或填写了 region 的地址）',
  time: '日期或日期时间，例如 "2026-12-05T09:00"',
  count: '1 到 1000 的整数',
};
const enExpected: Readonly<Record<string, string>> = {
  skills: 'a skill name (text, or a list of text)',
  place: 'a community name (text, or an address with its region filled in)',
  time: 'a date or date-time such as "2026-12-05T09:00"',
  count: 'a whole number from 1 to 1000',
};

const zhCN: Catalog = {
  // Issues in input data.
  missing_property: (p) => `缺少必填属性 "${p.property}"，请添加它。`,
  invalid_type: (p) => `类型错误：这里需要 ${p.expected}，实际是 ${p.received}。`,
  unknown_property: (p) => `未知属性 "${p.property}"，请删除它或检查拼写。`,
  invalid_value: (p) =>
    `取值 ${show(p.received)} 无效，请使用以下之一：${list(p.expected, '、')}。`,
  too_small: (p) =>
    p.origin === 'array'
      ? `至少需要 ${p.minimum} 项，请补充。`
      : p.origin === 'string'
        ? '不能为空，请填写内容。'
        : `不能小于 ${p.minimum}。`,
  too_big: (p) =>
    p.origin === 'array'
      ? `最多 ${p.maximum} 项，请删减。`
      : p.origin === 'string'
        ? `最多 ${p.maximum} 个字，请删减。`
        : `不能大于 ${p.maximum}。`,
  not_an_integer: () => '需要一个整数，例如 2。',
  invalid_time_of_day: (p) =>
    `时间 ${show(p.received)} 无效，请写成 24 小时制的 "HH:MM"，例如 "08:30"。`,
  invalid_date: (p) => `日期 ${show(p.received)} 无效，请写成 "YYYY-MM-DD"，例如 "2026-12-01"。`,
  invalid_datetime: (p) =>
    `时间 ${show(p.received)} 无效，请写成 ISO 格式，例如 "2026-12-01T09:00+08:00"（不写时区即按北京时间）。`,
  time_range_reversed: () => '结束时间必须晚于开始时间；跨午夜的时段请拆成两段。',
  time_range_incomplete: () => '"from" 和 "to" 要么都写，要么都不写（都不写表示全天）。',
  window_reversed: () => '服务时间窗的结束必须晚于开始，请检查 window.start 和 window.end。',
  duplicate_id: (p) => `id "${p.id}" 重复（首次出现在 ${p.first}），每条记录的 id 必须唯一。`,
  invalid: (p) => `数据无效：${p.detail}`,
  // Building a request from a flow instance's data (the match step's ranking.request).
  request_field_empty: (p) =>
    `字段 "${p.field}"（用于 ${p.property}）没有值，无法为志愿者排序；请在表单中把它设为必填，或在 ranking.request 中写固定值。`,
  request_field_invalid: (p) =>
    `字段 "${p.field}" 的值 ${show(p.received)} 不能用于 ${p.property}：需要${zhExpected[String(p.expected)] ?? p.expected}。`,
  pool_missing: () =>
    '没有志愿者来源，无法排序：请在 createRuntime 的 hooks 中提供 volunteers（返回志愿者名单或 createPool 建好的名单）。',
  // Why a volunteer or team was excluded.
  skill_missing: (p) => `没有所需技能「${p.skill}」。`,
  skill_level_low: (p) => `技能「${p.skill}」为 ${p.level} 级，需要至少 ${p.minLevel} 级。`,
  certificate_missing: (p) => `技能「${p.skill}」需要有效证书，但没有登记证书；请志愿者补录证书。`,
  certificate_expired: (p) =>
    `技能「${p.skill}」的证书有效期至 ${p.expires}，服务日 ${p.serviceDate} 时已过期；请提醒志愿者更新证书。`,
  not_available: (p) =>
    `服务时间内只有 ${p.overlapMinutes} 分钟有空，需要至少 ${p.neededMinutes} 分钟；可询问其是否愿意调整时间。`,
  too_far: (p) => `距离约 ${num(p.km)} 公里，超过上限 ${num(p.maxKm)} 公里。`,
  distance_unknown: () => '无法确定距离（没有坐标，也不在同一街道），按配置排除；可补录坐标。',
  load_full: (p) => `当前已承担 ${p.currentLoad} 项任务，达到上限 ${p.maxLoad} 项。`,
  team_no_members: () => '服务时间内没有可参加的队员。',
  // Score parts.
  part_skill: (p) =>
    `技能${Array.isArray(p.skills) && p.skills.length > 0 ? ` ${(p.skills as { skill: string; level: number }[]).map((s) => `${s.skill} ${s.level} 级`).join('、')}` : '（无要求）'}：${signed(p.points)}`,
  part_distance: (p) =>
    `距离 ${num(p.km)} 公里（${p.basis === 'coordinates' ? '按坐标' : p.basis === 'community' ? '同一社区' : p.basis === 'street' ? '同一街道' : '未知，按配置估计'}）：${signed(p.points)}`,
  part_load: (p) => `当前负荷 ${p.currentLoad}/${p.maxLoad}：${signed(p.points)}`,
  part_recent: (p) => `近 ${p.days} 天接单 ${p.count} 次：${signed(p.points)}`,
  part_rating: (p) =>
    Number(p.count) > 0
      ? `评分 ${num(p.average)}（${p.count} 次）：${signed(p.points)}`
      : `暂无评分，按 ${num(p.prior)} 计：${signed(p.points)}`,
  candidate: (p) => `${p.name}：得分 ${num(p.score, 3)}。${p.parts}`,
  team_candidate: (p) =>
    `服务队 ${p.name}（${p.members} 名队员有空）：得分 ${num(p.score, 3)}。${p.parts}`,
  excluded: (p) => `${p.name}：未通过「${p.filterName}」筛选。${p.reason}`,
  filter_skill: () => '技能',
  filter_certificate: () => '证书',
  filter_availability: () => '时间',
  filter_distance: () => '距离',
  filter_load: () => '负荷',
};

const en: Catalog = {
  missing_property: (p) => `The property "${p.property}" is required. Add it.`,
  invalid_type: (p) => `Expected ${p.expected} here, got ${p.received}.`,
  unknown_property: (p) => `Unknown property "${p.property}". Remove it or check its spelling.`,
  invalid_value: (p) =>
    `The value ${show(p.received)} is not allowed. Use one of: ${list(p.expected, ', ')}.`,
  too_small: (p) =>
    p.origin === 'array'
      ? `At least ${p.minimum} item(s) are needed. Add more.`
      : p.origin === 'string'
        ? 'This must not be empty. Enter some text.'
        : `This must be at least ${p.minimum}.`,
  too_big: (p) =>
    p.origin === 'array'
      ? `At most ${p.maximum} item(s) are allowed. Remove some.`
      : p.origin === 'string'
        ? `Use at most ${p.maximum} characters.`
        : `This must be at most ${p.maximum}.`,
  not_an_integer: () => 'Expected a whole number, for example 2.',
  invalid_time_of_day: (p) =>
    `The time ${show(p.received)} is not valid. Write it as 24-hour "HH:MM", for example "08:30".`,
  invalid_date: (p) =>
    `The date ${show(p.received)} is not valid. Write it as "YYYY-MM-DD", for example "2026-12-01".`,
  invalid_datetime: (p) =>
    `The time ${show(p.received)} is not valid. Write it in ISO format, for example "2026-12-01T09:00+08:00" (without an offset it is Beijing time).`,
  time_range_reversed: () =>
    'The end must be later than the start. Split a range that crosses midnight in two.',
  time_range_incomplete: () =>
    'Give both "from" and "to", or neither (neither means the whole day).',
  window_reversed: () =>
    'The time window must end after it starts. Check window.start and window.end.',
  duplicate_id: (p) =>
    `The id "${p.id}" is used twice (first at ${p.first}). Every record needs its own id.`,
  invalid: (p) => `The data is not valid: ${p.detail}`,
  request_field_empty: (p) =>
    `The field "${p.field}" (used for ${p.property}) has no value, so volunteers cannot be ranked. Make the field required in its form, or write a fixed value in ranking.request.`,
  request_field_invalid: (p) =>
    `The value ${show(p.received)} of the field "${p.field}" cannot be used for ${p.property}: ${enExpected[String(p.expected)] ?? p.expected} is needed.`,
  pool_missing: () =>
    'There is no source of volunteers to rank. Give createRuntime a `volunteers` hook (returning volunteer records, or a pool made by createPool).',
  skill_missing: (p) => `Does not have the needed skill "${p.skill}".`,
  skill_level_low: (p) =>
    `Has "${p.skill}" at level ${p.level}; at least level ${p.minLevel} is needed.`,
  certificate_missing: (p) =>
    `"${p.skill}" needs a valid certificate and none is recorded. Ask the volunteer to add it.`,
  certificate_expired: (p) =>
    `The certificate for "${p.skill}" was valid until ${p.expires} and has expired by the service date ${p.serviceDate}. Remind the volunteer to renew it.`,
  not_available: (p) =>
    `Free for only ${p.overlapMinutes} minutes of the window; at least ${p.neededMinutes} are needed. Ask whether they can change their time.`,
  too_far: (p) => `About ${num(p.km)} km away, beyond the limit of ${num(p.maxKm)} km.`,
  distance_unknown: () =>
    'The distance is unknown (no coordinates, not the same street) and the configuration excludes that. Add coordinates.',
  load_full: (p) => `Already has ${p.currentLoad} open assignment(s), the limit of ${p.maxLoad}.`,
  team_no_members: () => 'No member of the team is free in the window.',
  part_skill: (p) =>
    `skill${Array.isArray(p.skills) && p.skills.length > 0 ? ` ${(p.skills as { skill: string; level: number }[]).map((s) => `${s.skill} level ${s.level}`).join(', ')}` : ' (none needed)'}: ${signed(p.points)}`,
  part_distance: (p) =>
    `${num(p.km)} km away (${p.basis === 'coordinates' ? 'by coordinates' : p.basis === 'community' ? 'same community' : p.basis === 'street' ? 'same street' : 'unknown, assumed'}): ${signed(p.points)}`,
  part_load: (p) => `load ${p.currentLoad} of ${p.maxLoad}: ${signed(p.points)}`,
  part_recent: (p) => `${p.count} assignment(s) in the last ${p.days} days: ${signed(p.points)}`,
  part_rating: (p) =>
    Number(p.count) > 0
      ? `rated ${num(p.average)} (${p.count} ratings): ${signed(p.points)}`
      : `not rated yet, counted as ${num(p.prior)}: ${signed(p.points)}`,
  candidate: (p) => `${p.name}: score ${num(p.score, 3)}. ${p.parts}`,
  team_candidate: (p) =>
    `Team ${p.name} (${p.members} member(s) free): score ${num(p.score, 3)}. ${p.parts}`,
  excluded: (p) => `${p.name}: excluded by the ${p.filterName} filter. ${p.reason}`,
  filter_skill: () => 'skill',
  filter_certificate: () => 'certificate',
  filter_availability: () => 'availability',
  filter_distance: () => 'distance',
  filter_load: () => 'load',
};

const catalogs: Readonly<Record<Locale, Catalog>> = { 'zh-CN': zhCN, en };

/** The separator between the score parts of an explanation. */
export const PART_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '；', en: '; ' };

/**
 * Builds a matching message (an input issue, an exclusion reason or a score part) in a
 * locale. An unknown code comes back as itself, so a missing translation shows in tests.
 */
export function formatMatchMessage(
  code: string,
  params: MatchMessageParams,
  locale: Locale,
): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : code;
}
