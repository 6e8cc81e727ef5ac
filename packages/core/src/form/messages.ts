import type { Locale } from '../i18n/locale';
import { listValues as list } from '../i18n/message-values';

/** Values a message is built from, such as the offending key or the allowed options. */
export type MessageParams = Readonly<Record<string, unknown>>;
/** Message builders by issue code, for one locale. */
export type MessageCatalog = Readonly<Record<string, (params: MessageParams) => string>>;

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
  // Answers
  not_an_integer: () => '需要一个整数，例如 1。',
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
  not_an_integer: () => 'Expected a whole number, for example 1.',
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

// Answer messages are always here; definition messages join when a module that reports
// definition problems (parseForm) is loaded, so a bundle that only validates answers
// does not carry them (see definition-messages.ts).
const catalogs: Record<Locale, Record<string, (params: MessageParams) => string>> = {
  'zh-CN': { ...zhCN },
  en: { ...en },
};

/** Adds message builders to the catalogs (the definition messages use this). */
export function addMessages(more: Readonly<Record<Locale, MessageCatalog>>): void {
  Object.assign(catalogs['zh-CN'], more['zh-CN']);
  Object.assign(catalogs.en, more.en);
}

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
