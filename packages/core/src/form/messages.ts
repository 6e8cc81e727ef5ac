import type { Locale } from '../i18n/locale';
import { listValues as list, showValue as show } from '../i18n/message-values';

/** Values a message is built from, such as the offending key or the allowed options. */
export type MessageParams = Readonly<Record<string, unknown>>;
type MessageCatalog = Readonly<Record<string, (params: MessageParams) => string>>;

const bytes = (value: unknown): string => {
  const size = Number(value);
  return size >= 1024 * 1024
    ? `${(size / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(size / 1024)} KB`;
};

const zhTypes: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  boolean: '是或否',
  list: '列表',
  object: '对象',
  date: '日期',
  time: '时间',
  datetime: '日期时间',
};
const enTypes: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  list: 'a list',
  object: 'an object',
  date: 'a date',
  time: 'a time',
  datetime: 'a date and time',
};
const addressPartsZh: Readonly<Record<string, string>> = {
  region: '所在区域',
  building: '楼栋',
  unit: '单元',
  room: '房号',
  detail: '详细地址',
};

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
  not_an_integer: () => '需要一个整数，例如 1。',
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
  // Answers
  required: (p) =>
    p.part ? `请填写${addressPartsZh[String(p.part)] ?? p.part}。` : '此项为必填项，请填写。',
  must_be_checked: () => '请勾选此项后再提交。',
  too_long: (p) => `最多 ${p.maximum} 个字，请删减。`,
  too_short: (p) => `至少需要 ${p.minimum} 个字。`,
  too_few_items: (p) => `至少选择 ${p.minimum} 项。`,
  too_many_items: (p) => `最多 ${p.maximum} 项，请删减。`,
  too_few_choices: (p) => `至少选择 ${p.minimum} 项。`,
  too_many_choices: (p) => `最多选择 ${p.maximum} 项，请取消一些。`,
  duplicate_choice: () => '同一选项只能选一次。',
  below_minimum: (p) => `不能小于 ${p.minimum}。`,
  above_maximum: (p) => `不能大于 ${p.maximum}。`,
  not_an_option: (p) => `请从列表中选择：${list(p.allowed, '、')}。`,
  wrong_value_type: (p) => `这里需要${zhTypes[String(p.expected)] ?? p.expected}。`,
  invalid_email: () => '请输入有效的电子邮箱，例如 name@example.com。',
  invalid_phone: () => '请输入 11 位手机号码，例如 13812345678。',
  id_format: () => '身份证号码应为 18 位：17 位数字加最后一位数字或 X。',
  id_birth_date: () => '身份证号码中的出生日期无效，请核对第 7 到 14 位。',
  id_checksum: () => '身份证号码校验位不正确，请逐位核对。',
  invalid_date: () => '请输入有效日期，格式为 年-月-日，例如 2026-05-01。',
  invalid_time: () => '请输入有效时间，格式为 时:分，例如 09:30。',
  invalid_datetime: () => '请输入有效的日期和时间，例如 2026-05-01T09:30。',
  unknown_address_part: (p) => `地址中不需要 "${p.part}" 这一项。`,
  too_many_files: (p) => `最多上传 ${p.maximum} 个文件。`,
  file_too_large: (p) => `文件 "${p.name}" 太大，最大 ${bytes(p.maximum)}。`,
  file_type_not_accepted: (p) =>
    `文件 "${p.name}" 的类型不被接受，请上传：${(p.accept as string[]).join('、')}。`,
  pattern_mismatch: () => '格式不正确。',
  rule_failed: () => '填写的内容不符合要求。',
  too_few_rows: (p) => `至少需要 ${p.minimum} 条，请添加。`,
  too_many_rows: (p) => `最多 ${p.maximum} 条，请删除多余的。`,
  server_check_failed: () => '服务器校验未通过，请检查后重试。',
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
  required: (p) =>
    p.part ? `Please fill in the ${p.part}.` : 'This field is required. Please fill it in.',
  must_be_checked: () => 'Please tick this box to continue.',
  too_long: (p) => `Use at most ${p.maximum} characters.`,
  too_short: (p) => `Use at least ${p.minimum} characters.`,
  too_few_items: (p) => `Choose at least ${p.minimum}.`,
  too_many_items: (p) => `Use at most ${p.maximum} items.`,
  too_few_choices: (p) => `Choose at least ${p.minimum}.`,
  too_many_choices: (p) => `Choose at most ${p.maximum}. Untick some.`,
  duplicate_choice: () => 'Each option can be chosen only once.',
  below_minimum: (p) => `This must be at least ${p.minimum}.`,
  above_maximum: (p) => `This must be at most ${p.maximum}.`,
  not_an_option: (p) => `Choose one of: ${list(p.allowed, ', ')}.`,
  wrong_value_type: (p) => `Expected ${enTypes[String(p.expected)] ?? p.expected}.`,
  invalid_email: () => 'Enter a valid e-mail address, such as name@example.com.',
  invalid_phone: () => 'Enter an 11-digit mobile number, such as 13812345678.',
  id_format: () => 'A resident ID number has 18 characters: 17 digits, then a digit or X.',
  id_birth_date: () =>
    'The birth date inside this ID number is not valid. Check characters 7 to 14.',
  id_checksum: () => 'The last character of this ID number does not match. Check each digit.',
  invalid_date: () => 'Enter a valid date as year-month-day, such as 2026-05-01.',
  invalid_time: () => 'Enter a valid time as hours:minutes, such as 09:30.',
  invalid_datetime: () => 'Enter a valid date and time, such as 2026-05-01T09:30.',
  unknown_address_part: (p) => `This address does not ask for "${p.part}".`,
  too_many_files: (p) => `Upload at most ${p.maximum} file(s).`,
  file_too_large: (p) => `The file "${p.name}" is too large: at most ${bytes(p.maximum)}.`,
  file_type_not_accepted: (p) =>
    `The file "${p.name}" is not an accepted type. Upload: ${(p.accept as string[]).join(', ')}.`,
  pattern_mismatch: () => 'The format is not right.',
  rule_failed: () => 'This answer does not meet the requirement.',
  too_few_rows: (p) => `Add at least ${p.minimum} row(s).`,
  too_many_rows: (p) => `Use at most ${p.maximum} row(s). Remove the extra ones.`,
  server_check_failed: () => 'The server could not accept this answer. Check it and try again.',
};

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { 'zh-CN': zhCN, en };

/** Whether the message catalog knows a code (in zh-CN, which every code must have). */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(catalogs['zh-CN'], code);
}

/** Every message code, for tests that check both locales cover them all. */
export function messageCodes(locale: Locale): readonly string[] {
  return Object.keys(catalogs[locale]);
}

/**
 * Builds the message for an issue code in a locale. Unknown codes fall back to the code
 * itself, so a missing translation shows up in tests instead of as an empty string.
 */
export function formatMessage(code: string, params: MessageParams, locale: Locale): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : code;
}
