import { describe, expect, it } from 'vitest';
import { EXPR_ISSUE_CODES, type ExprIssueCode, parseExpression } from '../../src/expr';
import { formEnv, rowEnv } from './environment';

/** One expression per issue code, with the code and column it must report. */
const CASES: readonly {
  code: ExprIssueCode;
  source: string;
  position: number;
  row?: boolean;
  expect?: 'boolean' | 'number';
}[] = [
  { code: 'empty_expression', source: '   ', position: 1 },
  { code: 'unexpected_character', source: 'age # 2', position: 5 },
  { code: 'use_operator', source: 'age = 60', position: 5 },
  { code: 'unterminated_string', source: "name == 'abc", position: 9 },
  { code: 'invalid_number', source: 'age > 1e999', position: 7 },
  { code: 'unexpected_token', source: 'age >= 60 adn consent', position: 11 },
  { code: 'unclosed_call', source: 'len(name', position: 9 },
  { code: 'unclosed_paren', source: '(age + 1', position: 9 },
  { code: 'unclosed_list', source: "category in ['a' 'b']", position: 18 },
  { code: 'chained_comparison', source: '18 <= age <= 60', position: 11 },
  { code: 'too_deep', source: `${'('.repeat(120)}1${')'.repeat(120)}`, position: 101 },
  { code: 'unknown_field', source: 'agee >= 60', position: 1 },
  { code: 'row_outside_repeat', source: '$row.qty > 0', position: 1 },
  { code: 'not_an_object', source: 'age.years > 1', position: 1 },
  { code: 'unknown_function', source: 'lenght(name) > 2', position: 1 },
  { code: 'wrong_argument_count', source: 'round(hours, 1, 2)', position: 1 },
  { code: 'argument_type', source: 'len(age) > 1', position: 5 },
  { code: 'operand_type', source: 'name - 1', position: 1 },
  { code: 'incomparable', source: 'name > 5', position: 6 },
  { code: 'mixed_operands', source: "name + 1 == 'x'", position: 6 },
  { code: 'pattern_not_literal', source: 'matches(phone, name)', position: 16 },
  { code: 'invalid_pattern', source: "matches(phone, '[0-9')", position: 16 },
  { code: 'not_boolean', source: 'age + 1', position: 1, expect: 'boolean' },
  { code: 'wrong_result_type', source: 'name', position: 1, expect: 'number' },
];

describe('expression issues', () => {
  it('has a case for every issue code', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual([...EXPR_ISSUE_CODES].sort());
  });

  it.each(CASES)('reports $code at column $position for $source', (c) => {
    const env = c.row ? rowEnv : formEnv;
    for (const locale of ['zh-CN', 'en'] as const) {
      const result = parseExpression(c.source, env, { locale, expect: c.expect });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toHaveLength(1);
      const [issue] = result.issues;
      expect(issue).toMatchObject({ code: c.code, path: '', params: { position: c.position } });
      // A real message that names the column (whole-expression issues have none).
      expect(issue?.message).not.toBe(c.code);
      if (!['empty_expression', 'not_boolean', 'wrong_result_type'].includes(c.code)) {
        expect(issue?.message).toContain(String(c.position));
      }
    }
  });

  const messages = (source: string, options: { expect?: 'boolean' | 'number' } = {}) =>
    (['en', 'zh-CN'] as const).map((locale) => {
      const result = parseExpression(source, formEnv, { ...options, locale });
      return result.ok ? 'ok' : result.issues.map((issue) => issue.message).join('\n');
    });

  it('explains syntax errors with their column, in both locales', () => {
    expect(messages('len(name')).toMatchInlineSnapshot(`
      [
        "Expected ")" to close the call of len at column 9, found end of input.",
        "第 9 列：len( 缺少右括号 ")"，但表达式已经结束。",
      ]
    `);
    expect(messages('len(name age)')).toMatchInlineSnapshot(`
      [
        "Expected ")" to close the call of len at column 10, found "age". Separate arguments with ",".",
        "第 10 列：len( 缺少右括号 ")"，这里却是 "age"；多个参数之间用 "," 分隔。",
      ]
    `);
    expect(messages('(age + 1')).toMatchInlineSnapshot(`
      [
        "Expected ")" at column 9 to close the "(" at column 1, found end of input.",
        "第 9 列：第 1 列的 "(" 缺少右括号 ")"，但表达式已经结束。",
      ]
    `);
    expect(messages("category in ['a' 'b']")).toMatchInlineSnapshot(`
      [
        "Expected "," or "]" at column 18 in the list that starts at column 13, found "'b'".",
        "第 18 列：第 13 列开始的列表缺少 "]"（列表项之间用 "," 分隔），这里却是 "'b'"。",
      ]
    `);
    expect(messages('age >= 60 adn consent')).toMatchInlineSnapshot(`
      [
        "Expected an operator or the end of the expression at column 11, found "adn".",
        "第 11 列：这里应是运算符或表达式结尾，这里却是 "adn"。",
      ]
    `);
    expect(messages('age >=')).toMatchInlineSnapshot(`
      [
        "Expected a value (a field, a number, text in quotes, a list or a function call) at column 7, found end of input.",
        "第 7 列：这里应是一个值（字段、数字、带引号的文字、列表或函数调用），但表达式已经结束。",
      ]
    `);
    expect(messages('address.')).toMatchInlineSnapshot(`
      [
        "Expected a field name after "." at column 9, found end of input.",
        "第 9 列：这里应是"." 后面的字段名，但表达式已经结束。",
      ]
    `);
    expect(messages('18 <= age <= 60')).toMatchInlineSnapshot(`
      [
        "Comparisons cannot be chained (the second "<=" at column 11). Join them with and, for example a < b and b < c.",
        "第 11 列：比较不能连写（第二个 "<="）。请用 and 连接，例如 a < b and b < c。",
      ]
    `);
    expect(messages("name == 'abc")).toMatchInlineSnapshot(`
      [
        "The text that starts at column 9 has no closing quote. Add ' at its end.",
        "第 9 列开始的文字缺少结束引号，请在末尾补上 '。",
      ]
    `);
    expect(messages('age # 2')).toMatchInlineSnapshot(`
      [
        "Unexpected character "#" at column 5. Remove it; write text in quotes, like 'abc'.",
        "第 5 列：无法识别的字符 "#"。请删除它；文字要放在引号里，例如 'abc'。",
      ]
    `);
    expect(messages('age > 1e999')).toMatchInlineSnapshot(`
      [
        "The number 1e999 at column 7 is too large.",
        "第 7 列：数字 1e999 太大。",
      ]
    `);
    expect(messages('')).toMatchInlineSnapshot(`
      [
        "The expression is empty. Write one, for example age >= 60.",
        "表达式是空的。请填写表达式，例如 age >= 60。",
      ]
    `);
    expect(messages(`${'('.repeat(120)}1${')'.repeat(120)}`)).toMatchInlineSnapshot(`
      [
        "The expression nests more than 100 levels deep at column 101. Split it, for example into computed fields.",
        "第 101 列：表达式嵌套超过 100 层。请拆分，例如拆成几个计算字段。",
      ]
    `);
  });

  it('suggests the operator people meant', () => {
    expect(messages('age = 60')).toMatchInlineSnapshot(`
      [
        "Write "==" instead of "=" at column 5.",
        "第 5 列：请把 "=" 改为 "=="。",
      ]
    `);
    expect(messages('consent && age > 60')).toMatchInlineSnapshot(`
      [
        "Write "and" instead of "&&" at column 9.",
        "第 9 列：请把 "&&" 改为 "and"。",
      ]
    `);
    expect(messages('age === 60')).toMatchInlineSnapshot(`
      [
        "Write "==" instead of "===" at column 5.",
        "第 5 列：请把 "===" 改为 "=="。",
      ]
    `);
    expect(messages('!consent')).toMatchInlineSnapshot(`
      [
        "Write "not" instead of "!" at column 1.",
        "第 1 列：请把 "!" 改为 "not"。",
      ]
    `);
    // Full-width punctuation from a Chinese input method.
    expect(messages('len（name) > 1')).toMatchInlineSnapshot(`
      [
        "Write "(" instead of "（" at column 4. Switch the input method to half-width (English) punctuation.",
        "第 4 列：请把 "（" 改为 "("。请切换到英文（半角）标点输入。",
      ]
    `);
  });

  it('counts columns in characters, so Chinese text before an error counts once per character', () => {
    const result = parseExpression("name == '王秀英' +", formEnv, { locale: 'en' });
    expect(result).toMatchObject({ ok: false, issues: [{ params: { position: 16 } }] });
    const emoji = parseExpression("name == '👍' #", formEnv, { locale: 'en' });
    expect(emoji).toMatchObject({ ok: false, issues: [{ params: { position: 13 } }] });
  });

  it('explains unknown names and lists the closest known ones', () => {
    expect(messages('agee >= 60')).toMatchInlineSnapshot(`
      [
        "Unknown field "agee" at column 1. Did you mean "age"?",
        "第 1 列：没有名为 "agee" 的字段。您是不是想写 "age"？",
      ]
    `);
    expect(messages('xyz >= 60')).toMatchInlineSnapshot(`
      [
        "Unknown field "xyz" at column 1. Check the field keys of the form.",
        "第 1 列：没有名为 "xyz" 的字段。请检查表单的字段键。",
      ]
    `);
    expect(messages('address.buiding == 5')).toMatchInlineSnapshot(`
      [
        ""address" has no field "buiding" (column 1). Did you mean "building"?",
        "第 1 列："address" 中没有字段 "buiding"。您是不是想写 "building"？",
      ]
    `);
    expect(messages('today == visitDate')).toMatchInlineSnapshot(`
      [
        "Unknown field "today" at column 1. Did you mean "today()"?",
        "第 1 列：没有名为 "today" 的字段。您是不是想写 "today()"？",
      ]
    `);
    expect(messages('lenght(name) > 2')).toMatchInlineSnapshot(`
      [
        "Unknown function "lenght" at column 1. Did you mean "len"?",
        "第 1 列：没有名为 "lenght" 的函数。您是不是想写 "len"？",
      ]
    `);
    expect(messages('foo(name)')).toMatchInlineSnapshot(`
      [
        "Unknown function "foo" at column 1. Check its spelling; names are case-sensitive, like startsWith.",
        "第 1 列：没有名为 "foo" 的函数。请检查拼写（区分大小写，例如 startsWith）。",
      ]
    `);
    expect(messages('$row.qty > 0')).toMatchInlineSnapshot(`
      [
        "$row can only be used inside a repeat group (column 1). Write the field name alone, or $form.key for a field of the form.",
        "第 1 列：$row 只能用在重复组（明细行）里。请直接写字段名，或用 $form.字段键 引用表单字段。",
      ]
    `);
    expect(messages('$form.agee > 0')).toMatchInlineSnapshot(`
      [
        ""$form" has no field "agee" (column 1). Did you mean "age"?",
        "第 1 列："$form" 中没有字段 "agee"。您是不是想写 "age"？",
      ]
    `);
    expect(messages('age.years > 1')).toMatchInlineSnapshot(`
      [
        ""age" is a number and has no fields, so ".years" cannot be read (column 1).",
        "第 1 列："age" 是数字，没有下级字段，不能读取 ".years"。",
      ]
    `);
  });

  it('explains type mismatches with the operand, its type and the operator', () => {
    expect(messages('name > 5')).toMatchInlineSnapshot(`
      [
        ""name" is text and cannot be compared with a number using > (column 6).",
        "第 6 列："name" 是文本，不能用 > 与数字比较。",
      ]
    `);
    expect(messages('name - 1')).toMatchInlineSnapshot(`
      [
        ""name" is text and cannot be used with -, which needs a number (column 1).",
        "第 1 列："name" 是文本，不能用于 -，- 需要数字。",
      ]
    `);
    expect(messages("name + 1 == 'x'")).toMatchInlineSnapshot(`
      [
        ""name" is text and "1" is a number: + adds two numbers or joins two texts (column 6). Use concat() to join text with other values, or number() to read text as a number.",
        "第 6 列："name" 是文本，"1" 是数字：+ 只能把两个数字相加或把两段文字相连。文字与其他值相连请用 concat()，把文字当数字用请用 number()。",
      ]
    `);
    expect(messages('category in [1, 2]')).toMatchInlineSnapshot(`
      [
        ""category" is text and cannot be compared with a list of numbers using in (column 10).",
        "第 10 列："category" 是文本，不能用 in 与数字列表比较。",
      ]
    `);
    expect(messages('age in 5')).toMatchInlineSnapshot(`
      [
        ""5" is a number and cannot be used with in, which needs a list (column 8).",
        "第 8 列："5" 是数字，不能用于 in，in 需要列表。",
      ]
    `);
    expect(messages('consent and age')).toMatchInlineSnapshot(`
      [
        ""age" is a number and cannot be used with and, which needs a yes/no value (column 13).",
        "第 13 列："age" 是数字，不能用于 and，and 需要是非值（true/false）。",
      ]
    `);
    expect(messages('len(age) > 1')).toMatchInlineSnapshot(`
      [
        "The 1st argument of len must be text or a list, but "age" is a number (column 5).",
        "第 5 列：len 的第 1 个参数应是文本或列表，但 "age" 是数字。",
      ]
    `);
    expect(messages('sum(skills) > 1')).toMatchInlineSnapshot(`
      [
        "The 1st argument of sum must be a list of numbers, but "skills" is a list of texts (column 5).",
        "第 5 列：sum 的第 1 个参数应是数字列表，但 "skills" 是文本列表。",
      ]
    `);
    expect(messages('round(hours, 1, 2)')).toMatchInlineSnapshot(`
      [
        "round takes 1 or 2 arguments, but 3 were given (column 1).",
        "第 1 列：round 需要 1 到 2 个参数，实际给了 3 个。",
      ]
    `);
    expect(messages('today(1)')).toMatchInlineSnapshot(`
      [
        "today takes no arguments, but 1 was given (column 1).",
        "第 1 列：today 不接受参数，请写成 today()。",
      ]
    `);
    expect(messages('concat()')).toMatchInlineSnapshot(`
      [
        "concat takes at least 1 argument, but none were given (column 1).",
        "第 1 列：concat 需要至少 1 个参数，实际给了 0 个。",
      ]
    `);
    expect(messages('matches(phone, name)')).toMatchInlineSnapshot(`
      [
        "The pattern of matches must be text in quotes, like matches(phone, '1[3-9]\\d{9}') (column 16).",
        "第 16 列：matches 的模式必须是带引号的文字，例如 matches(phone, '1[3-9]\\d{9}')。",
      ]
    `);
    expect(messages("matches(phone, '[0-9')")).toMatchInlineSnapshot(`
      [
        "The pattern "[0-9" at column 16 is not a valid regular expression. Check its brackets and backslashes.",
        "第 16 列：模式 "[0-9" 不是有效的正则表达式，请检查括号和反斜杠。",
      ]
    `);
  });

  it('explains a result of the wrong type', () => {
    expect(messages('age + 1', { expect: 'boolean' })).toMatchInlineSnapshot(`
      [
        "This condition must be true or false, but it gives a number. Compare with ==, <, in … for example age >= 60, or test with isEmpty(x).",
        "条件的结果必须是真或假（true/false），这里却是数字。请用 ==、<、in 等比较，例如 age >= 60，或用 isEmpty(x) 判断。",
      ]
    `);
    expect(messages('skills', { expect: 'boolean' })).toMatchInlineSnapshot(`
      [
        "This condition must be true or false, but it gives a list of texts. Compare with ==, <, in … for example age >= 60, or test with isEmpty(x).",
        "条件的结果必须是真或假（true/false），这里却是文本列表。请用 ==、<、in 等比较，例如 age >= 60，或用 isEmpty(x) 判断。",
      ]
    `);
    expect(messages('name', { expect: 'number' })).toMatchInlineSnapshot(`
      [
        "This expression must give a number, but it gives text. Convert with number(x) or string(x) if that is what you mean.",
        "此表达式的结果应是数字，这里却是文本。如需转换，请用 number(x) 或 string(x)。",
      ]
    `);
  });

  it('reports every checking problem, not only the first', () => {
    const result = parseExpression('agee > 1 and name - 1 > 0 and nope(1)', formEnv, {
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.params?.position])).toEqual([
      ['unknown_field', 1],
      ['operand_type', 14],
      ['unknown_function', 31],
    ]);
  });

  it('uses zh-CN when no locale is given', () => {
    const result = parseExpression('agee', formEnv);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^第 1 列/) }],
    });
  });
});
