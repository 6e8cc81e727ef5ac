import type { Actor } from '@yizhan/core/flow';

/**
 * A place in the organisation tree, top first: district (新区) → street (街道) →
 * community or village (社区/村) → station (站), such as
 * `['luling', 'hedong-street', 'chongwen']`. A place covers every place below it.
 */
export type Place = readonly string[];

/**
 * Who is asking, as the host's `authenticate` hook says: a user id, the roles it holds and
 * its place in the organisation tree. `null` stands for an anonymous caller.
 */
export interface Principal {
  readonly id: string;
  readonly roles: readonly string[];
  /** Candidate groups (teams, 志愿服务队) the user belongs to. */
  readonly groups?: readonly string[];
  readonly place: Place;
}

/**
 * The role every caller holds, signed in or not. A definition lets anonymous callers act
 * on a task (a public sign-up) by assigning the task to this role.
 */
export const PUBLIC_ROLE = 'public';

/** Tells whether `place` is `other` or above it in the tree (district covers its streets). */
export function covers(place: Place, other: Place): boolean {
  if (place.length > other.length) return false;
  return place.every((part, index) => other[index] === part);
}

/** Tells whether two places lie on one branch of the tree (one covers the other). */
export function related(a: Place, b: Place): boolean {
  return covers(a, b) || covers(b, a);
}

/** The actor the runtime sees for a caller: its roles plus {@link PUBLIC_ROLE}. */
export function actorOf(principal: Principal | null, anonymousId: () => string): Actor {
  if (principal === null) return { id: `anonymous:${anonymousId()}`, roles: [PUBLIC_ROLE] };
  const roles = principal.roles.includes(PUBLIC_ROLE)
    ? [...principal.roles]
    : [...principal.roles, PUBLIC_ROLE];
  return principal.groups === undefined
    ? { id: principal.id, roles }
    : { id: principal.id, roles, groups: [...principal.groups] };
}
