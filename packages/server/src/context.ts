import type { CompiledFlow, InstanceRow, Store, TaskRow } from '@yizhan/core/flow';
import type { Locale } from '@yizhan/core/i18n';
import type { Context, Hono } from 'hono';
import type { AccessPolicy } from './access';
import type { DefinitionRegistry } from './definitions';
import type { EventHub } from './event-hub';
import type { Place, Principal } from './principal';
import { HttpProblem } from './problem';
import { isRecordRow, type Records } from './records';
import type { RoutedStore } from './routed-store';

/** What every request knows once the middleware ran: the caller and the message locale. */
export interface ServerEnv {
  Variables: { principal: Principal | null; locale: Locale };
}

/** The Hono app of the server. */
export type ServerApp = Hono<ServerEnv>;

/** The Hono context of a request. */
export type ServerContext = Context<ServerEnv>;

/** Body size limits in bytes. */
export interface BodyLimits {
  /** Every POST and PUT except a definition. Default 64 KiB. */
  readonly body: number;
  /** A published definition. Default 1 MiB. */
  readonly definition: number;
}

/** What the routes share. */
export interface ServerDeps {
  readonly store: Store;
  readonly routed: RoutedStore;
  readonly records: Records;
  readonly registry: DefinitionRegistry;
  readonly policy: AccessPolicy;
  readonly limits: BodyLimits;
  readonly hub: EventHub;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly serial: <T>(key: string, work: () => Promise<T>) => Promise<T>;
  readonly ssePollMs: number;
}

/** An instance with everything a permission check needs. */
export interface LoadedInstance {
  readonly row: InstanceRow;
  readonly compiled: CompiledFlow;
  readonly owner: Place;
  /** The open tasks, in the store's order unless loaded with `anyTaskOrder`. */
  readonly tasks: readonly TaskRow[];
}

/**
 * Loads an instance, its flow version, its owner and open tasks; 404 when there is none.
 * With `anyTaskOrder` (for permission checks, which do not depend on the order) the tasks
 * this server committed with the instance's version are used when it has them, instead
 * of reading them again.
 */
export async function loadInstance(
  deps: ServerDeps,
  id: string,
  options: { readonly anyTaskOrder?: boolean } = {},
): Promise<LoadedInstance> {
  const row = await deps.store.getInstance(id);
  if (row === null || isRecordRow(row))
    throw new HttpProblem(404, 'not_found', { kind: 'instance', id });
  const compiled = await deps.registry.compiled(row.flowId, row.flowVersion);
  const owner = await deps.registry.owner(row.flowId);
  if (compiled === null || owner === null)
    throw new HttpProblem(404, 'not_found', { kind: 'instance', id });
  const tasks = options.anyTaskOrder
    ? await deps.routed.openTasks(row)
    : await deps.store.tasksOf(id);
  return { row, compiled, owner, tasks };
}

/** 401 for an anonymous caller, 403 for a signed-in one: the answer when access is denied. */
export function denied(principal: Principal | null): HttpProblem {
  return principal === null
    ? new HttpProblem(401, 'sign_in_required')
    : new HttpProblem(403, 'forbidden');
}

/** Parses a positive integer path or query parameter; undefined when absent, 422 when bad. */
export function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value))
    throw new HttpProblem(
      422,
      'invalid_value',
      { detail: `${name} must be a positive integer` },
      [],
      `/${name}`,
    );
  return Number(value);
}
