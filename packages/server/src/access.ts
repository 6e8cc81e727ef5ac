import type { FlowContext, TaskRow } from '@yizhan/core/flow';
import { covers, type Place, type Principal, PUBLIC_ROLE, related } from './principal';

/** Which roles mean what to the server. */
export interface AccessPolicy {
  /**
   * Staff roles (站长, street and district administrators): they see and change everything
   * of the places their own place covers. Default: `admin`, `coordinator`.
   */
  readonly staffRoles: readonly string[];
  /** Roles that see personal data (fields marked `pii`) unmasked in their places. Default: the staff roles. */
  readonly piiRoles: readonly string[];
  /** Roles that may publish definitions for their places. Default: the staff roles. */
  readonly publishRoles: readonly string[];
}

/** The default {@link AccessPolicy}. */
export const DEFAULT_ACCESS_POLICY: AccessPolicy = {
  staffRoles: ['admin', 'coordinator'],
  piiRoles: ['admin', 'coordinator'],
  publishRoles: ['admin', 'coordinator'],
};

/**
 * How much of an instance a caller may see: `manage` (staff of a place covering the
 * owner: everything), `own` (the caller started it: its own data unmasked), `participant`
 * (the caller may act on one of its open tasks: a summary, personal data masked).
 */
export type Access = 'manage' | 'own' | 'participant';

const holds = (principal: Principal, roles: readonly string[]): boolean =>
  principal.roles.some((role) => roles.includes(role));

/** Tells whether a caller is staff whose place covers `owner`. */
export function manages(policy: AccessPolicy, principal: Principal | null, owner: Place): boolean {
  return (
    principal !== null && holds(principal, policy.staffRoles) && covers(principal.place, owner)
  );
}

/**
 * Tells whether a caller may act on an open task of an instance owned by `owner`, with the
 * organisation tree applied on top of the task's own assignment: a task assigned to the
 * caller's id, or to {@link PUBLIC_ROLE}, is open to it anywhere; a staff role counts only
 * in places the caller's place covers; any other role or group only on the caller's branch
 * of the tree (a volunteer of a community may sign up for its street's projects).
 */
export function mayActOn(
  policy: AccessPolicy,
  principal: Principal | null,
  actorId: string,
  owner: Place,
  task: Pick<TaskRow, 'assignees' | 'roles' | 'groups'>,
): boolean {
  if (task.roles.includes(PUBLIC_ROLE)) return true;
  if (principal === null) return false;
  if (task.assignees.includes(actorId)) return true;
  for (const role of task.roles) {
    if (!principal.roles.includes(role)) continue;
    if (
      policy.staffRoles.includes(role)
        ? covers(principal.place, owner)
        : related(principal.place, owner)
    )
      return true;
  }
  const groups = principal.groups ?? [];
  return task.groups.some((group) => groups.includes(group)) && related(principal.place, owner);
}

/** How much of an instance a caller may see, or null when nothing. */
export function accessTo(
  policy: AccessPolicy,
  principal: Principal | null,
  owner: Place,
  context: FlowContext,
  openTasks: readonly Pick<TaskRow, 'assignees' | 'roles' | 'groups'>[],
): Access | null {
  if (manages(policy, principal, owner)) return 'manage';
  if (principal !== null && context.startedBy === principal.id) return 'own';
  const actorId = principal?.id ?? '';
  if (openTasks.some((task) => mayActOn(policy, principal, actorId, owner, task)))
    return 'participant';
  if (principal !== null && context.volunteers.includes(principal.id)) return 'participant';
  return null;
}

/** Tells whether a caller sees personal data unmasked at an access level. */
export function seesPersonalData(
  policy: AccessPolicy,
  principal: Principal | null,
  access: Access,
): boolean {
  if (access === 'own') return true;
  return access === 'manage' && principal !== null && holds(principal, policy.piiRoles);
}

/** Tells whether a caller may see a definition of `owner` (anonymous: only public ones). */
export function maySeeDefinition(
  policy: AccessPolicy,
  principal: Principal | null,
  owner: Place,
  isPublic: boolean,
): boolean {
  if (isPublic) return true;
  if (principal === null) return false;
  return manages(policy, principal, owner) || related(principal.place, owner);
}
