import * as z from 'zod/mini';
import { fieldObjectSchema, localizedTextSchema } from '../field-base';
import { defineFieldType } from '../field-type';
import type { RawIssue } from '../issues';
import { toJsonPointer } from '../json-pointer';
import { type OptionsDefinition, optionsSchema, staticOptionValues } from '../options';

const single = {
  options: optionsSchema,
  placeholder: z.optional(localizedTextSchema),
  default: z.optional(z.string()),
};
const multiple = {
  options: optionsSchema,
  default: z.optional(z.array(z.string())),
  minSelected: z.optional(z.int().check(z.minimum(0))),
  maxSelected: z.optional(z.int().check(z.minimum(1))),
};

/** Choose one option from a drop-down list. */
export const selectFieldSchema = fieldObjectSchema('select', single);
/** Choose one option from radio buttons. */
export const radioFieldSchema = fieldObjectSchema('radio', single);
/** Choose any number of options from a list. */
export const multiselectFieldSchema = fieldObjectSchema('multiselect', multiple);
/** Tick any number of options. */
export const checkboxGroupFieldSchema = fieldObjectSchema('checkbox-group', multiple);

/** A select field. */
export type SelectField = z.infer<typeof selectFieldSchema>;
/** A radio field. */
export type RadioField = z.infer<typeof radioFieldSchema>;
/** A multiselect field. */
export type MultiselectField = z.infer<typeof multiselectFieldSchema>;
/** A checkbox-group field. */
export type CheckboxGroupField = z.infer<typeof checkboxGroupFieldSchema>;

function oneOf(options: OptionsDefinition) {
  const values = staticOptionValues(options);
  if (!values) return z.string().check(z.minLength(1));
  const allowed = new Set(values);
  return z.string().check(
    z.refine((value) => allowed.has(value), {
      params: { code: 'not_an_option', allowed: values },
    }),
  );
}

function checkOptions(
  field: { options: OptionsDefinition; default?: string | string[] },
  path: readonly PropertyKey[],
): RawIssue[] {
  if (!Array.isArray(field.options)) return [];
  const issues: RawIssue[] = [];
  const values = new Set<string>();
  field.options.forEach((option, index) => {
    if (values.has(option.value)) {
      issues.push({
        code: 'duplicate_option',
        path: toJsonPointer([...path, 'options', index, 'value']),
        params: { value: option.value },
      });
    }
    values.add(option.value);
  });
  const defaults = field.default === undefined ? [] : [field.default].flat();
  for (const value of defaults) {
    if (!values.has(value)) {
      issues.push({
        code: 'default_not_an_option',
        path: toJsonPointer([...path, 'default']),
        params: { value, allowed: [...values] },
      });
    }
  }
  return issues;
}

function singleChoice(type: 'select' | 'radio') {
  return defineFieldType<SelectField | RadioField>({
    type,
    config: single,
    hasValue: true,
    value: (field) => oneOf(field.options),
    exprType: () => ({ kind: 'string' }),
    check: checkOptions,
  });
}

function multipleChoice(type: 'multiselect' | 'checkbox-group') {
  return defineFieldType<MultiselectField | CheckboxGroupField>({
    type,
    config: multiple,
    hasValue: true,
    value: (field) => {
      const checks: z.core.$ZodCheck<string[]>[] = [
        z.refine((items) => new Set(items).size === items.length, {
          params: { code: 'duplicate_choice' },
        }),
      ];
      if (field.minSelected !== undefined) {
        const minimum = field.minSelected;
        checks.push(
          z.refine((items) => items.length >= minimum, {
            params: { code: 'too_few_choices', minimum },
          }),
        );
      }
      if (field.maxSelected !== undefined) {
        const maximum = field.maxSelected;
        checks.push(
          z.refine((items) => items.length <= maximum, {
            params: { code: 'too_many_choices', maximum },
          }),
        );
      }
      return z.array(oneOf(field.options)).check(...checks);
    },
    exprType: () => ({ kind: 'list', item: { kind: 'string' } }),
    check: checkOptions,
  });
}

/** Select, radio, multiselect and checkbox-group field types. */
export const choiceFieldTypes = [
  singleChoice('select'),
  singleChoice('radio'),
  multipleChoice('multiselect'),
  multipleChoice('checkbox-group'),
];
