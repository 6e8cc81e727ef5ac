import type { FieldTypeDefinition } from '../field-type';
import { addressFieldType } from './address';
import { checkboxFieldType } from './checkbox';
import { choiceFieldTypes } from './choice';
import { computedFieldType, staticFieldType } from './display';
import { fileFieldType } from './file';
import { identityFieldTypes } from './identity';
import { numberFieldTypes } from './number';
import { temporalFieldTypes } from './temporal';
import { textFieldTypes } from './text';

/** Every built-in field type with a value or a display, in the order error messages list them. */
export const builtInFieldTypes = [
  ...textFieldTypes,
  ...numberFieldTypes,
  ...choiceFieldTypes,
  checkboxFieldType,
  ...temporalFieldTypes,
  ...identityFieldTypes,
  addressFieldType,
  fileFieldType,
  computedFieldType,
  staticFieldType,
] as unknown as readonly FieldTypeDefinition[];
