import { type ExprType, evaluate, evaluateCondition, parseExpression, t } from '../expr';
import { defaultFieldTypes, type FormDefinition } from '../form';
import { formExpressionEnvironment } from '../form/expressions';
import type { CheckResult } from '../form/issues';
import type { Locale } from '../i18n/locale';
import type { FlowContext } from './context';

/**
 * Names every flow expression may use besides form fields: who started the instance,
 * the matched volunteers and the hours served so far.
 */
export const FLOW_BUILTIN_NAMES: Readonly<Record<string, ExprType>> = {
  startedBy: t.string,
  volunteers: t.list(t.string),
  hours: t.number,
};

/** The top-level value fields of the flow's forms (keys of `data`) with their expression types. */
export function formFieldTypes(forms: readonly FormDefinition[]): Record<string, ExprType> {
  const fields: Record<string, ExprType> = {};
  // The same types the form's own expressions see: field types, rows, computed values.
  for (const form of forms) {
    for (const [key, type] of Object.entries(formExpressionEnvironment(form, defaultFieldTypes)))
      fields[key] ??= type;
  }
  return fields;
}

/** The names an expression of a flow may read: every field of its forms, then the built-ins. */
export function flowEnvironment(forms: readonly FormDefinition[]): {
  fields: Record<string, ExprType>;
} {
  const fields: Record<string, ExprType> = {};
  Object.assign(fields, formFieldTypes(forms));
  return { fields: { ...fields, ...FLOW_BUILTIN_NAMES } };
}

/** A checked flow expression, ready to run against an instance's context. */
export interface FlowExpression {
  readonly source: string;
  readonly references: readonly string[];
  /** Evaluates as a condition; `now` (ISO) is what `today()` and `now()` see. */
  test(context: FlowContext, now?: string): boolean;
  value(context: FlowContext, now?: string): unknown;
}

const dataOf = (context: FlowContext): Record<string, unknown> => ({
  ...context.data,
  startedBy: context.startedBy,
  volunteers: context.volunteers,
  hours: context.hours,
});

// Instances are replayed and simulated, so an expression never reads the wall clock.
const timeOf = (context: FlowContext, now: string | undefined): Date =>
  new Date(now ?? context.startedAt);

/** Checks an expression against the flow's names and wraps it for the machine and the runtime. */
export function checkFlowExpression(
  source: string,
  environment: { fields: Record<string, ExprType> },
  locale: Locale,
  expect: 'boolean' | 'value',
): CheckResult<FlowExpression> {
  const parsed = parseExpression(
    source,
    environment,
    expect === 'boolean' ? { locale, expect: 'boolean' } : { locale },
  );
  if (!parsed.ok) return parsed;
  const expression = parsed.value;
  return {
    ok: true,
    value: {
      source,
      references: expression.references,
      test: (context, now) =>
        evaluateCondition(expression, { data: dataOf(context), now: timeOf(context, now) }),
      value: (context, now) =>
        evaluate(expression, { data: dataOf(context), now: timeOf(context, now) }),
    },
  };
}
