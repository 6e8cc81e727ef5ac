import type { Locale } from '../i18n/locale';

/** Values a message is built from, such as the offending key or the allowed options. */
export type MessageParams = Readonly<Record<string, unknown>>;
type MessageCatalog = Readonly<Record<string, (params: MessageParams) => string>>;

const list = (values: unknown, separator: string): string =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(separator) : String(values);
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

const zhCN: MessageCatalog = {
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
  not_an_integer: () => '需要一个整数，例如 1。',
  invalid_field_key: (p) =>
    `字段键 ${show(p.received)} 无效：须以英文字母开头，只含字母、数字和下划线，最长 64 个字符，例如 "phone_number"。`,
  invalid_form_id: (p) =>
    `表单 id ${show(p.received)} 无效：只能用小写字母、数字和连字符，例如 "volunteer-signup"。`,
  empty_localized_text: () => '多语言文本至少要有 "zh-CN" 或 "en" 之一。',
  duplicate_key: (p) => `字段键 "${p.key}" 重复（首次出现在 ${p.first}），每个字段的键必须唯一。`,
  duplicate_option: (p) => `选项值 "${p.value}" 重复，同一字段的选项值必须唯一。`,
  default_not_an_option: (p) =>
    `默认值 ${show(p.value)} 不在选项中，请改为以下之一：${list(p.allowed, '、')}。`,
  invalid: (p) => `定义无效：${p.detail}`,
  required: () => '此项为必填项，请填写。',
  must_be_checked: () => '请勾选此项后再提交。',
  too_long: (p) => `最多 ${p.maximum} 个字，请删减。`,
  not_an_option: (p) => `请从列表中选择：${list(p.allowed, '、')}。`,
  wrong_value_type: (p) => `需要${p.expected === 'boolean' ? '是或否' : '文本'}。`,
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
  not_an_integer: () => 'Expected a whole number, for example 1.',
  invalid_field_key: (p) =>
    `The field key ${show(p.received)} is not valid: start with a letter and use only letters, digits and underscores, at most 64 characters, for example "phone_number".`,
  invalid_form_id: (p) =>
    `The form id ${show(p.received)} is not valid: use lowercase letters, digits and hyphens, for example "volunteer-signup".`,
  empty_localized_text: () => 'Localized text needs at least "zh-CN" or "en".',
  duplicate_key: (p) =>
    `The field key "${p.key}" is used twice (first at ${p.first}). Every field needs its own key.`,
  duplicate_option: (p) =>
    `The option value "${p.value}" is used twice. Option values of one field must differ.`,
  default_not_an_option: (p) =>
    `The default ${show(p.value)} is not one of the options. Use one of: ${list(p.allowed, ', ')}.`,
  invalid: (p) => `The definition is not valid: ${p.detail}`,
  required: () => 'This field is required. Please fill it in.',
  must_be_checked: () => 'Please tick this box to continue.',
  too_long: (p) => `Use at most ${p.maximum} characters.`,
  not_an_option: (p) => `Choose one of: ${list(p.allowed, ', ')}.`,
  wrong_value_type: (p) => `Expected ${p.expected === 'boolean' ? 'yes or no' : 'text'}.`,
};

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { 'zh-CN': zhCN, en };

/**
 * Builds the message for an issue code in a locale. Unknown codes fall back to the code
 * itself, so a missing translation shows up in tests instead of as an empty string.
 */
export function formatMessage(code: string, params: MessageParams, locale: Locale): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : code;
}
