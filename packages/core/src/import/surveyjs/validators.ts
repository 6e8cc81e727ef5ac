import { type Draft, isDraft } from '../finish';
import { checkPattern, compact, PATTERN_MESSAGE, pointer, RULE_MESSAGE } from '../shared';
import { translateExpression } from './expression-translate';
import type { SurveyEnv } from './survey-env';

const TEXTUAL = new Set(['text', 'textarea', 'email']);
const NUMERIC = new Set(['number', 'integer', 'rating']);
const MULTIPLE = new Set(['multiselect', 'checkbox-group']);

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * Translates SurveyJS `validators` into rules of `field` (or, for `email` and
 * `answercount`, into its type and its minSelected/maxSelected). Reports validators that
 * do not fit the field's type or have no Yizhan rule.
 */
export function translateValidators(
  validators: unknown,
  path: string,
  field: Draft,
  env: SurveyEnv,
): void {
  if (validators === undefined) return;
  if (!Array.isArray(validators)) {
    env.sink.add('invalid_value', path, {
      property: 'validators',
      expected: 'a list',
      received: validators,
    });
    return;
  }
  const rules: Draft[] = Array.isArray(field.rules) ? (field.rules as Draft[]) : [];
  const type = String(field.type);
  const translateOne = (validator: unknown, index: number): void => {
    const at = pointer(path, index);
    if (!isDraft(validator)) return;
    const message = env.text.read(validator.text, pointer(at, 'text'));
    const kind = String(validator.type ?? '');
    const rule = (draft: Draft) =>
      rules.push(env.origins.of(compact({ ...draft, message: draft.message ?? message }), at));
    const reject = () => env.sink.add('unsupported_validator', at, { validator: kind });
    const ignore = (...names: string[]) => {
      for (const name of names)
        if (validator[name] !== undefined)
          env.sink.add('property_ignored', pointer(at, name), { property: name });
    };
    switch (kind) {
      case 'numeric': {
        if (!NUMERIC.has(type)) {
          reject();
          return;
        }
        const min = finite(validator.minValue);
        const max = finite(validator.maxValue);
        if (min !== undefined || max !== undefined) rule({ type: 'range', min, max });
        return;
      }
      case 'text': {
        if (!TEXTUAL.has(type)) {
          reject();
          return;
        }
        const min = finite(validator.minLength);
        const max = finite(validator.maxLength);
        if (min || max) rule({ type: 'length', min: min || undefined, max: max || undefined });
        if (validator.allowDigits === false)
          rule({ type: 'pattern', pattern: '^\\D*$', message: message ?? PATTERN_MESSAGE });
        return;
      }
      case 'regex': {
        if (!TEXTUAL.has(type) || typeof validator.regex !== 'string') {
          reject();
          return;
        }
        ignore('caseInsensitive');
        if (checkPattern(validator.regex, pointer(at, 'regex'), env.sink))
          rule({ type: 'pattern', pattern: validator.regex, message: message ?? PATTERN_MESSAGE });
        return;
      }
      case 'email':
        // Yizhan's e-mail field checks the address and says how to fix it.
        if (type === 'text') field.type = 'email';
        else if (type !== 'email') reject();
        return;
      case 'expression': {
        const condition = translateExpression(
          validator.expression,
          env.scope,
          pointer(at, 'expression'),
          env.sink,
        );
        if (condition)
          rule({
            type: 'expression',
            expression: condition.text,
            message: message ?? RULE_MESSAGE,
          });
        return;
      }
      case 'answercount': {
        if (!MULTIPLE.has(type)) {
          reject();
          return;
        }
        const min = finite(validator.minCount);
        const max = finite(validator.maxCount);
        if (min) field.minSelected = min;
        if (max) field.maxSelected = max;
        return;
      }
      default:
        reject();
    }
  };
  validators.forEach(translateOne);
  if (rules.length > 0) field.rules = rules;
}
