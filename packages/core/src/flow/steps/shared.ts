import type { JsonValue } from '../../store/rows';
import { type FlowContext, type FlowEvent, type StepRecord, withRecord } from '../context';
import { contextAssign } from '../context-assign';
import type { OverdueAction } from '../schema';
import type { StepTarget } from '../step-type';

/** The overdue `goto` edge of a human task, if it has one, for graph checks. */
export function overdueTargets(
  overdue: OverdueAction | undefined,
  path: readonly (string | number)[] = [],
): StepTarget[] {
  return overdue?.action === 'goto'
    ? [{ label: 'overdue', step: overdue.step, path: [...path, 'overdue', 'step'] }]
    : [];
}

/** Reads a step's record with a detail of a given JSON shape. */
export function stepRecord(context: FlowContext, key: string): StepRecord | undefined {
  return context.steps[key];
}

/**
 * An action that sets details on a step's record (keeping `since`), computed from the
 * context and the event.
 */
export function patchStep(
  key: string,
  details: (context: FlowContext, event: FlowEvent) => Readonly<Record<string, JsonValue>>,
) {
  return contextAssign(({ context, event }: { context: FlowContext; event: FlowEvent }) => ({
    steps: withRecord(context.steps, key, {
      ...(context.steps[key] ?? { since: event.at }),
      ...details(context, event),
    }),
  }));
}

/** Reads a list of strings from a JSON value, or an empty list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
