/** Form definitions: the format, `parseForm`, and `compileForm` for validating answers. */
export {
  type CompiledForm,
  compileForm,
  type SubmissionData,
  type ValidateOptions,
} from './form/compile-form';
export type { FieldValue } from './form/field-values';
export type { CheckResult, Issue } from './form/issues';
export { toJsonPointer } from './form/json-pointer';
export { formatMessage } from './form/messages';
export { type ParseFormOptions, parseForm } from './form/parse-form';
export {
  type CheckboxFieldDefinition,
  FIELD_TYPES,
  type FieldDefinition,
  FORM_SCHEMA_VERSION,
  type FormDefinition,
  formDefinitionSchema,
  type OptionDefinition,
  type SelectFieldDefinition,
  type TextFieldDefinition,
} from './form/schema';
export { submissionJsonSchema } from './form/submission-json-schema';
