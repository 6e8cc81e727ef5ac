import type { DescriptionTable } from '../describe-json-schema';

/**
 * What each property of a form definition means, by path (see `DescriptionTable`): the
 * descriptions of `schemas/form.schema.json`, shown by editors as a coordinator types and
 * in the generated reference (docs/reference/form.md). English, then Chinese. A field's
 * properties are under `field`, the schema's definition of one field of any type.
 */
export const FORM_DESCRIPTIONS: DescriptionTable = {
  // The document.
  schemaVersion:
    'Definition format version, always 1. A definition written for a newer format is refused with a message, never half-read. 定义格式版本，固定为 1；更新格式的定义会被拒绝并提示原因。',
  id: 'Form id: lowercase letters, digits and hyphens, up to 64, e.g. volunteer-signup. Flows refer to the form by it. 表单 id：小写字母、数字和连字符，如 volunteer-signup；流程用它引用表单。',
  version:
    'Version of this form, a whole number from 1; raise it when the form changes. Drafts in the browser are kept per id and version. 表单版本号（从 1 开始的整数），修改表单时递增；浏览器草稿按 id 和版本保存。',
  title:
    'Title shown above the form, e.g. 微心愿申请. Text, or one text per locale: {zh-CN, en}. 显示在表单上方的标题，如“微心愿申请”；可写一段文字，或按语言分别填写。',
  description:
    'Optional introduction shown under the title. Text, or {zh-CN, en}. 可选的说明文字，显示在标题下方；可按语言分别填写。',
  fields:
    'The items of a one-page form, in order: fields, sections, repeat groups, static text. Give fields or pages, not both. 单页表单的条目（按顺序）：字段、分组、重复组、静态文字；fields 与 pages 二选一。',
  pages:
    'The pages of a wizard (multi-page) form, in order. Give pages or fields, not both; answers of every page sit at the top level of the data. 分步（多页）表单的各页，按顺序；与 fields 二选一，各页答案都在数据顶层。',
  'pages[].key':
    "Page id: a letter, then letters, digits or _. Unique among the pages and the keys of the form's fields. 页面标识：字母开头，可含字母、数字和下划线；不能与其他页面或字段的 key 重复。",
  'pages[].title':
    "Heading of the page, also shown in the wizard's progress steps, e.g. 基本信息. Text, or {zh-CN, en}. 页面标题，也显示在分步进度中，如“基本信息”。",
  'pages[].visibleIf':
    'Expression; when it is not true the page is skipped and its answers are dropped, e.g. needHelp == true. 表达式：不为真时跳过该页，其中的答案被丢弃，如 needHelp == true。',
  'pages[].fields': 'The items of this page, in order. 本页的条目，按顺序排列。',

  // Every field.
  'field.type':
    'The kind of item: a field type such as text, number, select, date, address or file, or section, repeat, static, computed. 条目类型：text、number、select、date、address、file 等字段类型，或 section、repeat、static、computed。',
  'field.key':
    "Name of the answer in the submitted data and in expressions: a letter, then letters, digits or _. Unique in the form, or within one repeat group's rows. 答案在数据和表达式中的名称，字母开头；在表单内（或重复组的行内）唯一。",
  'field.label':
    'The question shown to the person filling in, e.g. 联系电话. Text, or {zh-CN, en}. 显示给填写人的问题或名称，如“联系电话”；可按语言分别填写。',
  'field.help':
    'Optional hint shown under the label, e.g. what to prepare. Text, or {zh-CN, en}. 可选的提示文字，显示在标签下方，如需要准备的材料。',
  'field.required':
    'Whether an answer is needed: true, or an expression that makes it needed when true, e.g. age(birthDate) >= 60. Blank text counts as no answer; a hidden field is never required. 是否必填：true，或为真时必填的表达式；空白视为未填，隐藏字段不必填。',
  'field.visibleIf':
    "Expression; the item shows only when it is true, e.g. category == 'elderly'. Answers of hidden items are dropped. 表达式：为真时才显示该条目；隐藏条目的答案会被丢弃。",
  'field.readonlyIf':
    'Expression; when true the field is shown read-only. Display only: a submitted answer is still accepted and validated. 表达式：为真时字段只读显示；仅影响界面，提交的答案仍会被接受并校验。',
  'field.pii':
    'true marks personal data (name, phone, ID number): masked in lists, logs and exports, and left out of drafts kept in the browser. 标记为个人信息：在列表、日志和导出中脱敏，也不存入浏览器草稿。',
  'field.rules':
    'Extra checks of a non-empty answer, run in order; the first that fails gives the message. Kinds: length, range, pattern, expression, async. 对非空答案的附加校验，按顺序执行，第一条不通过的给出提示。',
  'field.rules[].type':
    'Kind of rule: length (characters or list items), range (numbers, dates, times), pattern (regular expression), expression (a condition) or async (a server check). 规则类型：长度、范围、正则、条件表达式或服务端校验。',
  'field.rules[].min':
    'length: fewest characters (or list items). range: smallest value, a number for number, integer and rating, ISO text for date 2026-01-01, time 09:30, datetime 2026-01-01T09:30. 最少字符数（项数），或最小值（数字或 ISO 文本）。',
  'field.rules[].max':
    'length: most characters (or list items). range: largest value, a number for number, integer and rating, ISO text for date 2026-12-31, time 18:00, datetime 2026-12-31T18:00. 最多字符数（项数），或最大值（数字或 ISO 文本）。',
  'field.rules[].message':
    'Message shown when the rule fails, instead of the built-in one; needed for pattern and expression rules. Text, or {zh-CN, en}. 规则不通过时显示的提示，替换内置提示；pattern 和 expression 规则必填。',
  'field.rules[].pattern':
    'Regular expression (Unicode) the text must match, for text-like fields. Not anchored: add ^ and $ to match the whole text, e.g. ^[A-Z]{2}[0-9]{6}$. 文本类字段须匹配的正则表达式；不自动锚定，整段匹配请加 ^ 和 $。',
  'field.rules[].expression':
    'Condition that must be true for the answer to pass, e.g. endDate >= startDate; it may read any field. Checked only when this field has an answer. 答案通过所需为真的条件，如 endDate >= startDate；仅在本字段有答案时检查。',
  'field.rules[].check':
    "Name of a check the server registers, e.g. phoneNotRegistered. validate does not run it: the host runs it and reports failures, shown with this rule's message. 服务端注册的校验名称，如 phoneNotRegistered；由宿主执行并回报结果。",

  // The kinds of item.
  'field(type=text).type':
    'text: one line of text, at most 10,000 characters unless a length rule says otherwise. 单行文本，默认最多 10000 个字符。',
  'field(type=textarea).type':
    'textarea: several lines of text, such as the description of a 微心愿. 多行文本，如微心愿的描述。',
  'field(type=email).type':
    'email: an e-mail address such as name@example.org, at most 254 characters. 电子邮箱地址，最多 254 个字符。',
  'field(type=number).type':
    'number: a number, decimals allowed, e.g. service hours 2.5. 数字，可带小数，如服务时长 2.5。',
  'field(type=integer).type':
    'integer: a whole number, e.g. how many volunteers are needed. 整数，如所需志愿者人数。',
  'field(type=rating).type':
    'rating: 1 to max stars (default 5), as in a service evaluation. 评分：1 到 max 颗星（默认 5），如服务评价。',
  'field(type=select).type':
    "select: one option from a drop-down list; the answer is the option's value. 下拉单选，答案为所选选项的 value。",
  'field(type=radio).type':
    "radio: one option from radio buttons; the answer is the option's value. 单选按钮，答案为所选选项的 value。",
  'field(type=multiselect).type':
    'multiselect: any number of options from a list; the answer is a list of option values. 多选列表，答案为所选选项 value 的列表。',
  'field(type=checkbox-group).type':
    'checkbox-group: tick any number of options; the answer is a list of option values. 复选框组，答案为所选选项 value 的列表。',
  'field(type=checkbox).type':
    'checkbox: one yes/no box, answer true or false; required means it must be ticked (a consent). 单个勾选框，答案为 true 或 false；必填表示必须勾选（如同意声明）。',
  'field(type=date).type':
    'date: a calendar date, answer YYYY-MM-DD such as 2026-05-01; bounds go in a range rule. 日期，格式 YYYY-MM-DD，如 2026-05-01；上下限用 range 规则。',
  'field(type=time).type':
    'time: a time of day, answer HH:MM from 00:00 to 23:59. 一天中的时间，格式 HH:MM（00:00 到 23:59）。',
  'field(type=datetime).type':
    'datetime: a local date and time, answer YYYY-MM-DDTHH:MM such as 2026-05-01T09:30, without time zone. 本地日期时间，格式 YYYY-MM-DDTHH:MM，不带时区。',
  'field(type=phone).type':
    'phone: a mainland mobile number, 11 digits starting 13 to 19, e.g. 13812345678. Mark it pii. 中国大陆手机号（11 位，以 13 到 19 开头）；请标记 pii。',
  'field(type=id-number).type':
    'id-number: an 18-character resident ID number, its checksum and birth date checked. Mark it pii. 18 位居民身份证号，校验码和出生日期会被检查；请标记 pii。',
  'field(type=address).type':
    'address: a structured address such as 5栋1单元2103; the answer is an object of the asked parts (region, building, unit, room, detail). 结构化地址，答案为所问各部分组成的对象。',
  'field(type=file).type':
    'file: uploaded files (photos of a need, certificates), kept as a list of {name, size, type, ref}; the host uploads the bytes. 文件上传，答案为文件信息列表，文件由宿主上传。',
  'field(type=computed).type':
    'computed: a read-only value computed from other answers by its expression and included in the submitted data. 计算字段：由表达式根据其他答案计算，只读，随数据提交。',
  'field(type=static).type':
    'static: text shown between fields, such as a notice; it holds no answer. 静态文字，显示在字段之间（如注意事项），不产生答案。',
  'field(type=section).type':
    'section: groups items under a title; it structures the page, not the data, and can hide all it holds. 分组：在标题下归组条目，不改变数据结构，可整体隐藏。',
  'field(type=repeat).type':
    'repeat: a list of rows, each with its own fields, such as family members; the answer is a list of objects. 重复组：多行，每行有自己的字段（如家庭成员）；答案为对象列表。',

  // Properties whose meaning depends on the kind of item.
  'field(type=section).key':
    'Identifies the section (live state reports it at /key): a letter, then letters, digits or _, unique in its scope. It holds no data. 分组标识，字母开头，在所在范围内唯一；不产生数据。',
  'field(type=static).key':
    'Identifies the text item: a letter, then letters, digits or _, unique in its scope. It holds no answer. 静态文字的标识，字母开头，在所在范围内唯一；不产生答案。',
  'field(type=repeat).key':
    "Name of the list of rows in the data, e.g. family; unique in the form. In expressions family.name is the list of every row's name. 行列表在数据中的名称，在表单内唯一；表达式中 family.name 为各行 name 的列表。",
  'field(type=section).visibleIf':
    'Expression; when it is not true the section and everything in it are hidden, and their answers dropped. 表达式：不为真时隐藏整个分组及其中所有条目，答案被丢弃。',
  'field(type=checkbox).required':
    'true, or an expression: the box must be ticked, as for a consent; an unticked box counts as no answer. 必填（true 或表达式）表示必须勾选，如同意声明；未勾选视为未填。',
  'field(type=address).required':
    'true, or an expression. With true every part in requiredParts must be filled; with an expression only a wholly empty address is refused. 必填：为 true 时 requiredParts 各部分都须填写；为表达式时只拒绝全空的地址。',
  'field(type=repeat).required':
    'true, or an expression: at least one row is needed; minItems still applies. A hidden group is never required. 必填（true 或表达式）时至少需要一行；minItems 仍然有效。',
  'field(type=repeat).readonlyIf':
    'Expression; when true rows cannot be added, removed or moved; the fields in the rows keep their own readonlyIf. Display only. 表达式：为真时不能增删或移动行，行内字段仍按自己的 readonlyIf；仅影响界面。',
  'field(type=repeat).pii':
    'true masks the whole list in lists, logs and exports; to keep rows readable, mark the personal fields inside the rows instead. 为 true 时整个列表被脱敏；若要保留行内容，请改为标记行内的个人信息字段。',
  'field.placeholder':
    'Example text shown in the empty input, e.g. 请输入 11 位手机号; it is not an answer. Text, or {zh-CN, en}. 输入框为空时显示的示例文字，不作为答案。',
  'field(type=select).placeholder':
    'Text of the empty first choice of the list; default 请选择 (Please choose). Text, or {zh-CN, en}. 下拉列表第一个空选项的文字，默认“请选择”。',
  'field(type=radio).placeholder':
    "Accepted like select's, but radio buttons have no empty choice: the built-in element does not show it. 与 select 一样可写，但单选按钮没有空选项，内置组件不显示它。",
  'field.default':
    "Answer filled in when the form opens, in the field's answer format; the person can change it. In a repeat group, every new row starts with it. 打开表单（或新增重复组行）时预填的答案，可修改。",
  'field(type=number).default':
    'Number filled in when the form opens, e.g. 2. 打开表单时预填的数字，如 2。',
  'field(type=integer).default':
    'Whole number filled in when the form opens, e.g. 1. 打开表单时预填的整数，如 1。',
  'field(type=rating).default':
    'Stars chosen when the form opens, 1 to max. 打开表单时预选的星数（1 到 max）。',
  'field(type=select).default':
    "Value of the option chosen when the form opens; must be one of the listed options' values. 打开表单时预选的选项 value，须为所列选项之一。",
  'field(type=radio).default':
    "Value of the option chosen when the form opens; must be one of the listed options' values. 打开表单时预选的选项 value，须为所列选项之一。",
  'field(type=multiselect).default':
    'Option values chosen when the form opens, a list such as ["shopping"]; each must be a listed option\'s value. 打开表单时预选的选项 value 列表，每项须为所列选项之一。',
  'field(type=checkbox-group).default':
    'Option values ticked when the form opens, a list such as ["shopping"]; each must be a listed option\'s value. 打开表单时预先勾选的选项 value 列表，每项须为所列选项之一。',
  'field(type=checkbox).default':
    'true to show the box ticked when the form opens. 为 true 时打开表单即已勾选。',
  'field(type=date).default':
    'Date filled in when the form opens, YYYY-MM-DD such as 2026-05-01. 打开表单时预填的日期，格式 YYYY-MM-DD。',
  'field(type=time).default':
    'Time filled in when the form opens, HH:MM such as 09:30. 打开表单时预填的时间，格式 HH:MM。',
  'field(type=datetime).default':
    'Date and time filled in when the form opens, YYYY-MM-DDTHH:MM such as 2026-05-01T09:30. 打开表单时预填的日期时间，格式 YYYY-MM-DDTHH:MM。',
  'field(type=address).default':
    'Address parts filled in when the form opens, e.g. {"region": "幸福社区"}. 打开表单时预填的地址各部分，如所在社区。',
  'field.default.region':
    'Region filled in, such as the street or community (街道/社区), up to 100 characters. 预填的区域，如街道或社区，最多 100 个字符。',
  'field.default.building':
    'Building number filled in, e.g. 5 for 5栋, up to 100 characters. 预填的楼栋号，如 5 栋，最多 100 个字符。',
  'field.default.unit':
    'Unit (单元) number filled in, e.g. 1, up to 100 characters. 预填的单元号，如 1 单元，最多 100 个字符。',
  'field.default.room':
    'Room number filled in, e.g. 2103, up to 100 characters. 预填的房号，如 2103，最多 100 个字符。',
  'field.default.detail':
    'Rest of the address filled in as free text, up to 100 characters. 预填的详细地址（自由文字），最多 100 个字符。',
  'field.default.*':
    'Other keys are accepted and kept as given, but no part of the field shows them. 其他键会原样保留，但字段不会显示它们。',

  // Properties of some kinds of item.
  'field.rows':
    'Visible lines of the text area, 2 to 20; default 4. It does not limit the length. 文本框显示的行数（2 到 20，默认 4），不限制文字长度。',
  'field.step':
    'Increment for the number, a positive number such as 0.5. Not enforced: validation and the built-in input do not use it yet. 数字的步长（正数，如 0.5）；目前校验和内置输入框都不使用它。',
  'field.unit':
    'Unit shown after the input, e.g. 小时 or 元; not part of the answer. Text, or {zh-CN, en}. 显示在输入框后的单位，如“小时”或“元”，不计入答案。',
  'field.max':
    'Number of stars, 2 to 10; default 5. The answer is 1 to max. 星星数量（2 到 10，默认 5），答案为 1 到 max。',
  'field.options':
    'The choices: a list of {value, label}, or {source: name} for options the host provides at run time, such as the communities of a street. 选项：{value, label} 列表，或由宿主在运行时提供的 {source}（如街道下的社区）。',
  'field.options[].value':
    'What is stored when this option is chosen, e.g. shopping; unique in the list. Keep it stable: data and expressions use it. 选中时保存的值，如 shopping，在列表内唯一；数据和表达式都用它，请保持稳定。',
  'field.options[].label':
    'What the person sees for this option, e.g. 代买物品. Text, or {zh-CN, en}. 选项显示的文字，如“代买物品”；可按语言分别填写。',
  'field.options.source':
    'Name of an option list the host provides at run time, e.g. communities. Answers are then any non-empty text, not checked against a list. 宿主运行时提供的选项来源名称；此时答案不按固定列表校验。',
  'field.minSelected':
    'Fewest options to choose when the field is answered, 0 or more; an empty answer is refused only when required. 作答时至少选择的项数；未作答时只有必填才会被拒绝。',
  'field.maxSelected': 'Most options that may be chosen, 1 or more. 最多可选择的项数（至少 1）。',
  'field.parts':
    'Which parts to ask for, in the order shown: region, building, unit, room, detail; default building, unit, room. 要填写的地址部分及顺序：区域、楼栋、单元、房号、详细地址；默认楼栋、单元、房号。',
  'field.requiredParts':
    'Parts that must be filled when required is true; default every asked part. 当 required 为 true 时必须填写的部分，默认为所有要填写的部分。',
  'field.regionSource':
    'Name of an option list the host provides for the region part, shown as a drop-down (e.g. the communities of a street); the answer is not checked against it. 区域部分的选项来源名称，由宿主提供并显示为下拉框；答案不按该列表校验。',
  'field.accept':
    'Accepted file types as in an HTML file input: MIME types or extensions, e.g. ["image/*", ".pdf"]; absent or empty accepts all. 允许的文件类型（MIME 类型或扩展名，如全部图片或 .pdf 文件）；不填则不限。',
  'field.maxSize':
    'Largest accepted file, in bytes, e.g. 5242880 for 5 MB; no limit when absent. 单个文件的最大字节数，如 5242880 即 5 MB；不填则不限。',
  'field.maxFiles': 'Most files, 1 to 50; default 1. 最多可上传的文件数（1 到 50，默认 1）。',
  'field.expression':
    'Expression that gives the value, e.g. sum(items.qty) or age(birthDate); a submitted value is ignored. It may read other computed fields, not in a circle. 计算值的表达式；提交的值会被忽略；可引用其他计算字段，但不能循环。',
  'field.content':
    'The text shown, e.g. 服务前请与站长确认时间. Plain text, no markup. Text, or {zh-CN, en}. 显示的文字，如“服务前请与站长确认时间”；纯文本，不支持标记。',
  'field.title':
    'Heading of the section, e.g. 紧急联系人. Text, or {zh-CN, en}. 分组标题，如“紧急联系人”；可按语言分别填写。',
  'field.fields': 'The items inside this section or repeat group. 该分组或重复组内的条目。',
  'field(type=section).fields':
    'Items grouped under the title, in order. A section does not nest data: answers stay where the section is (top level, or a row), keys unique there. 标题下归组的条目；分组不嵌套数据，答案仍在所在层级，key 在该层级唯一。',
  'field(type=repeat).fields':
    "The fields of one row; keys unique within a row, no repeat group inside. In row expressions a bare name means the row's field first. 每行的字段，key 在行内唯一，不能嵌套重复组；行内表达式优先引用本行字段。",
  'field.minItems':
    'Fewest rows, 0 or more; the form opens with that many empty rows, and rows cannot be removed below it. 最少行数（0 或更多）；打开表单时预先生成这么多空行，行数不能删到更少。',
  'field.maxItems':
    'Most rows, 1 to 1000; the add button is disabled when the list is full. 最多行数（1 到 1000），满后不能再添加。',
  'field.addLabel':
    'Text of the add-a-row button, e.g. 添加一位家庭成员; default 添加一条 (Add a row). 添加行按钮的文字，如“添加一位家庭成员”，默认“添加一条”。',
};
