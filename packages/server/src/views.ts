import {
  type CompiledFlow,
  type FlowContext,
  type HistoryEntry,
  type InstanceView,
  type JsonObject,
  signupLists,
  type TaskView,
} from '@yizhan/core/flow';
import { maskPersonalData } from '@yizhan/core/form';
import type { Access } from './access';

/** Masks every field marked `pii` in data collected by any of the flow's forms. */
export function maskFlowData(compiled: CompiledFlow, data: JsonObject): JsonObject {
  let masked: Record<string, unknown> = { ...data };
  for (const form of compiled.forms.values()) masked = maskPersonalData(form.definition, masked);
  return masked as JsonObject;
}

/** Where a caller stands in a sign-up step: the counts, and its own place if listed. */
export interface SignupSummary {
  readonly capacity: number;
  readonly enrolled: number;
  readonly waitlist: number;
  /** `enrolled` or `waitlisted`, with the 1-based position in that list; null when not listed. */
  readonly you: { readonly list: 'enrolled' | 'waitlisted'; readonly position: number } | null;
}

/** The sign-up summaries of every `signup` step of an instance, for one caller. */
export function signupSummaries(
  compiled: CompiledFlow,
  context: FlowContext,
  actorId: string | null,
): Record<string, SignupSummary> {
  const out: Record<string, SignupSummary> = {};
  for (const step of compiled.definition.steps) {
    if (step.type !== 'signup') continue;
    const lists = signupLists(context, step.id);
    const enrolledAt = actorId === null ? -1 : lists.enrolled.indexOf(actorId);
    const waitingAt = actorId === null || enrolledAt >= 0 ? -1 : lists.waitlist.indexOf(actorId);
    out[step.id] = {
      capacity: (step as unknown as { capacity: number }).capacity,
      enrolled: lists.enrolled.length,
      waitlist: lists.waitlist.length,
      you:
        enrolledAt >= 0
          ? { list: 'enrolled', position: enrolledAt + 1 }
          : waitingAt >= 0
            ? { list: 'waitlisted', position: waitingAt + 1 }
            : null,
    };
  }
  return out;
}

/** An instance as the API shows it to one caller. */
export interface InstanceBody {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly version: number;
  readonly status: 'active' | 'done';
  readonly state: readonly string[];
  readonly access: Access;
  /** The data collected so far; personal data masked unless the caller needs it. */
  readonly data: JsonObject;
  readonly signups: Record<string, SignupSummary>;
  /** The full machine context, for staff only (personal data masked unless the caller needs it). */
  readonly context?: FlowContext;
}

/** Shapes an instance for a caller with the given access. */
export function instanceBody(
  compiled: CompiledFlow,
  view: InstanceView,
  access: Access,
  actorId: string | null,
  personal: boolean,
): InstanceBody {
  const data = personal ? view.context.data : maskFlowData(compiled, view.context.data);
  return {
    id: view.id,
    flowId: view.flowId,
    flowVersion: view.flowVersion,
    version: view.version,
    status: view.status,
    state: view.state,
    access,
    data,
    signups: signupSummaries(compiled, view.context, actorId),
    ...(access === 'manage' ? { context: { ...view.context, data } } : {}),
  };
}

/** A task view with its data masked unless the caller needs personal data. */
export function taskBody(compiled: CompiledFlow, task: TaskView, personal: boolean): TaskView {
  return personal ? task : { ...task, data: maskFlowData(compiled, task.data) };
}

/** History entries with their data masked unless the caller needs personal data. */
export function historyBody(
  compiled: CompiledFlow,
  entries: readonly HistoryEntry[],
  personal: boolean,
): HistoryEntry[] {
  if (personal) return [...entries];
  return entries.map((entry) =>
    entry.data === null ? entry : { ...entry, data: maskFlowData(compiled, entry.data) },
  );
}
