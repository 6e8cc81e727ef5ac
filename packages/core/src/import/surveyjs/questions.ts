import { type Draft, isDraft } from '../finish';
import { compact, MAX_FILES, optionValue, pointer } from '../shared';
import { negate, translateExpression } from './expression-translate';
import type { Plan } from './names';
import { ratingScale, surveyType } from './question-types';
import type { Properties, SurveyEnv } from './survey-env';
import { translateValidators } from './validators';

/**
 * Reads `visibleIf`/`visible`, and for fields `enableIf`/`readOnly` (→ `readonlyIf`), into
 * `item`. Sections and pages report their other conditions; computed values and static
 * text are read-only anyway, so for them `enableIf` and `readOnly` change nothing.
 */
export function translateConditions(
  props: Properties,
  item: Draft,
  env: SurveyEnv,
  mode: 'field' | 'container' | 'display',
): void {
  const condition = (name: string) => {
    const source = props.take(name);
    if (source === undefined) return undefined;
    const translated = translateExpression(source, env.scope, props.at(name), env.sink);
    if (translated)
      env.origins.property(item, name === 'enableIf' ? 'readonlyIf' : name, props.at(name));
    return translated;
  };
  const visible = condition('visibleIf');
  if (visible) item.visibleIf = visible.text;
  else if (props.take('visible') === false) item.visibleIf = 'false';
  props.take('visible');
  if (mode === 'display') {
    props.take('enableIf');
    props.take('readOnly');
  }
  if (mode === 'container') {
    for (const name of ['enableIf', 'requiredIf', 'readOnly', 'isRequired'])
      if (props.element[name] !== undefined && props.element[name] !== false) {
        props.take(name);
        env.sink.add('container_condition', props.at(name), { property: name });
      }
    return;
  }
  const enabled = condition('enableIf');
  if (props.take('readOnly') === true) item.readonlyIf = 'true';
  else if (enabled) item.readonlyIf = negate(enabled);
}

/** Reads SurveyJS choices (`"a"`, `3`, `{ "value": …, "text": … }`) into Yizhan options. */
function translateChoices(list: unknown, path: string, env: SurveyEnv): Draft[] {
  if (!Array.isArray(list)) return [];
  const options: Draft[] = [];
  const converted: unknown[] = [];
  list.forEach((choice, index) => {
    const at = pointer(path, index);
    const raw = isDraft(choice) ? choice.value : choice;
    const value = optionValue(raw);
    if (value === undefined || options.some((option) => option.value === value)) {
      env.sink.add('invalid_value', at, {
        property: 'choices',
        expected: 'a distinct, non-empty value',
        received: raw,
      });
      return;
    }
    if (typeof raw !== 'string') converted.push(raw);
    if (isDraft(choice))
      for (const name of Object.keys(choice))
        if (name !== 'value' && name !== 'text')
          env.sink.add('property_ignored', pointer(at, name), { property: name });
    const label = isDraft(choice) ? env.text.read(choice.text, pointer(at, 'text')) : undefined;
    options.push({ value, label: label ?? value });
  });
  if (converted.length > 0) env.sink.add('options_as_text', path, { values: converted });
  return options;
}

function choiceField(
  type: string,
  key: string,
  props: Properties,
  env: SurveyEnv,
): Draft | undefined {
  const field: Draft = { type };
  const byUrl = props.take('choicesByUrl');
  let options: unknown = translateChoices(props.take('choices'), props.at('choices'), env);
  if (byUrl !== undefined || props.element.choicesFromQuestion !== undefined) {
    const property = byUrl !== undefined ? 'choicesByUrl' : 'choicesFromQuestion';
    props.take('choicesFromQuestion');
    props.take('choicesFromQuestionMode');
    if ((options as Draft[]).length > 0)
      env.sink.add('property_ignored', props.at(property), { property });
    else {
      options = { source: key };
      env.sink.add('choices_from_host', props.at(property), { property, source: key });
    }
  }
  if (Array.isArray(options) && options.length === 0) {
    env.sink.add('invalid_value', props.at('choices'), {
      property: 'choices',
      expected: 'at least one choice',
      received: props.element.choices,
    });
    return undefined;
  }
  field.options = options;
  const placeholder = env.text.read(
    props.take('placeholder') ?? props.take('optionsCaption'),
    props.at('placeholder'),
  );
  props.take('optionsCaption');
  if (placeholder !== undefined && (type === 'select' || type === 'radio'))
    field.placeholder = placeholder;
  if (type === 'multiselect' || type === 'checkbox-group') {
    field.minSelected = props.count('minSelectedChoices', 1);
    field.maxSelected = props.count('maxSelectedChoices', 1);
  }
  return field;
}

function textField(type: string, props: Properties, env: SurveyEnv): Draft {
  const field: Draft = { type };
  props.take('inputType');
  const input = props.element.inputType;
  if (type === 'phone') {
    env.sink.add('tel_as_phone', props.at('inputType'));
    field.pii = true;
    props.take('maxLength');
  } else if (type === 'text' && typeof input === 'string' && input.toLowerCase() !== 'text') {
    env.sink.add('unsupported_input_type', props.at('inputType'), { inputType: input });
  }
  const placeholder = env.text.read(props.take('placeholder'), props.at('placeholder'));
  if (placeholder !== undefined && !['date', 'time', 'datetime'].includes(type))
    field.placeholder = placeholder;
  const maxLength = props.count('maxLength', 0);
  if (maxLength && ['text', 'textarea', 'email'].includes(type))
    field.rules = [{ type: 'length', max: maxLength }];
  if (type === 'textarea') {
    const rows = props.count('rows', 1);
    if (rows !== undefined) field.rows = Math.min(20, Math.max(2, rows));
  }
  const ordered = ['number', 'integer', 'date', 'time', 'datetime'].includes(type);
  const bound = (name: string) => {
    const value = props.take(name);
    if (value === undefined || !ordered)
      return value === undefined
        ? undefined
        : env.sink.add('property_ignored', props.at(name), { property: name });
    if (type === 'number' || type === 'integer')
      return typeof value === 'number' ? value : Number(value);
    return typeof value === 'string' ? value : undefined;
  };
  const min = bound('min');
  const max = bound('max');
  if (
    (typeof min === 'number' && Number.isFinite(min)) ||
    typeof min === 'string' ||
    (typeof max === 'number' && Number.isFinite(max)) ||
    typeof max === 'string'
  ) {
    const rule = compact({ type: 'range', min: min ?? undefined, max: max ?? undefined });
    env.origins.of(rule, props.at(min !== undefined ? 'min' : 'max'));
    field.rules = [...((field.rules as Draft[] | undefined) ?? []), rule];
  }
  const step = props.take('step');
  if (type === 'number' && typeof step === 'number' && step > 0) field.step = step;
  return field;
}

function ratingField(type: string, props: Properties, env: SurveyEnv): Draft | undefined {
  for (const name of ['rateMin', 'rateMax', 'rateStep', 'rateCount']) props.take(name);
  if (type === 'radio') {
    const options = translateChoices(props.take('rateValues'), props.at('rateValues'), env);
    return options.length > 0 ? { type, options } : undefined;
  }
  const { min, max, step } = ratingScale(props.element);
  if (type === 'rating') return max === 5 ? { type } : { type, max };
  env.sink.add('rating_as_integer', props.path, { min, max, step });
  return { type, rules: [{ type: 'range', min, max }] };
}

function fileField(props: Properties, env: SurveyEnv): Draft {
  const field: Draft = { type: 'file' };
  const accepted = props.take('acceptedTypes');
  if (typeof accepted === 'string' && accepted.trim() !== '')
    field.accept = accepted
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  field.maxSize = props.count('maxSize', 1);
  if (props.take('allowMultiple') === true) {
    field.maxFiles = MAX_FILES;
    env.sink.add('multiple_files', props.at('allowMultiple'), { maximum: MAX_FILES });
  }
  return field;
}

/** Markup as plain text: line breaks kept, tags dropped, the common entities decoded. */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function staticItem(plan: Plan, props: Properties, env: SurveyEnv): Draft | undefined {
  const html = props.take('html');
  const strip = (text: unknown) => (typeof text === 'string' ? htmlToText(text) : text);
  const stripped =
    typeof html === 'string'
      ? strip(html)
      : isDraft(html)
        ? Object.fromEntries(Object.entries(html).map(([code, text]) => [code, strip(text)]))
        : undefined;
  const content = env.text.read(stripped, props.at('html'));
  if (content === undefined) {
    env.sink.add('invalid_value', props.at('html'), {
      property: 'html',
      expected: 'text',
      received: html,
    });
    return undefined;
  }
  if (JSON.stringify(html).includes('<')) env.sink.add('html_as_text', props.at('html'));
  const item: Draft = { type: 'static', key: plan.key, content };
  translateConditions(props, item, env, 'display');
  return item;
}

/**
 * Translates a SurveyJS question that holds a value (or shows text) into a Yizhan field,
 * with its title, description, required, conditions, default and validators.
 */
export function translateValueQuestion(
  props: Properties,
  plan: Plan,
  env: SurveyEnv,
): Draft | undefined {
  if (plan.type === 'static') return staticItem(plan, props, env);
  const name = props.element.name;
  const label =
    env.text.read(props.take('title'), props.at('title')) ??
    (typeof name === 'string' && name !== '' ? name : plan.key);
  const help = env.text.read(props.take('description'), props.at('description'));
  let field: Draft | undefined;
  const kind = surveyType(props.element);
  if (plan.type === 'computed') {
    const expression = translateExpression(
      props.take('expression'),
      env.scope,
      props.at('expression'),
      env.sink,
    );
    if (!expression) return undefined;
    field = { type: 'computed', expression: expression.text };
  } else if (kind === 'rating') field = ratingField(plan.type, props, env);
  else if (['select', 'radio', 'multiselect', 'checkbox-group'].includes(plan.type))
    field = choiceField(plan.type, plan.key, props, env);
  else if (plan.type === 'checkbox') {
    field = { type: 'checkbox' };
    for (const name of ['isRequired', 'requiredIf'])
      if (props.element[name] !== undefined && props.element[name] !== false) {
        props.take(name);
        env.sink.add('boolean_required', props.at(name));
      }
  } else if (plan.type === 'file') field = fileField(props, env);
  else field = textField(plan.type, props, env);
  if (!field) return undefined;
  const { type, ...rest } = field;
  const item: Draft = compact({ type, key: plan.key, label, help, ...rest });
  env.origins.of(item, props.path);
  if (type === 'checkbox') translateConditions(props, item, env, 'field');
  else if (type !== 'computed') {
    const requiredIf = props.take('requiredIf');
    const required =
      requiredIf === undefined
        ? undefined
        : translateExpression(requiredIf, env.scope, props.at('requiredIf'), env.sink);
    if (required) {
      item.required = required.text;
      env.origins.property(item, 'required', props.at('requiredIf'));
    } else if (props.take('isRequired') === true) item.required = true;
    props.take('isRequired');
    translateConditions(props, item, env, 'field');
  } else translateConditions(props, item, env, 'display');
  const fallback = props.take('defaultValue');
  if (fallback !== undefined && type !== 'computed' && type !== 'file') {
    item.default = Array.isArray(fallback)
      ? fallback.map((v) => optionValue(v) ?? v)
      : ['select', 'radio'].includes(String(type))
        ? (optionValue(fallback) ?? fallback)
        : fallback;
    env.origins.property(item, 'default', props.at('defaultValue'));
  }
  translateValidators(props.take('validators'), props.at('validators'), item, env);
  return item;
}
