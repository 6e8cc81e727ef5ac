import type { MessageParams } from '../form/messages';
import type { Locale } from '../i18n/locale';
import { showValue as show } from '../i18n/message-values';
import type { ImportIssueSeverity } from './import-issues';

type Build = (params: MessageParams) => string;
interface Entry {
  readonly severity: ImportIssueSeverity;
  readonly 'zh-CN': Build;
  readonly en: Build;
}

const catalog: Readonly<Record<string, Entry>> = {
  // Whole documents
  not_json: {
    severity: 'warning',
    'zh-CN': (p) => `源文件不是有效的 JSON：${p.detail}。请检查括号、引号和逗号。`,
    en: (p) => `The source is not valid JSON: ${p.detail}. Check brackets, quotes and commas.`,
  },
  source_not_object: {
    severity: 'warning',
    'zh-CN': (p) =>
      `源文档必须是 JSON 对象（${p.expected}），实际是 ${p.received}。请确认导入的文件和 --from 是否正确。`,
    en: (p) =>
      `The source must be a JSON object (${p.expected}), not ${p.received}. Check that the file and --from are right.`,
  },
  no_fields: {
    severity: 'warning',
    'zh-CN': () =>
      '没有可以转换的字段，因此没有生成表单。请先处理上面的问题，或在 Yizhan 中直接新建表单。',
    en: () =>
      'No field could be translated, so no form was produced. Deal with the issues above, or build the form in Yizhan directly.',
  },
  title_missing: {
    severity: 'info',
    'zh-CN': (p) => `源文档没有标题，已使用 ${show(p.title)}。请在定义中改成表单的真实名称。`,
    en: (p) =>
      `The source has no title, so ${show(p.title)} was used. Change it to the form's real name.`,
  },
  key_renamed: {
    severity: 'info',
    'zh-CN': (p) =>
      `名称 ${show(p.from)} 不能作为 Yizhan 的字段键（须以英文字母开头，只含字母、数字和下划线），已改为 ${show(p.to)}。提交的数据会使用新键，请相应调整读取数据的程序。`,
    en: (p) =>
      `The name ${show(p.from)} is not a valid Yizhan key (a letter, then letters, digits or underscores), so it became ${show(p.to)}. Submitted data uses the new key: adjust any code that reads it.`,
  },
  property_ignored: {
    severity: 'warning',
    'zh-CN': (p) =>
      `属性 "${p.property}" 没有对应的 Yizhan 功能，未转换。如果它影响填写或校验，请在导入后的定义中手工实现。`,
    en: (p) =>
      `The property "${p.property}" has no Yizhan counterpart and was not translated. If it matters for filling in or checking, rebuild it by hand in the imported definition.`,
  },
  invalid_value: {
    severity: 'warning',
    'zh-CN': (p) =>
      `"${p.property}" 的取值 ${show(p.received)} 无法使用（需要${p.expected}），未转换。请修正源文档后重新导入。`,
    en: (p) =>
      `The value ${show(p.received)} of "${p.property}" cannot be used (expected ${p.expected}) and was not translated. Fix the source and import again.`,
  },
  refused_by_yizhan: {
    severity: 'warning',
    'zh-CN': (p) =>
      `转换结果不符合 Yizhan 表单格式，已删除${p.removed === 'item' ? '这一项' : ` "${p.removed}"`}：${p.detail} 请在导入后的定义中手工补上。`,
    en: (p) =>
      `The translation does not fit the Yizhan form format, so ${p.removed === 'item' ? 'this item' : `"${p.removed}"`} was removed: ${p.detail} Add it back by hand in the imported definition.`,
  },
  invalid_pattern: {
    severity: 'warning',
    'zh-CN': (p) =>
      `正则表达式 ${show(p.pattern)} 在 Yizhan 中无效（Yizhan 使用 Unicode 模式）：${p.detail}。请改写后手工加入 pattern 规则。`,
    en: (p) =>
      `The regular expression ${show(p.pattern)} is not valid in Yizhan (which uses Unicode mode): ${p.detail}. Rewrite it and add a pattern rule by hand.`,
  },
  empty_container: {
    severity: 'warning',
    'zh-CN': (p) =>
      `${p.what === 'page' ? '页面' : '分组'} "${p.name}" 中没有可以转换的内容，已省略。`,
    en: (p) =>
      `The ${p.what === 'page' ? 'page' : 'group'} "${p.name}" has nothing that could be translated, so it was left out.`,
  },
  nested_repeat: {
    severity: 'warning',
    'zh-CN': () =>
      'Yizhan 的重复组不能嵌套在另一个重复组中，这一项未转换。请把它改为顶层的重复组，或拆成单独的表单。',
    en: () =>
      'A Yizhan repeat group cannot sit inside another repeat group, so this was not translated. Make it a top-level repeat group or a separate form.',
  },
  data_flattened: {
    severity: 'info',
    'zh-CN': (p) =>
      `嵌套对象 "${p.from}" 已转换为分组，其中的字段键加上了前缀 "${p.prefix}"（如 ${show(p.example)}）。提交的数据是扁平的，请相应调整读取数据的程序。`,
    en: (p) =>
      `The nested object "${p.from}" became a section whose field keys start with "${p.prefix}" (such as ${show(p.example)}). Submitted data is flat: adjust any code that reads it.`,
  },
  options_as_text: {
    severity: 'info',
    'zh-CN': (p) =>
      `选项值 ${show(p.values)} 已转换为文本，提交的数据中也是文本。如需数字，请改用数字字段。`,
    en: (p) =>
      `The option values ${show(p.values)} became text, and are submitted as text. Use a number field if numbers are needed.`,
  },
  boolean_required: {
    severity: 'warning',
    'zh-CN': () =>
      '源文档要求必须回答“是”或“否”，而 Yizhan 勾选框的“必填”表示必须勾选，因此未转换必填。如需必须勾选（例如同意条款），请设置 "required": true。',
    en: () =>
      'The source requires a yes-or-no answer, but a required Yizhan checkbox must be ticked, so "required" was not translated. Set "required": true if the box must be ticked (a consent, say).',
  },
  // JSON Schema
  unsupported_keyword: {
    severity: 'warning',
    'zh-CN': (p) =>
      `JSON Schema 关键字 "${p.keyword}" 无法转换为 Yizhan 表单，未转换。条件逻辑请在导入后用 visibleIf 或 required 表达式实现。`,
    en: (p) =>
      `The JSON Schema keyword "${p.keyword}" cannot be translated into a Yizhan form and was left out. Rebuild conditions with visibleIf or required expressions after importing.`,
  },
  unsupported_type: {
    severity: 'warning',
    'zh-CN': (p) =>
      `类型 ${show(p.type)} 没有对应的 Yizhan 字段，此属性未转换。请改为 string、number、integer、boolean、枚举或对象数组。`,
    en: (p) =>
      `The type ${show(p.type)} has no Yizhan field, so this property was not translated. Use string, number, integer, boolean, an enum or an array of objects.`,
  },
  unresolved_ref: {
    severity: 'warning',
    'zh-CN': (p) =>
      `无法解析引用 ${show(p.ref)}：只支持本文档 "#/$defs/…"（或 "#/definitions/…"）中存在的定义。请把被引用的定义复制到 $defs 中。`,
    en: (p) =>
      `The reference ${show(p.ref)} cannot be resolved: only definitions under "#/$defs/…" (or "#/definitions/…") of this document are supported. Copy the definition into $defs.`,
  },
  ref_cycle: {
    severity: 'warning',
    'zh-CN': (p) => `引用 ${show(p.ref)} 指向自身（递归结构），表单无法表示，未转换。`,
    en: (p) =>
      `The reference ${show(p.ref)} leads back to itself (a recursive structure), which a form cannot show, so it was not translated.`,
  },
  unsupported_format: {
    severity: 'warning',
    'zh-CN': (p) =>
      `格式 "${p.format}" 没有对应的 Yizhan 字段，已转换为普通文本，不检查格式。如需检查，请加上 pattern 规则。`,
    en: (p) =>
      `The format "${p.format}" has no Yizhan field, so this became plain text and the format is not checked. Add a pattern rule to check it.`,
  },
  time_precision: {
    severity: 'info',
    'zh-CN': (p) =>
      `格式 "${p.format}" 已转换为 ${p.type} 字段：Yizhan 只记录到分钟，且使用表单所在时区的本地时间，不含秒和时区偏移。`,
    en: (p) =>
      `The format "${p.format}" became a ${p.type} field: Yizhan keeps minutes, in the form's local time, without seconds or a time-zone offset.`,
  },
  exclusive_bound: {
    severity: 'warning',
    'zh-CN': (p) =>
      `Yizhan 的范围规则包含边界，小数字段无法表示 "${p.keyword}": ${p.value}，未转换。请改用 minimum/maximum，或手工加一条表达式规则。`,
    en: (p) =>
      `Yizhan ranges include their bounds, so "${p.keyword}": ${p.value} on a decimal field was not translated. Use minimum/maximum, or add an expression rule by hand.`,
  },
  // SurveyJS
  unsupported_question_type: {
    severity: 'warning',
    'zh-CN': (p) =>
      `SurveyJS 题型 "${p.type}" 没有对应的 Yizhan 字段，未转换。请在 Yizhan 中选择相近的字段类型重新添加。`,
    en: (p) =>
      `The SurveyJS question type "${p.type}" has no Yizhan field and was not translated. Add it again in Yizhan with the closest field type.`,
  },
  unsupported_input_type: {
    severity: 'warning',
    'zh-CN': (p) =>
      `输入类型 "${p.inputType}" 没有对应的 Yizhan 字段，已转换为普通文本，不检查格式。`,
    en: (p) =>
      `The input type "${p.inputType}" has no Yizhan field, so this became plain text and its format is not checked.`,
  },
  tel_as_phone: {
    severity: 'info',
    'zh-CN': () =>
      '电话输入已转换为 Yizhan 的手机号码字段（11 位大陆手机号，按个人信息处理）。如需填写座机，请改为文本字段。',
    en: () =>
      'The telephone input became a Yizhan phone field (an 11-digit mainland mobile number, treated as personal data). Use a text field if landlines must be accepted.',
  },
  html_as_text: {
    severity: 'info',
    'zh-CN': () =>
      'HTML 内容已转换为纯文本：Yizhan 把定义中的文字当作数据显示，不解释标记。请检查文字是否仍然通顺。',
    en: () =>
      'The HTML became plain text: Yizhan shows text from definitions as data, never as markup. Check that it still reads well.',
  },
  locale_dropped: {
    severity: 'info',
    'zh-CN': (p) => `语言 "${p.locale}" 的文字未转换：Yizhan 目前支持 zh-CN 和 en。`,
    en: (p) => `The "${p.locale}" text was not translated: Yizhan supports zh-CN and en.`,
  },
  text_piping: {
    severity: 'warning',
    'zh-CN': (p) =>
      `文字中的占位符 ${show(p.placeholder)} 不会被替换为答案，会原样显示。请改写这段文字。`,
    en: (p) =>
      `The placeholder ${show(p.placeholder)} in this text is not replaced by an answer and shows as written. Reword the text.`,
  },
  unsupported_validator: {
    severity: 'warning',
    'zh-CN': (p) =>
      `校验器 "${p.validator}" 不适用于此字段或没有对应的 Yizhan 规则，未转换。请在导入后手工添加规则。`,
    en: (p) =>
      `The validator "${p.validator}" does not fit this field or has no Yizhan rule, so it was not translated. Add a rule by hand after importing.`,
  },
  choices_from_host: {
    severity: 'warning',
    'zh-CN': (p) =>
      `选项来自外部（${p.property}），已改为由宿主提供的数据源 "${p.source}"。请在宿主中注册这个数据源，或在定义中直接列出选项。`,
    en: (p) =>
      `The choices come from elsewhere (${p.property}), so they now come from a data source "${p.source}" that the host must provide. Register that source in the host, or list the options in the definition.`,
  },
  rating_as_integer: {
    severity: 'info',
    'zh-CN': (p) =>
      `评分范围 ${p.min}–${p.max}（步长 ${p.step}）不是 Yizhan 评分支持的 1–2…10 星，已转换为带范围规则的整数字段。`,
    en: (p) =>
      `The rating scale ${p.min}–${p.max} (step ${p.step}) is not a Yizhan rating of 1 to 2…10 stars, so it became a whole-number field with a range rule.`,
  },
  multiple_files: {
    severity: 'info',
    'zh-CN': (p) => `允许上传多个文件，Yizhan 每个字段最多 ${p.maximum} 个文件。`,
    en: (p) => `Several files are allowed; a Yizhan file field takes at most ${p.maximum}.`,
  },
  container_condition: {
    severity: 'warning',
    'zh-CN': (p) => `分组和页面不支持 "${p.property}"，未转换。请把这个条件加到其中每个字段上。`,
    en: (p) =>
      `Sections and pages do not take "${p.property}", so it was not translated. Put the condition on each field inside instead.`,
  },
  expression_syntax: {
    severity: 'warning',
    'zh-CN': (p) =>
      `无法读取 SurveyJS 表达式 ${show(p.expression)}：第 ${p.position} 列${p.found === null ? '表达式意外结束' : `的 ${show(p.found)} 不符合语法`}，未转换。请修正后重新导入，或在 Yizhan 中重写。`,
    en: (p) =>
      `The SurveyJS expression ${show(p.expression)} cannot be read: ${p.found === null ? 'it ends too early' : `${show(p.found)} is unexpected`} at column ${p.position}, so it was not translated. Fix it and import again, or rewrite it in Yizhan.`,
  },
  expression_unknown_name: {
    severity: 'warning',
    'zh-CN': (p) =>
      `表达式 ${show(p.expression)} 引用的 {${p.name}} 不是已转换的题目，此表达式未转换。请在 Yizhan 中改用现有字段重写。`,
    en: (p) =>
      `The expression ${show(p.expression)} uses {${p.name}}, which is not a translated question, so it was not translated. Rewrite it with existing fields in Yizhan.`,
  },
  expression_unsupported: {
    severity: 'warning',
    'zh-CN': (p) =>
      `表达式 ${show(p.expression)} 中的 ${show(p.construct)} 在 Yizhan 表达式语言中没有对应写法，此表达式未转换。请参考 docs/expressions.md 重写。`,
    en: (p) =>
      `The expression ${show(p.expression)} uses ${show(p.construct)}, which the Yizhan expression language cannot say, so it was not translated. Rewrite it (see docs/expressions.md).`,
  },
};

/** Every code an importer can report, for tests that check both locales. */
export const IMPORT_ISSUE_CODES: readonly string[] = Object.keys(catalog);

/** The severity of an import issue code; unknown codes count as warnings. */
export function importSeverity(code: string): ImportIssueSeverity {
  return catalog[code]?.severity ?? 'warning';
}

/** Builds the message of an import issue; an unknown code falls back to the code itself. */
export function formatImportMessage(code: string, params: MessageParams, locale: Locale): string {
  const entry = catalog[code];
  return entry ? entry[locale](params) : code;
}
