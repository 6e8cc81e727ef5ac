/** Form definitions: the format, `parseForm`, `compileForm` and field types. */

export { checkFormDefinition } from './form/check-form';
export {
  type AsyncCheck,
  type CompiledForm,
  type CompileFormOptions,
  compileForm,
  type LiveState,
  type SubmissionData,
  type ValidateOptions,
} from './form/compile-form';
export { FORM_SCHEMA_ID, formDefinitionJsonSchema } from './form/definition-json-schema';
export {
  type FieldRule,
  fieldBaseShape,
  fieldObjectSchema,
  localizedTextSchema,
  ruleSchema,
} from './form/field-base';
export {
  type BaseField,
  defineFieldType,
  type FieldTypeDefinition,
  type FieldTypeRegistry,
  isBlank,
} from './form/field-type';
export {
  ADDRESS_PARTS,
  type AddressField,
  type AddressPart,
  type AddressValue,
  addressParts,
} from './form/field-types/address';
export type { CheckboxField } from './form/field-types/checkbox';
export type {
  CheckboxGroupField,
  MultiselectField,
  RadioField,
  SelectField,
} from './form/field-types/choice';
export type { ComputedField, StaticField } from './form/field-types/display';
export { acceptsFile, type FileField, type FileValue } from './form/field-types/file';
export type { IdNumberField, PhoneField } from './form/field-types/identity';
export {
  type IntegerField,
  type NumberField,
  type RatingField,
  ratingMax,
} from './form/field-types/number';
export type { DateField, DatetimeField, TimeField } from './form/field-types/temporal';
export type { EmailField, TextareaField, TextField } from './form/field-types/text';
export { FORM_DESCRIPTIONS } from './form/form-descriptions';
export type { CheckResult, Issue } from './form/issues';
export { toJsonPointer } from './form/json-pointer';
export { maskPersonalData, maskValue } from './form/mask';
export { formatMessage, messageCodes } from './form/messages';
export { type OptionDefinition, type OptionsDefinition, staticOptionValues } from './form/options';
export { type ParseFormOptions, parseForm } from './form/parse-form';
export {
  createFieldTypeRegistry,
  defaultFieldTypes,
  FieldTypeError,
  formSchemaFor,
} from './form/registry';
export {
  MAINLAND_MOBILE_PATTERN,
  type ResidentIdFacts,
  readResidentId,
  residentIdCheckCharacter,
} from './form/resident-id';
export {
  type BuiltInField,
  type CustomField,
  type FieldDefinition,
  FORM_SCHEMA_VERSION,
  type FormDefinition,
  type FormItem,
  type FormPage,
  formPages,
  type RepeatField,
  type SectionItem,
} from './form/schema';
export type { EvalClock, ItemState } from './form/scope-walk';
export { submissionJsonSchema } from './form/submission-json-schema';
export { holdsValue, type ItemVisit, walkForm } from './form/walk';
