import type * as z from 'zod/mini';
import type { EvalContext } from '../expr';
import { evaluateCondition } from '../expr';
import type { CompiledItem, CompiledRule } from './compiled-items';
import type { RawIssue } from './issues';
import { toJsonPointer } from './json-pointer';
import { hasMessage } from './messages';

const expectedByKind: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  list: 'list',
  object: 'object',
  date: 'date',
  time: 'time',
  datetime: 'datetime',
};

/** Turns the zod issues of one answer into Yizhan issues at the answer's pointer. */
export function valueIssues(
  issues: readonly z.core.$ZodIssue[],
  pointer: string,
  compiled: CompiledItem,
): RawIssue[] {
  const seen = new Set<string>();
  const result: RawIssue[] = [];
  for (const issue of issues) {
    const path = pointer + toJsonPointer(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    result.push({ path, ...translate(issue, compiled) });
  }
  return result;
}

function translate(issue: z.core.$ZodIssue, compiled: CompiledItem): Omit<RawIssue, 'path'> {
  const params =
    issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (params && typeof params.code === 'string') return { code: params.code, params };
  if (hasMessage(issue.message)) return { code: issue.message, params: {} };
  if (issue.code === 'invalid_type' && issue.expected === 'int')
    return { code: 'not_an_integer', params: {} };
  if (issue.code === 'too_big') {
    const code =
      issue.origin === 'string'
        ? 'too_long'
        : issue.origin === 'array'
          ? 'too_many_items'
          : 'above_maximum';
    return { code, params: { maximum: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small') {
    const code =
      issue.origin === 'string'
        ? 'too_short'
        : issue.origin === 'array'
          ? 'too_few_items'
          : 'below_minimum';
    return { code, params: { minimum: Number(issue.minimum) } };
  }
  const kind = compiled.type?.exprType(compiled.item as never).kind ?? 'any';
  return { code: 'wrong_value_type', params: { expected: expectedByKind[kind] ?? kind } };
}

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/**
 * Runs a field's rules (length, range, pattern, expression) on a well-typed answer and
 * returns the first failure. Async rules are not run here: `asyncChecks` lists them.
 */
export function ruleIssue(
  rules: readonly CompiledRule[],
  value: unknown,
  pointer: string,
  context: EvalContext,
): RawIssue | undefined {
  for (const { rule, pattern, expression } of rules) {
    const custom = 'message' in rule && rule.message !== undefined ? { message: rule.message } : {};
    switch (rule.type) {
      case 'length': {
        const size = sizeOf(value);
        if (size === undefined) break;
        const list = Array.isArray(value);
        if (rule.min !== undefined && size < rule.min) {
          return {
            code: list ? 'too_few_items' : 'too_short',
            path: pointer,
            params: { minimum: rule.min, ...custom },
          };
        }
        if (rule.max !== undefined && size > rule.max) {
          return {
            code: list ? 'too_many_items' : 'too_long',
            path: pointer,
            params: { maximum: rule.max, ...custom },
          };
        }
        break;
      }
      case 'range':
        if (typeof value !== 'number' && typeof value !== 'string') break;
        if (rule.min !== undefined && value < rule.min)
          return { code: 'below_minimum', path: pointer, params: { minimum: rule.min, ...custom } };
        if (rule.max !== undefined && value > rule.max)
          return { code: 'above_maximum', path: pointer, params: { maximum: rule.max, ...custom } };
        break;
      case 'pattern':
        if (typeof value === 'string' && pattern && !pattern.test(value))
          return { code: 'pattern_mismatch', path: pointer, params: { ...custom } };
        break;
      case 'expression':
        if (expression && !evaluateCondition(expression, context))
          return { code: 'rule_failed', path: pointer, params: { ...custom } };
        break;
      default:
        break;
    }
  }
  return undefined;
}
