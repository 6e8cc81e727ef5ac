import { toJsonPointer } from '../form';
import type { RawIssue } from '../form/issues';
import type { StepRegistry } from './builtin-steps';
import type { FlowDefinition } from './definition';
import { formFieldTypes } from './expressions';
import type { AnyStepType } from './step-type';

type Path = readonly (string | number)[];

/** Walks a step's JSON for assignments (objects with `roles`), yielding each role with its path. */
function* rolesIn(value: unknown, path: Path): Generator<{ role: string; path: Path }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* rolesIn(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'roles' && Array.isArray(item)) {
      for (const [index, role] of item.entries())
        if (typeof role === 'string') yield { role, path: [...path, key, index] };
    } else yield* rolesIn(item, [...path, key]);
  }
}

/** Walks a step's JSON for assignee expressions, yielding each with its path. */
export function* assigneesIn(
  value: unknown,
  path: Path,
): Generator<{ source: string; path: Path }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* assigneesIn(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'assignee' && typeof item === 'string')
      yield { source: item, path: [...path, key] };
    else yield* assigneesIn(item, [...path, key]);
  }
}

/** A message's recipients: it reaches assignees and roles, never candidate groups. */
function withoutRecipients(to: unknown): boolean {
  if (to === null || typeof to !== 'object') return false;
  const { roles, assignee } = to as { roles?: unknown; assignee?: unknown };
  return roles === undefined && assignee === undefined;
}

/**
 * Settings of one step that are each valid but do nothing together: an `overdue` without
 * a `due` (never fires), a `match` whose `max` is below its `min` (no choice can be
 * accepted), a message to candidate groups alone (messages reach assignees and roles).
 */
function stepSettingIssues(step: unknown, path: Path): RawIssue[] {
  const issues: RawIssue[] = [];
  const at = (rest: Path) => toJsonPointer([...path, ...rest]);
  const { id, type, due, overdue, min, max, to } = step as {
    id: string;
    type: string;
    due?: unknown;
    overdue?: { action?: string; to?: unknown };
    min?: number;
    max?: number;
    to?: unknown;
  };
  const tasks: { owner: Path; due?: unknown; overdue?: { action?: string; to?: unknown } }[] = [
    { owner: [], due, overdue },
  ];
  const volunteer = (step as { volunteer?: { due?: unknown; overdue?: typeof overdue } }).volunteer;
  if (volunteer !== undefined) tasks.push({ owner: ['volunteer'], ...volunteer });
  for (const task of tasks) {
    if (task.overdue === undefined) continue;
    if (task.due === undefined)
      issues.push({
        code: 'overdue_without_due',
        path: at([...task.owner, 'overdue']),
        params: { step: id },
      });
    if (task.overdue.action === 'notify' && withoutRecipients(task.overdue.to))
      issues.push({
        code: 'message_without_recipients',
        path: at([...task.owner, 'overdue', 'to']),
        params: { step: id },
      });
  }
  if (type === 'notify' && withoutRecipients(to))
    issues.push({ code: 'message_without_recipients', path: at(['to']), params: { step: id } });
  if (type === 'match' && min !== undefined && max !== undefined && max < min)
    issues.push({ code: 'max_below_min', path: at(['max']), params: { step: id, min, max } });
  return issues;
}

/**
 * The checks across a whole flow that per-step schemas cannot make: unique ids, known
 * steps, forms, roles and fields, every step reachable from the start, and an end
 * reachable from every step. Expressions are checked by `parseFlow` itself.
 */
export function checkFlowConsistency(flow: FlowDefinition, registry: StepRegistry): RawIssue[] {
  const issues: RawIssue[] = [];
  const at = (path: Path) => toJsonPointer(path);
  const stepIds = new Map<string, number>();
  flow.steps.forEach((step, index) => {
    const first = stepIds.get(step.id);
    if (first === undefined) stepIds.set(step.id, index);
    else
      issues.push({
        code: 'duplicate_step',
        path: at(['steps', index, 'id']),
        params: { id: step.id, first: at(['steps', first, 'id']) },
      });
  });
  const roleIds = new Set<string>();
  flow.roles.forEach((role, index) => {
    if (roleIds.has(role.id))
      issues.push({
        code: 'duplicate_role',
        path: at(['roles', index, 'id']),
        params: { id: role.id },
      });
    roleIds.add(role.id);
  });
  const formIds = new Set(flow.forms.map((form) => form.id));
  const fieldKeys = new Set(Object.keys(formFieldTypes(flow.forms)));
  const allowedSteps = [...stepIds.keys()];

  if (!stepIds.has(flow.start))
    issues.push({
      code: 'unknown_step',
      path: at(['start']),
      params: { step: flow.start, allowed: allowedSteps },
    });

  const edges = new Map<string, string[]>();
  flow.steps.forEach((step, index) => {
    const type = registry.get(step.type) as AnyStepType;
    const targets = type.targets(step);
    edges.set(step.id, [...(edges.get(step.id) ?? []), ...targets.map((target) => target.step)]);
    for (const target of targets)
      if (!stepIds.has(target.step))
        issues.push({
          code: 'unknown_step',
          path: at(['steps', index, ...target.path]),
          params: { step: target.step, allowed: allowedSteps },
        });
    for (const use of type.forms?.(step) ?? [])
      if (!formIds.has(use.form))
        issues.push({
          code: 'unknown_form',
          path: at(['steps', index, ...use.path]),
          params: { form: use.form },
        });
    for (const use of type.fields?.(step) ?? [])
      if (!fieldKeys.has(use.key))
        issues.push({
          code: 'unknown_field',
          path: at(['steps', index, ...use.path]),
          params: { key: use.key, allowed: [...fieldKeys] },
        });
    for (const use of rolesIn(step, ['steps', index]))
      if (!roleIds.has(use.role))
        issues.push({
          code: 'unknown_role',
          path: at(use.path),
          params: { role: use.role, allowed: [...roleIds] },
        });
    issues.push(...stepSettingIssues(step, ['steps', index]));
  });
  if (issues.length > 0) return issues;

  // Reachability forwards from the start, and backwards from every end.
  const reached = new Set<string>([flow.start]);
  const queue = [flow.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const next of edges.get(id) ?? [])
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges)
    for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const ends = flow.steps.filter((step) => registry.get(step.type)?.final).map((step) => step.id);
  const canEnd = new Set<string>(ends);
  const back = [...ends];
  for (let id = back.shift(); id !== undefined; id = back.shift())
    for (const previous of reverse.get(id) ?? [])
      if (!canEnd.has(previous)) {
        canEnd.add(previous);
        back.push(previous);
      }
  flow.steps.forEach((step, index) => {
    if (!reached.has(step.id))
      issues.push({
        code: 'unreachable_step',
        path: at(['steps', index, 'id']),
        params: { step: step.id },
      });
    else if (!canEnd.has(step.id))
      issues.push({
        code: 'cannot_end',
        path: at(['steps', index, 'id']),
        params: { step: step.id },
      });
  });
  return issues;
}
