import type { ExprEnvironment, Expression, ExprType } from '../expr';
import { compileExpression } from '../expr/compile-expression';
import type { ExprRawIssue } from '../expr/issue';
import type { FieldRule } from './field-base';
import type { FieldTypeRegistry } from './field-type';
import type { RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import type { FormDefinition, FormItem, FormPage, RepeatField } from './schema';
import { holdsValue, walkForm } from './walk';

/** Every expression of a form, parsed and type-checked, looked up by the object that holds it. */
export interface FormExpressions {
  readonly visibleIf: ReadonlyMap<FormItem | FormPage, Expression>;
  readonly readonlyIf: ReadonlyMap<FormItem, Expression>;
  readonly requiredIf: ReadonlyMap<FormItem, Expression>;
  readonly computed: ReadonlyMap<FormItem, Expression>;
  readonly rules: ReadonlyMap<FieldRule, Expression>;
  /** Computed fields of each scope (the form: `undefined`; a repeat group) in an order where inputs come first. */
  readonly computedOrder: ReadonlyMap<RepeatField | undefined, readonly FormItem[]>;
}

type Scope = RepeatField | undefined;

/**
 * A problem with a form's expressions, before it has a message: an expression issue at the
 * JSON pointer of the expression, or a form issue (a cycle of computed values).
 */
export type FormExpressionProblem =
  | { readonly kind: 'expression'; readonly path: string; readonly issue: ExprRawIssue }
  | { readonly kind: 'form'; readonly issue: RawIssue };

function valueType(
  item: FormItem,
  registry: FieldTypeRegistry,
  rows: Map<RepeatField, Record<string, ExprType>>,
): ExprType {
  if (item.type === 'repeat')
    return { kind: 'list', item: { kind: 'object', fields: rows.get(item) ?? {} } };
  return registry.get(item.type)?.exprType(item as never) ?? { kind: 'any' };
}

/** Orders computed fields so that each comes after the computed fields it reads; reports cycles. */
function orderComputed(
  fields: readonly FormItem[],
  references: ReadonlyMap<FormItem, readonly string[]>,
): { order: FormItem[]; cycle?: string[] } {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const order: FormItem[] = [];
  const state = new Map<FormItem, 'visiting' | 'done'>();
  let cycle: string[] | undefined;
  const visit = (field: FormItem, trail: string[]): void => {
    if (state.get(field) === 'done' || cycle) return;
    if (state.get(field) === 'visiting') {
      cycle = [...trail.slice(trail.indexOf(field.key)), field.key];
      return;
    }
    state.set(field, 'visiting');
    for (const name of references.get(field) ?? []) {
      const dependency = byKey.get(name.replace(/^\$(row|form)\./, ''));
      if (dependency) visit(dependency, [...trail, field.key]);
    }
    state.set(field, 'done');
    order.push(field);
  };
  for (const field of fields) visit(field, []);
  return cycle ? { order, cycle } : { order };
}

/**
 * Parses and type-checks every expression of a form (visibleIf, readonlyIf, required,
 * computed values, expression rules) against the form's own fields, so an unknown field or
 * a type mismatch is an issue of `parseForm`, not a surprise at run time. Problems come
 * without messages; `compileFormExpressions` (expression-issues.ts) words them.
 */
export function collectFormExpressions(
  form: FormDefinition,
  registry: FieldTypeRegistry,
): {
  expressions: FormExpressions;
  problems: FormExpressionProblem[];
  fields: Record<string, ExprType>;
} {
  const visits = [...walkForm(form)];
  const rows = new Map<RepeatField, Record<string, ExprType>>();
  const top: Record<string, ExprType> = {};
  for (const { item, repeat } of [...visits].reverse()) {
    if (!holdsValue(item)) continue;
    const scope = repeat ? (rows.get(repeat) ?? rows.set(repeat, {}).get(repeat)) : top;
    if (scope) scope[item.key] = valueType(item, registry, rows);
  }
  const problems: FormExpressionProblem[] = [];
  const envOf = (scope: Scope): ExprEnvironment =>
    scope ? { fields: top, row: rows.get(scope) ?? {} } : { fields: top };
  const parse = (
    source: string,
    scope: Scope,
    pointer: readonly PropertyKey[],
    expect?: 'boolean',
  ) => {
    const result = compileExpression(source, envOf(scope), expect);
    if (result.ok) return result.value;
    const path = toJsonPointer(pointer);
    for (const issue of result.issues) problems.push({ kind: 'expression', path, issue });
    return undefined;
  };

  // Computed values first, in dependency order, so other expressions see their real types.
  const computed = new Map<FormItem, Expression>();
  const computedOrder = new Map<Scope, FormItem[]>();
  const computedVisits = visits.filter((visit) => visit.item.type === 'computed');
  for (const scope of new Set(computedVisits.map((visit) => visit.repeat))) {
    const inScope = computedVisits.filter((visit) => visit.repeat === scope);
    const references = new Map<FormItem, readonly string[]>();
    for (const { item, pointer } of inScope) {
      const expression = parse((item as { expression: string }).expression, scope, [
        ...pointer,
        'expression',
      ]);
      if (expression) references.set(item, expression.references);
    }
    const { order, cycle } = orderComputed(
      inScope.map((visit) => visit.item),
      references,
    );
    if (cycle) {
      const at = inScope.find((visit) => visit.item.key === cycle[0]);
      problems.push({
        kind: 'form',
        issue: {
          code: 'computed_cycle',
          path: toJsonPointer([...(at?.pointer ?? []), 'expression']),
          params: { cycle },
        },
      });
      continue;
    }
    for (const item of order) {
      // Parsed again now that the computed values it reads have their types; failures were reported above.
      if (!references.has(item)) continue;
      const visit = inScope.find((candidate) => candidate.item === item);
      const expression =
        visit &&
        parse((item as { expression: string }).expression, scope, [...visit.pointer, 'expression']);
      if (!expression) continue;
      computed.set(item, expression);
      const target = scope ? rows.get(scope) : top;
      if (target) target[item.key] = expression.type;
    }
    computedOrder.set(scope, order);
  }

  const visibleIf = new Map<FormItem | FormPage, Expression>();
  const readonlyIf = new Map<FormItem, Expression>();
  const requiredIf = new Map<FormItem, Expression>();
  const rules = new Map<FieldRule, Expression>();
  form.pages?.forEach((page, index) => {
    const expression =
      page.visibleIf && parse(page.visibleIf, undefined, ['pages', index, 'visibleIf'], 'boolean');
    if (expression) visibleIf.set(page, expression);
  });
  for (const { item, pointer, repeat } of visits) {
    const condition = (
      source: string | undefined,
      property: string,
      into: Map<never, Expression>,
    ) => {
      const expression = source && parse(source, repeat, [...pointer, property], 'boolean');
      if (expression) (into as Map<FormItem, Expression>).set(item, expression);
    };
    condition(item.visibleIf, 'visibleIf', visibleIf as Map<never, Expression>);
    if ('readonlyIf' in item)
      condition(
        item.readonlyIf as string | undefined,
        'readonlyIf',
        readonlyIf as Map<never, Expression>,
      );
    if ('required' in item && typeof item.required === 'string')
      condition(item.required, 'required', requiredIf as Map<never, Expression>);
    const itemRules =
      'rules' in item && Array.isArray(item.rules) ? (item.rules as FieldRule[]) : [];
    itemRules.forEach((rule, index) => {
      if (rule.type !== 'expression') return;
      const expression = parse(
        rule.expression,
        repeat,
        [...pointer, 'rules', index, 'expression'],
        'boolean',
      );
      if (expression) rules.set(rule, expression);
    });
  }
  return {
    expressions: { visibleIf, readonlyIf, requiredIf, computed, rules, computedOrder },
    problems,
    fields: top,
  };
}

/**
 * The expression types of a form's top-level answers (rows as lists of objects, computed
 * values typed by their expressions), for other definitions that read the form's data,
 * such as flow guards.
 */
export function formExpressionEnvironment(
  form: FormDefinition,
  registry: FieldTypeRegistry,
): Record<string, ExprType> {
  return collectFormExpressions(form, registry).fields;
}
