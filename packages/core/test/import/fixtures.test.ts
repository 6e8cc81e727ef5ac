import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/form';
import { type ImportResult, importJsonSchema, importSurveyJs } from '../../src/import';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));

type Expected = readonly (readonly [severity: string, code: string, path: string])[];

// Every fixture, and every issue its import must report, in order.
const fixtures: Readonly<Record<string, Expected>> = {
  'volunteer-registration.schema.json': [
    ['warning', 'exclusive_bound', '/properties/weeklyHours/exclusiveMaximum'],
    ['info', 'time_precision', '/properties/availableFrom/format'],
    ['info', 'data_flattened', '/properties/address'],
    ['info', 'key_renamed', '/properties/emergency-contact'],
    ['info', 'key_renamed', '/properties/紧急联系电话'],
  ],
  'micro-wish-conditional.schema.json': [
    ['warning', 'invalid_pattern', '/properties/wish/pattern'],
    ['warning', 'invalid_value', '/properties/kind/enum/2'],
    ['warning', 'unresolved_ref', '/properties/contact/$ref'],
    ['warning', 'unsupported_format', '/properties/website/format'],
    ['warning', 'unsupported_type', '/properties/payment'],
    ['warning', 'unsupported_keyword', '/properties/payment/oneOf'],
    ['warning', 'unsupported_type', '/properties/tags/items'],
    ['warning', 'ref_cycle', '/$defs/node/properties/child/$ref'],
    ['info', 'data_flattened', '/properties/tree'],
    ['warning', 'unsupported_type', '/properties/reward/type'],
    ['warning', 'unsupported_type', '/properties/meta'],
    ['warning', 'property_ignored', '/properties/count/multipleOf'],
    ['warning', 'property_ignored', '/properties/count/x-widget'],
    ['warning', 'unsupported_keyword', '/if'],
    ['warning', 'unsupported_keyword', '/then'],
  ],
  'micro-wish.survey.json': [
    ['info', 'tel_as_phone', '/pages/0/elements/1/inputType'],
    ['info', 'tel_as_phone', '/pages/1/elements/6/inputType'],
    ['info', 'multiple_files', '/pages/1/elements/8/allowMultiple'],
    ['info', 'html_as_text', '/pages/1/elements/9/html'],
  ],
  'relay-order.survey.json': [
    ['info', 'data_flattened', '/pages/0/elements/0'],
    ['warning', 'expression_unknown_name', '/pages/0/elements/3/expression'],
    ['info', 'options_as_text', '/pages/0/elements/5/choices'],
  ],
  'service-evaluation.survey.json': [
    ['info', 'key_renamed', '/pages/0/elements/7/name'],
    ['warning', 'text_piping', '/pages/0/elements/1/title'],
    ['info', 'rating_as_integer', '/pages/0/elements/2'],
    ['warning', 'property_ignored', '/pages/0/elements/5/hasOther'],
    ['warning', 'choices_from_host', '/pages/0/elements/8/choicesByUrl'],
    ['warning', 'boolean_required', '/pages/0/elements/10/isRequired'],
    ['warning', 'unsupported_input_type', '/pages/0/elements/11/inputType'],
    ['warning', 'expression_unsupported', '/pages/0/elements/12/visibleIf'],
    ['warning', 'expression_unsupported', '/pages/0/elements/13/visibleIf'],
    ['warning', 'expression_syntax', '/pages/0/elements/14/visibleIf'],
    ['warning', 'expression_unknown_name', '/pages/0/elements/15/visibleIf'],
    ['warning', 'unsupported_question_type', '/pages/0/elements/16/type'],
    ['warning', 'unsupported_question_type', '/pages/0/elements/17/type'],
    ['warning', 'container_condition', '/pages/0/elements/18/enableIf'],
    ['warning', 'unsupported_question_type', '/pages/0/elements/19/elements/0/type'],
    ['warning', 'empty_container', '/pages/0/elements/19'],
    ['info', 'locale_dropped', '/pages/0/title/de'],
    ['warning', 'nested_repeat', '/pages/1/elements/0/templateElements/1'],
    ['warning', 'property_ignored', '/calculatedValues'],
    ['warning', 'property_ignored', '/triggers'],
    ['info', 'title_missing', ''],
    ['warning', 'refused_by_yizhan', '/pages/0/elements/9/defaultValue'],
    ['warning', 'refused_by_yizhan', '/pages/0/elements/7/visibleIf'],
  ],
};

const importFixture = (name: string, locale: 'zh-CN' | 'en'): ImportResult =>
  name.includes('.survey.')
    ? importSurveyJs(read(name), { locale })
    : importJsonSchema(read(name), { locale });

describe.each(Object.keys(fixtures))('importing fixtures/%s', (name) => {
  it.each(['zh-CN', 'en'] as const)('gives a definition parseForm accepts (%s)', (locale) => {
    const { definition } = importFixture(name, locale);
    expect(definition).toBeDefined();
    expect(parseForm(definition, { locale })).toMatchObject({ ok: true });
  });

  it.each(['zh-CN', 'en'] as const)('reports exactly the expected issues (%s)', (locale) => {
    const { issues } = importFixture(name, locale);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.path])).toEqual(fixtures[name]);
    // Every issue has a message of its own, not the bare code of a missing translation.
    for (const issue of issues) expect(issue.message).not.toBe(issue.code);
  });

  it('reads the document from JSON text as well as from a value', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
    const run = name.includes('.survey.') ? importSurveyJs : importJsonSchema;
    expect(run(text)).toEqual(run(JSON.parse(text)));
  });
});
