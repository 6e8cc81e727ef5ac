import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/locale';
import { pageSchemaOf, repeatSchemaOf, sectionSchemaOf } from './containers';
import {
  type FieldRule,
  fieldKeySchema,
  fieldObjectSchema,
  localizedTextSchema,
} from './field-base';
import type { FieldTypeDefinition, FieldTypeRegistry } from './field-type';
import type { AddressField } from './field-types/address';
import type { CheckboxField } from './field-types/checkbox';
import type {
  CheckboxGroupField,
  MultiselectField,
  RadioField,
  SelectField,
} from './field-types/choice';
import type { ComputedField, StaticField } from './field-types/display';
import type { FileField } from './field-types/file';
import type { IdNumberField, PhoneField } from './field-types/identity';
import type { IntegerField, NumberField, RatingField } from './field-types/number';
import type { DateField, DatetimeField, TimeField } from './field-types/temporal';
import type { EmailField, TextareaField, TextField } from './field-types/text';

/** The definition format version this build of Yizhan reads. */
export const FORM_SCHEMA_VERSION = 1;

/** A built-in field with a value or a display. */
export type BuiltInField =
  | TextField
  | TextareaField
  | EmailField
  | NumberField
  | IntegerField
  | RatingField
  | SelectField
  | RadioField
  | MultiselectField
  | CheckboxGroupField
  | CheckboxField
  | DateField
  | TimeField
  | DatetimeField
  | PhoneField
  | IdNumberField
  | AddressField
  | FileField
  | ComputedField
  | StaticField;

/** A field of a type a developer added with `defineFieldType`; its type is namespaced (`acme:color`). */
export interface CustomField {
  readonly type: `${string}:${string}`;
  readonly key: string;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly required?: boolean | string;
  readonly visibleIf?: string;
  readonly readonlyIf?: string;
  readonly pii?: boolean;
  readonly rules?: readonly FieldRule[];
  readonly [property: string]: unknown;
}

/** A titled group of items; it structures the page, not the data. */
export interface SectionItem {
  readonly type: 'section';
  readonly key: string;
  readonly title: LocalizedText;
  readonly help?: LocalizedText;
  readonly visibleIf?: string;
  readonly fields: readonly FormItem[];
}

/** A repeat group: a list of rows (family members, relay items), each with its own fields. */
export interface RepeatField {
  readonly type: 'repeat';
  readonly key: string;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly required?: boolean | string;
  readonly visibleIf?: string;
  readonly readonlyIf?: string;
  readonly pii?: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly addLabel?: LocalizedText;
  readonly fields: readonly FormItem[];
}

/** Anything that can stand in a form's list of fields. */
export type FormItem = BuiltInField | CustomField | SectionItem | RepeatField;
/** A form item that holds an answer or shows text (not a section). */
export type FieldDefinition = Exclude<FormItem, SectionItem>;

/** One page of a multi-page (wizard) form. */
export interface FormPage {
  readonly key: string;
  readonly title: LocalizedText;
  readonly visibleIf?: string;
  readonly fields: readonly FormItem[];
}

/** A form definition that `parseForm` accepted. It has `fields` or `pages`, never both. */
export interface FormDefinition {
  readonly schemaVersion: typeof FORM_SCHEMA_VERSION;
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly fields?: readonly FormItem[];
  readonly pages?: readonly FormPage[];
}

/** The pages of a form: its `pages`, or one page holding its `fields`. */
export function formPages(form: FormDefinition): readonly FormPage[] {
  return form.pages ?? [{ key: 'main', title: form.title, fields: form.fields ?? [] }];
}

/** Builds the zod schema of form definitions that use the field types of `registry`. */
export function buildFormSchema(registry: FieldTypeRegistry) {
  const fieldSchemas = [...registry.values()].map(
    (type: FieldTypeDefinition) => type.schema ?? fieldObjectSchema(type.type, type.config),
  );
  const item: () => z.core.$ZodType = () => itemSchema;
  const itemSchema: z.core.$ZodType = z.discriminatedUnion('type', [
    ...(fieldSchemas as [z.ZodMiniObject, ...z.ZodMiniObject[]]),
    sectionSchemaOf(item),
    repeatSchemaOf(item),
  ]);
  return z
    .strictObject({
      schemaVersion: z.literal(FORM_SCHEMA_VERSION),
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid_form_id' })),
      version: z.int().check(z.minimum(1)),
      title: localizedTextSchema,
      description: z.optional(localizedTextSchema),
      fields: z.optional(z.array(itemSchema).check(z.minLength(1))),
      pages: z.optional(z.array(pageSchemaOf(item)).check(z.minLength(1))),
    })
    .check(
      z.superRefine((form, context) => {
        if ((form.fields === undefined) === (form.pages === undefined)) {
          context.addIssue({ code: 'custom', path: [], params: { code: 'fields_or_pages' } });
        }
      }),
    );
}

export { fieldKeySchema, localizedTextSchema };
