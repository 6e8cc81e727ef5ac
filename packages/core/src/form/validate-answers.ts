import * as z from 'zod/mini';
import type { CompiledItem } from './compiled-items';
import type { FormWalk } from './form-walker';
import type { RawIssue } from './issues';
import { checkRows } from './repeat-rows';
import type { EvalClock } from './scope-walk';
import { ruleIssue, valueIssues } from './value-issues';

/**
 * Validates answers over a form walk: drops hidden and unknown answers, fills computed
 * values, checks requiredness, each answer's schema and rules, and the rows of repeat
 * groups. Returns the cleaned data and the issues (without messages yet).
 */
export function validateAnswers(
  walk: FormWalk,
  data: unknown,
  clock: EvalClock,
): { cleaned: Record<string, unknown>; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const cleaned: Record<string, unknown> = {};
  const rows = new Map<string, Record<string, unknown>[]>();
  const visit = (
    compiled: CompiledItem,
    pointer: string,
    visible: boolean,
    required: boolean,
    _readonly: boolean,
    value: unknown,
    context: Parameters<typeof ruleIssue>[3],
    target: Record<string, unknown>,
  ) => {
    const type = compiled.item.type;
    if (!visible || type === 'section' || type === 'static') return;
    if (type === 'computed') {
      if (value !== null && value !== undefined) target[compiled.key] = value;
      return;
    }
    if (type === 'repeat') {
      const issue = checkRows(compiled, value, pointer, required);
      if (issue) issues.push(issue);
      else if (Array.isArray(value) && value.length > 0) {
        const cleanedRows = value.map(() => ({}));
        rows.set(pointer, cleanedRows);
        target[compiled.key] = cleanedRows;
      }
      return;
    }
    if (compiled.isEmpty(value)) {
      if (required)
        issues.push({
          code: type === 'checkbox' ? 'must_be_checked' : 'required',
          path: pointer,
          params: {},
        });
      else if (value === false) target[compiled.key] = false;
      return;
    }
    const parsed = compiled.valueSchema ? z.safeParse(compiled.valueSchema, value) : undefined;
    if (parsed && !parsed.success) {
      issues.push(...valueIssues(parsed.error.issues, pointer, compiled));
      return;
    }
    const issue =
      compiled.rules.length > 0 ? ruleIssue(compiled.rules, value, pointer, context) : undefined;
    if (issue) issues.push(issue);
    else target[compiled.key] = parsed ? parsed.data : value;
  };
  // A row whose group was refused still gets a record, so its own issues are reported.
  walk(data, clock, cleaned, visit, (group, index) => rows.get(group)?.[index] ?? {});
  return { cleaned, issues };
}
