import { listValues as list, showValue as show } from '../i18n/message-values';
import { addMessages, type MessageCatalog } from './messages';

// The messages of problems in a definition: what parseForm reports. Kept apart from the
// answer messages so that a bundle which only renders and validates answers leaves them
// out; they join the catalogs when this module loads.
const zhCN: MessageCatalog = {
  // Definitions
  not_json: (p) => `定义不是有效的 JSON：${p.detail}。请检查括号、引号和逗号。`,
  not_an_object: () => '表单定义必须是一个 JSON 对象，例如 { "schemaVersion": 1, "fields": [] }。',
  missing_property: (p) => `缺少必填属性 "${p.property}"，请添加它。`,
  invalid_type: (p) => `类型错误：这里需要 ${p.expected}，实际是 ${p.received}。`,
  unknown_property: (p) => `未知属性 "${p.property}"，请删除它或检查拼写。`,
  unknown_field_type: (p) =>
    `未知的字段类型 ${show(p.received)}，请使用以下之一：${list(p.allowed, '、')}。`,
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
  invalid_field_key: (p) =>
    `字段键 ${show(p.received)} 无效：须以英文字母开头，只含字母、数字和下划线，最长 64 个字符，例如 "phone_number"。`,
  invalid_form_id: (p) =>
    `表单 id ${show(p.received)} 无效：只能用小写字母、数字和连字符，例如 "volunteer-signup"。`,
  invalid_check_name: (p) =>
    `校验名 ${show(p.received)} 无效：须以英文字母开头，例如 "phoneNotRegistered"。`,
  invalid_source_name: (p) =>
    `数据源名 ${show(p.received)} 无效：须以英文字母开头，例如 "streets"。`,
  empty_localized_text: () => '多语言文本至少要有 "zh-CN" 或 "en" 之一。',
  fields_or_pages: () => '表单需要 "fields"（单页）或 "pages"（分页）之一，且不能同时使用。',
  duplicate_key: (p) => `键 "${p.key}" 重复（首次出现在 ${p.first}），同一范围内每个键必须唯一。`,
  duplicate_option: (p) => `选项值 "${p.value}" 重复，同一字段的选项值必须唯一。`,
  default_not_an_option: (p) =>
    `默认值 ${show(p.value)} 不在选项中，请改为以下之一：${list(p.allowed, '、')}。`,
  nested_repeat: (p) => `重复组 "${p.key}" 不能放在另一个重复组里，请把它移到表单顶层。`,
  min_greater_than_max: (p) => `最小值 ${p.min} 大于最大值 ${p.max}，请调换或修改。`,
  rule_not_applicable: (p) =>
    `"${p.rule}" 规则不适用于 "${p.fieldType}" 类型的字段，请删除它或换一种规则。`,
  range_bound_type: (p) =>
    `范围的 ${p.bound} 需要是${p.expected === 'number' ? '数字' : 'ISO 格式文本（如 "2026-01-01"）'}。`,
  invalid_pattern: (p) => `正则表达式无效：${p.detail}。`,
  computed_cycle: (p) =>
    `计算字段互相依赖形成循环：${(p.cycle as string[]).join(' → ')}。请打破循环。`,
  invalid: (p) => `定义无效：${p.detail}`,
};

const en: MessageCatalog = {
  not_json: (p) =>
    `The definition is not valid JSON: ${p.detail}. Check brackets, quotes and commas.`,
  not_an_object: () =>
    'A form definition must be a JSON object, for example { "schemaVersion": 1, "fields": [] }.',
  missing_property: (p) => `The property "${p.property}" is required. Add it.`,
  invalid_type: (p) => `Expected ${p.expected} here, got ${p.received}.`,
  unknown_property: (p) => `Unknown property "${p.property}". Remove it or check its spelling.`,
  unknown_field_type: (p) =>
    `Unknown field type ${show(p.received)}. Use one of: ${list(p.allowed, ', ')}.`,
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
  invalid_field_key: (p) =>
    `The field key ${show(p.received)} is not valid: start with a letter and use only letters, digits and underscores, at most 64 characters, for example "phone_number".`,
  invalid_form_id: (p) =>
    `The form id ${show(p.received)} is not valid: use lowercase letters, digits and hyphens, for example "volunteer-signup".`,
  invalid_check_name: (p) =>
    `The check name ${show(p.received)} is not valid: start with a letter, e.g. "phoneNotRegistered".`,
  invalid_source_name: (p) =>
    `The data source name ${show(p.received)} is not valid: start with a letter, e.g. "streets".`,
  empty_localized_text: () => 'Localized text needs at least "zh-CN" or "en".',
  fields_or_pages: () => 'A form needs either "fields" (one page) or "pages" (a wizard), not both.',
  duplicate_key: (p) =>
    `The key "${p.key}" is used twice (first at ${p.first}). Keys must differ within their scope.`,
  duplicate_option: (p) =>
    `The option value "${p.value}" is used twice. Option values of one field must differ.`,
  default_not_an_option: (p) =>
    `The default ${show(p.value)} is not one of the options. Use one of: ${list(p.allowed, ', ')}.`,
  nested_repeat: (p) =>
    `The repeat group "${p.key}" cannot sit inside another repeat group. Move it to the top level.`,
  min_greater_than_max: (p) =>
    `The minimum ${p.min} is greater than the maximum ${p.max}. Swap or change them.`,
  rule_not_applicable: (p) =>
    `A "${p.rule}" rule does not apply to a "${p.fieldType}" field. Remove it or use another rule.`,
  range_bound_type: (p) =>
    `The range's ${p.bound} must be ${p.expected === 'number' ? 'a number' : 'ISO text such as "2026-01-01"'}.`,
  invalid_pattern: (p) => `The regular expression is not valid: ${p.detail}.`,
  computed_cycle: (p) =>
    `Computed values depend on each other in a circle: ${(p.cycle as string[]).join(' → ')}. Break the circle.`,
  invalid: (p) => `The definition is not valid: ${p.detail}`,
};

let added = false;

/**
 * Adds the definition messages to the catalogs, once. Loading this module does it; callers
 * call it too, so that a bundler that drops modules without used exports keeps this one.
 */
export function useDefinitionMessages(): void {
  if (added) return;
  added = true;
  addMessages({ 'zh-CN': zhCN, en });
}

useDefinitionMessages();
