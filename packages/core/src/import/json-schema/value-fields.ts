import { type Draft, isDraft } from '../finish';
import { checkPattern, FEW_OPTIONS, optionValue, PATTERN_MESSAGE } from '../shared';
import type { JsonSchemaContext, Keywords } from './keywords';

/** A subschema's enum or labelled constants (`oneOf: [{ const, title }]`), if it has them. */
export interface Choices {
  readonly values: readonly unknown[];
  readonly labels: readonly unknown[];
  /** The keyword the values came from, for issue paths. */
  readonly keyword: string;
}

const isConstBranch = (branch: unknown): boolean =>
  isDraft(branch) &&
  Object.hasOwn(branch, 'const') &&
  Object.keys(branch).every((key) => ['const', 'title', 'description'].includes(key));

/** Reads `enum` (with `enumNames`/`x-enumNames`) or a `oneOf`/`anyOf` of constants. */
export function readChoices(keywords: Keywords): Choices | undefined {
  if (keywords.has('enum')) {
    const values = keywords.take('enum');
    const names = keywords.has('x-enumNames')
      ? keywords.take('x-enumNames')
      : keywords.take('enumNames');
    if (!Array.isArray(values) || values.length === 0) {
      keywords.invalid('enum', 'a non-empty list');
      return undefined;
    }
    return { values, labels: Array.isArray(names) ? names : [], keyword: 'enum' };
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches = keywords.node.schema[keyword];
    if (Array.isArray(branches) && branches.length > 0 && branches.every(isConstBranch)) {
      keywords.take(keyword);
      const list = branches as Draft[];
      return {
        values: list.map((branch) => branch.const),
        labels: list.map((branch) => branch.title),
        keyword,
      };
    }
  }
  return undefined;
}

/** Builds the options of a choice field, reporting values that cannot be options. */
export function buildOptions(
  choices: Choices,
  keywords: Keywords,
  context: JsonSchemaContext,
): Draft[] {
  const options: Draft[] = [];
  const converted: unknown[] = [];
  choices.values.forEach((raw, index) => {
    if (raw === null) return; // a nullable enum: "no answer" is not an option
    const value = optionValue(raw);
    const at =
      choices.keyword === 'enum'
        ? keywords.node.at('enum', index)
        : keywords.node.at(choices.keyword, index, 'const');
    if (value === undefined || options.some((option) => option.value === value)) {
      context.sink.add('invalid_value', at, {
        property: choices.keyword,
        expected: 'a distinct, non-empty text, number or boolean',
        received: raw,
      });
      return;
    }
    if (typeof raw !== 'string') converted.push(raw);
    const label = choices.labels[index];
    options.push({ value, label: typeof label === 'string' && label !== '' ? label : value });
  });
  if (converted.length > 0)
    context.sink.add('options_as_text', keywords.node.at(choices.keyword), { values: converted });
  return options;
}

/** A single-choice field: radio buttons for a few options, a drop-down for more. */
export function singleChoiceField(options: Draft[], keywords: Keywords): Draft {
  const field: Draft = { type: options.length <= FEW_OPTIONS ? 'radio' : 'select', options };
  const fallback = keywords.take('default');
  if (fallback !== undefined) field.default = optionValue(fallback) ?? fallback;
  return field;
}

const TEXT_FORMATS: Readonly<Record<string, string>> = {
  email: 'email',
  date: 'date',
  time: 'time',
  'date-time': 'datetime',
};

/** Reads a string subschema into a text, textarea, email, date, time or datetime field. */
export function stringField(keywords: Keywords, context: JsonSchemaContext): Draft {
  const format = keywords.take('format');
  let type = typeof format === 'string' ? TEXT_FORMATS[format] : undefined;
  if (format !== undefined && type === undefined)
    context.sink.add('unsupported_format', keywords.node.at('format'), { format });
  if (type === 'time' || type === 'datetime')
    context.sink.add('time_precision', keywords.node.at('format'), { format, type });
  const minLength = keywords.count('minLength', 0);
  const maxLength = keywords.count('maxLength', 1);
  type ??= maxLength !== undefined && maxLength > 200 ? 'textarea' : 'text';
  const field: Draft = { type };
  const textual = type === 'text' || type === 'textarea' || type === 'email';
  const rules: Draft[] = [];
  if (textual && (minLength || maxLength !== undefined)) {
    rules.push({
      type: 'length',
      ...(minLength ? { min: minLength } : {}),
      ...(maxLength ? { max: maxLength } : {}),
    });
  } else if (!textual) {
    // A date or time has a fixed form: a length says nothing a person could act on.
    for (const keyword of ['minLength', 'maxLength'])
      if (keywords.has(keyword))
        context.sink.add('property_ignored', keywords.node.at(keyword), { property: keyword });
  }
  const pattern = keywords.text('pattern');
  if (pattern !== undefined) {
    if (!textual)
      context.sink.add('property_ignored', keywords.node.at('pattern'), { property: 'pattern' });
    else if (checkPattern(pattern, keywords.node.at('pattern'), context.sink)) {
      const rule = { type: 'pattern', pattern, message: PATTERN_MESSAGE };
      context.origins.of(rule, keywords.node.at('pattern'));
      rules.push(rule);
    }
  }
  if (rules.length > 0) field.rules = rules;
  const examples = keywords.node.schema.examples;
  if (textual && Array.isArray(examples) && typeof examples[0] === 'string' && examples[0] !== '') {
    keywords.take('examples');
    field.placeholder = examples[0];
  }
  const fallback = keywords.take('default');
  if (fallback !== undefined) {
    field.default = fallback;
    context.origins.property(field, 'default', keywords.node.at('default'));
  }
  return field;
}

/** Reads a number or integer subschema; exclusive bounds are translated for integers only. */
export function numberField(
  type: 'number' | 'integer',
  keywords: Keywords,
  context: JsonSchemaContext,
): Draft {
  const field: Draft = { type };
  let min = keywords.number('minimum');
  let max = keywords.number('maximum');
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
    const bound = keywords.number(keyword);
    if (bound === undefined) continue;
    if (type === 'number') {
      context.sink.add('exclusive_bound', keywords.node.at(keyword), { keyword, value: bound });
      continue;
    }
    // For whole numbers, "more than 17" is "at least 18".
    if (keyword === 'exclusiveMinimum') {
      const inclusive = Math.floor(bound) + 1;
      min = min === undefined ? inclusive : Math.max(min, inclusive);
    } else {
      const inclusive = Math.ceil(bound) - 1;
      max = max === undefined ? inclusive : Math.min(max, inclusive);
    }
  }
  if (min !== undefined || max !== undefined) {
    const rule = {
      type: 'range',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    };
    context.origins.of(rule, keywords.node.at(keywords.has('minimum') ? 'minimum' : 'maximum'));
    field.rules = [rule];
  }
  const step = keywords.node.schema.multipleOf;
  if (type === 'integer' && step === 1) keywords.take('multipleOf');
  const fallback = keywords.take('default');
  if (fallback !== undefined) {
    field.default = fallback;
    context.origins.property(field, 'default', keywords.node.at('default'));
  }
  return field;
}

/** Reads a boolean subschema into a checkbox. */
export function booleanField(keywords: Keywords, context: JsonSchemaContext): Draft {
  const field: Draft = { type: 'checkbox' };
  const fallback = keywords.take('default');
  if (fallback !== undefined) {
    field.default = fallback;
    context.origins.property(field, 'default', keywords.node.at('default'));
  }
  return field;
}
