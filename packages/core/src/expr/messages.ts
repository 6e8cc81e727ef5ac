import type { Locale } from '../i18n/locale';
import type { ExprIssueCode } from './issue';
import { suggestNames } from './suggest';

type Params = Readonly<Record<string, unknown>>;
type Catalog = Readonly<Record<ExprIssueCode, (p: Params) => string>>;

const EN_TYPES: Readonly<Record<string, readonly [string, string]>> = {
  // [a value of this type, values of this type]
  string: ['text', 'texts'],
  number: ['a number', 'numbers'],
  boolean: ['a yes/no value', 'yes/no values'],
  date: ['a date', 'dates'],
  time: ['a time', 'times'],
  datetime: ['a date and time', 'dates and times'],
  null: ['empty (null)', 'empty values'],
  any: ['a value of any type', 'values'],
  object: ['a group of fields', 'rows'],
  scalar: ['a single value', 'single values'],
  list: ['a list', 'lists'],
};

const ZH_TYPES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  boolean: '是非值（true/false）',
  date: '日期',
  time: '时间',
  datetime: '日期时间',
  null: '空值（null）',
  any: '任意值',
  object: '一组字段',
  scalar: '单个值',
  list: '列表',
};

/** Words for a type as issue params write it (`number`, `list<date>`), in English. */
function enType(type: unknown, plural = false): string {
  const text = String(type);
  if (text.startsWith('list<') && text.endsWith('>')) {
    const inner = text.slice(5, -1);
    return plural ? 'lists' : `a list of ${enType(inner, true)}`;
  }
  const words = EN_TYPES[text] ?? [text, text];
  return plural ? words[1] : words[0];
}

function zhType(type: unknown): string {
  const text = String(type);
  if (text.startsWith('list<') && text.endsWith('>')) {
    const inner = text.slice(5, -1);
    return inner === 'object' ? '多行数据（列表）' : `${zhType(inner)}列表`;
  }
  return ZH_TYPES[text] ?? text;
}

const alternatives = (
  items: unknown,
  describe: (item: unknown) => string,
  or: string,
  comma: string,
) => {
  const words = (Array.isArray(items) ? items : [items]).map(describe);
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(comma)}${or}${words[words.length - 1]}`;
};
const enTypes = (items: unknown) => alternatives(items, (item) => enType(item), ' or ', ', ');
const zhTypes = (items: unknown) => alternatives(items, zhType, '或', '、');

const quoted = (items: unknown, or: string, comma: string) =>
  alternatives(items, (item) => `"${String(item)}"`, or, comma);

const enFound = (found: unknown) => (found === null ? 'end of input' : `"${String(found)}"`);
const zhFound = (found: unknown) =>
  found === null ? '但表达式已经结束' : `这里却是 "${String(found)}"`;

/**
 * What the writer probably meant: a function written without parentheses (`calls`), then
 * the known names (`candidates`) closest to the unknown `name`.
 */
const suggestionsOf = (p: Params): string[] => [
  ...(Array.isArray(p.calls) ? p.calls.map(String) : []),
  ...(Array.isArray(p.candidates)
    ? suggestNames(String(p.name ?? ''), p.candidates.map(String))
    : []),
];
const enSuggest = (p: Params) => {
  const suggestions = suggestionsOf(p);
  return suggestions.length > 0 ? ` Did you mean ${quoted(suggestions, ' or ', ', ')}?` : '';
};
const zhSuggest = (p: Params) => {
  const suggestions = suggestionsOf(p);
  return suggestions.length > 0 ? `您是不是想写 ${quoted(suggestions, ' 或 ', '、')}？` : '';
};

const EN_EXPECTED: Readonly<Record<string, string>> = {
  value: 'a value (a field, a number, text in quotes, a list or a function call)',
  operator: 'an operator or the end of the expression',
  field_name: 'a field name after "."',
};
const ZH_EXPECTED: Readonly<Record<string, string>> = {
  value: '一个值（字段、数字、带引号的文字、列表或函数调用）',
  operator: '运算符或表达式结尾',
  field_name: '"." 后面的字段名',
};

const ordinal = (n: unknown): string => {
  const i = Number(n);
  const suffix =
    i % 10 === 1 && i !== 11
      ? 'st'
      : i % 10 === 2 && i !== 12
        ? 'nd'
        : i % 10 === 3 && i !== 13
          ? 'rd'
          : 'th';
  return `${i}${suffix}`;
};

const enArity = (p: Params): string => {
  const min = Number(p.min);
  if (p.max === null) return `at least ${min} argument${min === 1 ? '' : 's'}`;
  const max = Number(p.max);
  if (max === 0) return 'no arguments';
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  return `${min} ${max === min + 1 ? 'or' : 'to'} ${max} arguments`;
};
const zhArity = (p: Params): string => {
  if (p.max === null) return `至少 ${p.min} 个参数`;
  if (p.min === p.max) return ` ${p.min} 个参数`;
  return ` ${p.min} 到 ${p.max} 个参数`;
};

const halfWidthHint = (found: unknown, text: string) =>
  /[^\x20-\x7e]/.test(String(found)) ? text : '';

const en: Catalog = {
  empty_expression: () => 'The expression is empty. Write one, for example age >= 60.',
  unexpected_character: (p) =>
    `Unexpected character "${p.found}" at column ${p.position}. Remove it; write text in quotes, like 'abc'.`,
  use_operator: (p) =>
    `Write "${p.suggestion}" instead of "${p.found}" at column ${p.position}.${halfWidthHint(p.found, ' Switch the input method to half-width (English) punctuation.')}`,
  unterminated_string: (p) =>
    `The text that starts at column ${p.position} has no closing quote. Add ${p.quote} at its end.`,
  invalid_number: (p) => `The number ${p.found} at column ${p.position} is too large.`,
  unexpected_token: (p) =>
    `Expected ${EN_EXPECTED[String(p.expected)] ?? p.expected} at column ${p.position}, found ${enFound(p.found)}.`,
  unclosed_call: (p) =>
    `Expected ")" to close the call of ${p.name} at column ${p.position}, found ${enFound(p.found)}.${p.found === null ? '' : ' Separate arguments with ",".'}`,
  unclosed_paren: (p) =>
    `Expected ")" at column ${p.position} to close the "(" at column ${p.open}, found ${enFound(p.found)}.`,
  unclosed_list: (p) =>
    `Expected "," or "]" at column ${p.position} in the list that starts at column ${p.open}, found ${enFound(p.found)}.`,
  chained_comparison: (p) =>
    `Comparisons cannot be chained (the second "${p.operator}" at column ${p.position}). Join them with and, for example a < b and b < c.`,
  too_deep: (p) =>
    `The expression nests more than ${p.limit} levels deep at column ${p.position}. Split it, for example into computed fields.`,
  unknown_field: (p) =>
    p.parent === undefined
      ? `Unknown field "${p.name}" at column ${p.position}.${enSuggest(p) || ' Check the field keys of the form.'}`
      : `"${p.parent}" has no field "${p.name}" (column ${p.position}).${enSuggest(p)}`,
  row_outside_repeat: (p) =>
    `$row can only be used inside a repeat group (column ${p.position}). Write the field name alone, or $form.key for a field of the form.`,
  not_an_object: (p) =>
    `"${p.operand}" is ${enType(p.type)} and has no fields, so ".${p.name}" cannot be read (column ${p.position}).`,
  unknown_function: (p) =>
    `Unknown function "${p.name}" at column ${p.position}.${enSuggest(p) || ' Check its spelling; names are case-sensitive, like startsWith.'}`,
  wrong_argument_count: (p) =>
    `${p.name} takes ${enArity(p)}, but ${p.received === 0 ? 'none were' : `${p.received} ${p.received === 1 ? 'was' : 'were'}`} given (column ${p.position}).`,
  argument_type: (p) =>
    `The ${ordinal(p.index)} argument of ${p.name} must be ${enTypes(p.expected)}, but "${p.operand}" is ${enType(p.type)} (column ${p.position}).`,
  operand_type: (p) =>
    `"${p.operand}" is ${enType(p.type)} and cannot be used with ${p.operator}, which needs ${enTypes(p.expected)} (column ${p.position}).`,
  incomparable: (p) =>
    `"${p.left}" is ${enType(p.leftType)} and cannot be compared with ${enType(p.rightType)} using ${p.operator} (column ${p.position}).`,
  mixed_operands: (p) =>
    `"${p.left}" is ${enType(p.leftType)} and "${p.right}" is ${enType(p.rightType)}: + adds two numbers or joins two texts (column ${p.position}). Use concat() to join text with other values, or number() to read text as a number.`,
  pattern_not_literal: (p) =>
    `The pattern of matches must be text in quotes, like matches(phone, '1[3-9]\\d{9}') (column ${p.position}).`,
  invalid_pattern: (p) =>
    `The pattern "${p.pattern}" at column ${p.position} is not a valid regular expression. Check its brackets and backslashes.`,
  not_boolean: (p) =>
    `This condition must be true or false, but it gives ${enType(p.type)}. Compare with ==, <, in … for example age >= 60, or test with isEmpty(x).`,
  wrong_result_type: (p) =>
    `This expression must give ${enType(p.expected)}, but it gives ${enType(p.type)}. Convert with number(x) or string(x) if that is what you mean.`,
};

const zhCN: Catalog = {
  empty_expression: () => '表达式是空的。请填写表达式，例如 age >= 60。',
  unexpected_character: (p) =>
    `第 ${p.position} 列：无法识别的字符 "${p.found}"。请删除它；文字要放在引号里，例如 'abc'。`,
  use_operator: (p) =>
    `第 ${p.position} 列：请把 "${p.found}" 改为 "${p.suggestion}"。${halfWidthHint(p.found, '请切换到英文（半角）标点输入。')}`,
  unterminated_string: (p) =>
    `第 ${p.position} 列开始的文字缺少结束引号，请在末尾补上 ${p.quote}。`,
  invalid_number: (p) => `第 ${p.position} 列：数字 ${p.found} 太大。`,
  unexpected_token: (p) =>
    `第 ${p.position} 列：这里应是${ZH_EXPECTED[String(p.expected)] ?? p.expected}，${zhFound(p.found)}。`,
  unclosed_call: (p) =>
    `第 ${p.position} 列：${p.name}( 缺少右括号 ")"，${zhFound(p.found)}${p.found === null ? '' : '；多个参数之间用 "," 分隔'}。`,
  unclosed_paren: (p) =>
    `第 ${p.position} 列：第 ${p.open} 列的 "(" 缺少右括号 ")"，${zhFound(p.found)}。`,
  unclosed_list: (p) =>
    `第 ${p.position} 列：第 ${p.open} 列开始的列表缺少 "]"（列表项之间用 "," 分隔），${zhFound(p.found)}。`,
  chained_comparison: (p) =>
    `第 ${p.position} 列：比较不能连写（第二个 "${p.operator}"）。请用 and 连接，例如 a < b and b < c。`,
  too_deep: (p) =>
    `第 ${p.position} 列：表达式嵌套超过 ${p.limit} 层。请拆分，例如拆成几个计算字段。`,
  unknown_field: (p) =>
    p.parent === undefined
      ? `第 ${p.position} 列：没有名为 "${p.name}" 的字段。${zhSuggest(p) || '请检查表单的字段键。'}`
      : `第 ${p.position} 列："${p.parent}" 中没有字段 "${p.name}"。${zhSuggest(p)}`,
  row_outside_repeat: (p) =>
    `第 ${p.position} 列：$row 只能用在重复组（明细行）里。请直接写字段名，或用 $form.字段键 引用表单字段。`,
  not_an_object: (p) =>
    `第 ${p.position} 列："${p.operand}" 是${zhType(p.type)}，没有下级字段，不能读取 ".${p.name}"。`,
  unknown_function: (p) =>
    `第 ${p.position} 列：没有名为 "${p.name}" 的函数。${zhSuggest(p) || '请检查拼写（区分大小写，例如 startsWith）。'}`,
  wrong_argument_count: (p) =>
    p.max === 0
      ? `第 ${p.position} 列：${p.name} 不接受参数，请写成 ${p.name}()。`
      : `第 ${p.position} 列：${p.name} 需要${zhArity(p)}，实际给了 ${p.received} 个。`,
  argument_type: (p) =>
    `第 ${p.position} 列：${p.name} 的第 ${p.index} 个参数应是${zhTypes(p.expected)}，但 "${p.operand}" 是${zhType(p.type)}。`,
  operand_type: (p) =>
    `第 ${p.position} 列："${p.operand}" 是${zhType(p.type)}，不能用于 ${p.operator}，${p.operator} 需要${zhTypes(p.expected)}。`,
  incomparable: (p) =>
    `第 ${p.position} 列："${p.left}" 是${zhType(p.leftType)}，不能用 ${p.operator} 与${zhType(p.rightType)}比较。`,
  mixed_operands: (p) =>
    `第 ${p.position} 列："${p.left}" 是${zhType(p.leftType)}，"${p.right}" 是${zhType(p.rightType)}：+ 只能把两个数字相加或把两段文字相连。文字与其他值相连请用 concat()，把文字当数字用请用 number()。`,
  pattern_not_literal: (p) =>
    `第 ${p.position} 列：matches 的模式必须是带引号的文字，例如 matches(phone, '1[3-9]\\d{9}')。`,
  invalid_pattern: (p) =>
    `第 ${p.position} 列：模式 "${p.pattern}" 不是有效的正则表达式，请检查括号和反斜杠。`,
  not_boolean: (p) =>
    `条件的结果必须是真或假（true/false），这里却是${zhType(p.type)}。请用 ==、<、in 等比较，例如 age >= 60，或用 isEmpty(x) 判断。`,
  wrong_result_type: (p) =>
    `此表达式的结果应是${zhType(p.expected)}，这里却是${zhType(p.type)}。如需转换，请用 number(x) 或 string(x)。`,
};

const catalogs: Readonly<Record<Locale, Catalog>> = { 'zh-CN': zhCN, en };

/** Builds the message of an expression issue in `locale`. */
export function formatExprMessage(code: ExprIssueCode, params: Params, locale: Locale): string {
  return catalogs[locale][code](params);
}
