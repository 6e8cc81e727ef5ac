import { type Draft, isDraft } from '../finish';

/** What kind of value a translated question holds, as SurveyJS expressions use it. */
export type ValueKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'single'
  | 'multi'
  | 'file'
  | 'any'
  | 'repeat'
  | 'group';

const INPUT_TYPES: Readonly<Record<string, string>> = {
  text: 'text',
  email: 'email',
  number: 'number',
  range: 'number',
  date: 'date',
  time: 'time',
  'datetime-local': 'datetime',
  datetime: 'datetime',
  tel: 'phone',
};

const QUESTION_TYPES: Readonly<Record<string, string>> = {
  comment: 'textarea',
  dropdown: 'select',
  radiogroup: 'radio',
  checkbox: 'checkbox-group',
  tagbox: 'multiselect',
  boolean: 'checkbox',
  multipletext: 'section',
  panel: 'section',
  paneldynamic: 'repeat',
  matrixdynamic: 'repeat',
  html: 'static',
  expression: 'computed',
  file: 'file',
};

/** The SurveyJS type of an element, lowercased (SurveyJS reads types case-insensitively). */
export const surveyType = (element: Draft): string =>
  typeof element.type === 'string' ? element.type.toLowerCase() : '';

/** The scale of a SurveyJS rating question: rateMin, rateMax and rateStep with their defaults. */
export function ratingScale(question: Draft): { min: number; max: number; step: number } {
  const number = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  const min = number(question.rateMin, 1);
  const step = number(question.rateStep, 1);
  const count = question.rateCount;
  const max =
    question.rateMax === undefined && typeof count === 'number'
      ? min + (count - 1) * step
      : number(question.rateMax, 5);
  return { min, max, step };
}

const hasNumericValidator = (question: Draft): boolean =>
  Array.isArray(question.validators) &&
  question.validators.some((validator) => isDraft(validator) && validator.type === 'numeric');

/**
 * The Yizhan item type a SurveyJS element becomes, or undefined when it has none. A text
 * question with a numeric validator becomes a number; a rating outside 1…2–10 stars an integer.
 */
export function fieldTypeOf(element: Draft): string | undefined {
  const type = surveyType(element);
  if (type === 'text') {
    const input = typeof element.inputType === 'string' ? element.inputType.toLowerCase() : 'text';
    const mapped = INPUT_TYPES[input] ?? 'text';
    return mapped === 'text' && hasNumericValidator(element) ? 'number' : mapped;
  }
  if (type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length > 0) return 'radio';
    const { min, max, step } = ratingScale(element);
    return min === 1 && step === 1 && Number.isInteger(max) && max >= 2 && max <= 10
      ? 'rating'
      : 'integer';
  }
  return QUESTION_TYPES[type];
}

/** How expressions see a value of a Yizhan item type; undefined for items without a value. */
export function kindOf(type: string): ValueKind | undefined {
  switch (type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      return 'string';
    case 'number':
    case 'integer':
    case 'rating':
      return 'number';
    case 'select':
    case 'radio':
      return 'single';
    case 'multiselect':
    case 'checkbox-group':
      return 'multi';
    case 'checkbox':
      return 'boolean';
    case 'date':
    case 'time':
    case 'datetime':
    case 'file':
    case 'repeat':
      return type;
    case 'computed':
      return 'any';
    default:
      return undefined;
  }
}

/**
 * A matrix column seen as a question of its cell type: the column's own properties, with
 * the matrix's cell type and choices as defaults (SurveyJS's default cell is a drop-down).
 */
export function columnAsQuestion(column: Draft, matrix: Draft): Draft {
  const type = column.cellType ?? matrix.cellType ?? 'dropdown';
  const choices = column.choices ?? matrix.choices;
  const { cellType: _cell, ...rest } = column;
  return {
    ...rest,
    type: type === 'default' ? (matrix.cellType ?? 'dropdown') : type,
    ...(choices ? { choices } : {}),
  };
}
