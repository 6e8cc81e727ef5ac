import type { ClientProblem, SignupSummary } from '../client/types';

/** How a sign-up ended for this user, as `<yz-signup>` shows it. */
export type SignupOutcome =
  | { readonly kind: 'confirmed'; readonly position: number }
  | { readonly kind: 'waitlisted'; readonly position: number }
  | { readonly kind: 'already' }
  | { readonly kind: 'closed' }
  /** Saved on this device while offline; sent once the connection returns. */
  | { readonly kind: 'queued' }
  | { readonly kind: 'problem'; readonly problem: ClientProblem };

/** The outcome a caller's place in the lists stands for; null when not listed. */
export function outcomeOfPlace(you: SignupSummary['you'] | undefined): SignupOutcome | null {
  if (you === null || you === undefined) return null;
  return you.list === 'enrolled'
    ? { kind: 'confirmed', position: you.position }
    : { kind: 'waitlisted', position: you.position };
}

const CLOSED_CODES = new Set(['signup_full', 'instance_done', 'unknown_task', 'unknown_event']);

/** The outcome of a refused sign-up: already listed, closed or full, or a problem to show. */
export function outcomeOfProblem(problem: ClientProblem): SignupOutcome {
  if (problem.code === 'already_signed_up') return { kind: 'already' };
  if (CLOSED_CODES.has(problem.code)) return { kind: 'closed' };
  return { kind: 'problem', problem };
}

/** Where an anonymous visitor's outcome is remembered, so a reload still shows it. */
export function rememberedKey(endpoint: string, project: string): string {
  return `yz-signup:${endpoint}:${project}`;
}

/** Reads a remembered confirmed or waitlisted outcome; null when none or unreadable. */
export function readRemembered(text: string | null): SignupOutcome | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { kind?: unknown; position?: unknown };
    if (
      (value.kind === 'confirmed' || value.kind === 'waitlisted') &&
      typeof value.position === 'number'
    )
      return { kind: value.kind, position: value.position };
  } catch {}
  return null;
}
